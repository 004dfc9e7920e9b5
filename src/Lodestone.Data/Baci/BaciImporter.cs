using Lodestone.Data.Loading;
using Lodestone.Data.Storage;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Trade;

namespace Lodestone.Data.Baci;

/// <summary><c>data import-baci PATH</c>: streams a BACI release into the store in one transaction; a bad or truncated file imports nothing.</summary>
/// <remarks>
/// Memory stays flat in the file's size: rows are parsed one at a time and written as they come (the store checks keys with its
/// unique index); only counters per code, year and country code are kept. The import replaces the stored flows of the HS revision
/// and every year it holds (the newer release supersedes the stored one), in the same transaction. Any problem — a malformed or
/// truncated line, an unknown country code, a flow twice in the files — rolls the whole import back, replacing nothing, and is
/// reported as file:line:field with what was expected.
/// </remarks>
public static class BaciImporter
{
    /// <summary>Reading stops after this many problems (a wrong file would otherwise list millions).</summary>
    public const int MaxIssues = 50;

    /// <param name="release">The revision and version when the file names do not say them.</param>
    /// <param name="allCodes">Keep the flows of every HS code (<c>--all-codes</c>); by default only the codes
    /// <c>reference/hs_codes.csv</c> maps in the release's revision are written, the others read, checked and
    /// counted.</param>
    /// <exception cref="DataValidationException">Every problem found, as file:line:field; nothing was
    /// written.</exception>
    public static async Task<BaciImportReport> ImportAsync(SqlKnowledgeStore store, string path, BaciRelease? release, bool dryRun,
        bool allCodes, CancellationToken cancellationToken)
    {
        var reference = store.Reference;
        using var input = BaciInput.Open(path, release);
        var context = Context(input, store.DataDirectory, reference, allCodes);
        var (issues, tally, source) = (context.Issues, context.Tally, context.Source);

        IEnumerable<TradeFlow> Flows()
        {
            foreach (var entry in input.Trade)
            {
                foreach (var flow in BaciFileReader.Read(entry.Open, entry.Name, context))
                {
                    yield return flow;
                }
            }
        }

        TradeFlowImport? written;
        try
        {
            // Parsing runs a few batches ahead on its own thread while the store writes: the two cores overlap (docs/performance.md).
            written = await store.ImportTradeFlowsAsync([source], ReadAhead.Of(Flows(), cancellationToken: cancellationToken), () => issues.HasErrors,
                dryRun, cancellationToken);
        }
        catch (DuplicateTradeFlowException e)
        {
            throw new DataValidationException([Locate(e.Key, input, context)]);
        }
        catch (InvalidDataException e)
        {
            // A zip entry cut short or with a bad checksum surfaces while it is read.
            throw new DataValidationException([new DataIssue(tally.Position.File, tally.Position.Line, null,
                $"the archive is damaged ({e.Message}): truncated download? nothing was imported")]);
        }
        if (written is null)
        {
            var list = issues.Issues.ToList();
            if (list.Count >= MaxIssues)
            {
                list.Add(new DataIssue(tally.Position.File, tally.Position.Line, null, $"stopped after {MaxIssues} problems; nothing was imported"));
            }
            throw new DataValidationException(list);
        }
        return Report(input, context, written, dryRun, allCodes);
    }

    /// <summary>What was read and kept: the mapped codes, the codes linked through the concordance, the rest.</summary>
    private static BaciImportReport Report(BaciInput input, BaciReadContext context, TradeFlowImport written, bool dryRun,
        bool allCodes)
    {
        var (reference, tally, source) = (context.Reference, context.Tally, context.Source);
        var mapped = (reference.HsCodes ?? []).Where(c => c.Nomenclature == input.Release.Nomenclature && tally.Codes.ContainsKey(c.Hs6))
            .OrderBy(c => c.Hs6, StringComparer.Ordinal).Select(c => (c, tally.Codes[c.Hs6])).ToList();
        var concorded = HsConcordance.For(input.Release.Nomenclature, reference).Values
            .Where(c => tally.Codes.ContainsKey(c.Hs6)).OrderBy(c => c.Hs6, StringComparer.Ordinal)
            .Select(c => (c, tally.Codes[c.Hs6])).ToList();
        var read = mapped.Select(m => m.c.Hs6).Concat(concorded.Where(c => c.c.Kept).Select(c => c.c.Hs6))
            .ToHashSet(StringComparer.Ordinal);
        var products = context.Products?.Codes;
        var unmapped = tally.Codes.Where(c => !read.Contains(c.Key)).OrderByDescending(c => c.Value)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => (c.Key, c.Value, products?.GetValueOrDefault(c.Key))).ToList();
        return new BaciImportReport(input.Release, source, input.Trade.Select(t => t.Name).ToList(),
            context.Countries.Origin, written.Written, dryRun,
            tally, mapped, unmapped, written.Replaced, allCodes)
        { Concorded = concorded };
    }

    /// <summary>The release's tables and the codes to keep: those <c>hs_codes.csv</c> maps in the release's revision
    /// and those <c>hs_concordance.csv</c> links to a mapped HS17 code, or all.</summary>
    private static BaciReadContext Context(BaciInput input, string dataDirectory, Loading.ReferenceData reference,
        bool allCodes)
    {
        var issues = new IssueLog();
        var countries = CountryTable(input, dataDirectory, reference, issues);
        var products = input.Products is { } p ? ProductTable(p, issues) : null;
        issues.ThrowIfAny();
        var source = reference.Sources.FirstOrDefault(s => s.Id == input.Release.SourceId) ?? input.Release.Source();
        // A release in another revision keeps the codes the UNSD correlation links to a mapped HS17 code.
        var keep = allCodes
            ? null
            : (reference.HsCodes ?? []).Where(c => c.Nomenclature == input.Release.Nomenclature).Select(c => c.Hs6)
                .Concat(HsConcordance.For(input.Release.Nomenclature, reference).Values.Where(c => c.Kept)
                    .Select(c => c.Hs6))
                .ToHashSet(StringComparer.Ordinal);
        return new BaciReadContext(input.Release, source, countries, reference, keep,
            products is null ? null : (products, input.Products!.Name),
            new BaciTally(), issues, MaxIssues);
    }

    private static BaciCountryCodes CountryTable(BaciInput input, string dataDirectory, Loading.ReferenceData reference, IssueLog issues)
    {
        if (input.Countries is not { } entry)
        {
            return BaciCountryCodes.FromReference(dataDirectory, reference.Countries, issues);
        }
        using var text = entry.Open();
        return BaciCountryCodes.FromRelease(text, entry.Name, dataDirectory, reference.Countries, issues);
    }

    /// <summary>code → description from <c>product_codes_HS*_V*.csv</c> (<c>code,description</c>; codes read as text, leading zeros kept).</summary>
    private static Dictionary<string, string> ProductTable(BaciEntry entry, IssueLog issues)
    {
        using var text = entry.Open();
        var products = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in CsvFile.Read(text, entry.Name, issues, ["code", "description"]))
        {
            var code = row.Required("code");
            products[code.Length == 5 && code.All(char.IsAsciiDigit) ? "0" + code : code] = row.Optional("description") ?? "";
        }
        return products;
    }

    /// <summary>Reads the files again (only on this error path) to find the line(s) holding the duplicated key.</summary>
    private static DataIssue Locate(string key, BaciInput input, BaciReadContext context)
    {
        var tally = new BaciTally();
        var scan = context with { Tally = tally, Issues = new IssueLog(), MaxIssues = int.MaxValue };
        var lines = new List<(string File, int Line)>();
        foreach (var entry in input.Trade)
        {
            foreach (var flow in BaciFileReader.Read(entry.Open, entry.Name, scan))
            {
                if (TradeFlowTable.Describe(flow) == key && lines.Count < 2)
                {
                    lines.Add(tally.Position);
                }
            }
        }
        return lines.Count switch
        {
            0 => new DataIssue(input.Trade[0].Name, 0, "k", $"duplicate flow {key}: the store refused it"),
            1 => new DataIssue(lines[0].File, lines[0].Line, "k", $"flow {key} was refused by the store as a duplicate though it is once in the files; "
                + "nothing was imported"),
            _ => new DataIssue(lines[1].File, lines[1].Line, "k", $"duplicate flow {key}; first on {lines[0].File} line {lines[0].Line}"),
        };
    }
}
