using System.CommandLine;
using System.Globalization;
using Lodestone.Cli.Infrastructure;
using Lodestone.Data.Baci;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Model;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Data;

/// <summary><c>lodestone data import-baci PATH</c>: streams a CEPII BACI release into the store, all or nothing, and reports what it read.</summary>
internal static class ImportBaciCommand
{
    private const string Summary =
        "Import a CEPII BACI release (raw t,i,j,k,v,q, zipped or not, or the ISO3 matrix form) into the "
        + "trade_flows table, all or nothing. By default it keeps the flows of the HS codes "
        + "data/reference/hs_codes.csv maps (the only ones an analysis can read) and counts the rest; --all-codes "
        + "keeps every code. It replaces the stored flows of the release's HS revision and of every year whose flows "
        + "it keeps (other years and revisions are kept); a flow twice in the files is an error and nothing is "
        + "written or replaced";

    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("PATH")
        {
            Description = "A BACI release as CEPII distributes it: BACI_HSxx_Vyyyymm.zip, a folder of its files, one BACI_HSxx_Yyyyy_Vyyyymm.csv "
                + "(t,i,j,k,v,q), or the ISO3 matrix form of data/trade/",
        };
        var nomenclature = new Option<string?>("--nomenclature") { Description = "HS revision (HS92 … HS22) when the file name does not say it" };
        var version = new Option<string?>("--version") { Description = "BACI release (V202301) when the file name does not say it" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Run every check, write nothing" };
        var allCodes = AllCodesOption();
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("import-baci", Summary);
        command.Arguments.Add(path);
        command.Options.Add(nomenclature);
        command.Options.Add(version);
        command.Options.Add(dryRun);
        command.Options.Add(allCodes);
        command.Options.Add(format);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            BaciRelease? release = null;
            if (r.GetValue(nomenclature) is { } hs || r.GetValue(version) is not null)
            {
                release = BaciRelease.Parse(r.GetValue(nomenclature) ?? "", r.GetValue(version) ?? "")
                    ?? throw new LodestoneException(ErrorCode.BadArguments, "--nomenclature and --version go together, e.g. --nomenclature HS92 --version V202301");
            }
            var store = await context.OpenStore(r.GetValue(LodestoneApp.Db), true, ct);
            BaciImportReport report;
            try
            {
                var (file, all) = (r.GetValue(path)!, r.GetValue(allCodes));
                report = await BaciImporter.ImportAsync(store, file, release, r.GetValue(dryRun), all, ct);
            }
            catch (DataValidationException e)
            {
                foreach (var issue in e.Issues)
                {
                    await context.Error.WriteLineAsync(issue.ToString());
                }
                await context.Error.WriteLineAsync($"error: {e.Issues.Count} issue(s) in {r.GetValue(path)}; nothing was written");
                return ErrorCode.InvalidData.ExitCode();
            }
            if (r.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, ToJson(report, store.Backend));
            }
            else
            {
                Render(context.Console, report, store.Backend);
            }
            return 0;
        });
        return command;
    }

    private static Option<bool> AllCodesOption() => new("--all-codes")
    {
        Description = "Keep the flows of every HS code; by default only the codes data/reference/hs_codes.csv maps "
            + "in the release's revision are written (every row is still read and checked, the others counted per HS "
            + "heading)",
    };

    private static object ToJson(BaciImportReport report, string backend) => new
    {
        Status = report.DryRun ? "checked" : "imported",
        Store = backend,
        report.Release.Nomenclature,
        report.Release.Version,
        Source = new { report.Source.Id, report.Source.Title, report.Source.Url },
        report.Files,
        report.CountryTable,
        Rows = report.Tally.Rows,
        Flows = report.Written,
        report.AllCodes,
        SkippedRows = report.Tally.Skipped,
        ReplacedFlows = report.ReplacedFlows,
        Replaced = report.Replaced.Select(p => new { p.Nomenclature, p.Year, p.Flows }),
        MissingTonnes = report.Tally.MissingTonnes,
        PaddedCodes = report.Tally.PaddedCodes,
        NonHsProducts = report.Tally.NonHsProducts,
        Years = report.Tally.Years,
        Aggregates = report.Tally.Aggregates.Select(a => new { Code = a.Key, a.Value.Name, a.Value.Rows }),
        BaciCodes = report.Tally.Renamed.Select(a => new { Code = a.Key, a.Value.Iso3, a.Value.Rows }),
        Mapped = report.Mapped.Select(m => new { m.Code.Hs6, m.Code.Commodity, Stage = m.Code.Stage.Name(), m.Code.IsBundle, m.Flows }),
        Concorded = report.Concorded.Select(c => new
        {
            c.Code.Hs6,
            Hs17 = c.Code.Targets.Select(t => t.Hs6),
            c.Code.Relationship,
            c.Code.Kept,
            c.Code.IsBound,
            OtherHs17 = c.Code.OtherHs17,
            Commodities = c.Code.Targets.Select(t => t.Commodity).Distinct(),
            Stages = c.Code.Targets.Select(t => t.Stage.Name()).Distinct(),
            Rows = c.Flows,
        }),
        UnmappedCodes = report.Unmapped.Count,
        UnmappedFlows = report.Unmapped.Sum(u => u.Flows),
        Unmapped = report.Unmapped.Take(20).Select(u => new { u.Hs6, u.Flows, u.Description }),
        UnmappedByHeading = report.UnmappedByHeading.Select(h => new { h.Heading, h.Codes, h.Rows }),
    };

    /// <summary>The codes of another revision read through UNSD's correlation to mapped HS17 codes.</summary>
    private static void RenderConcorded(IAnsiConsole console, BaciImportReport report)
    {
        if (report.Concorded.Count == 0)
        {
            return;
        }
        var table = new Table().AddColumn(report.Release.Nomenclature).AddColumn("HS17").AddColumn("relationship")
            .AddColumn("carries").AddColumn(new TableColumn("rows").RightAligned());
        foreach (var (code, rows) in report.Concorded)
        {
            var carries = string.Join("; ", code.Targets.Select(t =>
                (t.IsBundle ? "bundle: " + string.Join(", ", t.BundleMembers) : t.Commodity) + " " + t.Stage.Name()));
            var others = code.OtherHs17 is { } o
                ? " (also HS17 " + o.Replace(";", ", ", StringComparison.Ordinal) + ")"
                : "";
            var reading = !code.Kept ? "not kept: split across headings"
                : code.IsBound ? "bound only" + others
                : "within the HS17 code";
            table.AddRow(code.Dotted, string.Join(", ", code.Targets.Select(t => t.Dotted)), code.Relationship,
                Markup.Escape($"{carries}: {reading}"), rows.ToString("N0", CultureInfo.InvariantCulture));
        }
        var kept = report.Concorded.Count(c => c.Code.Kept);
        console.MarkupLine("  linked to mapped HS17 codes by the UNSD correlation (reference/hs_concordance.csv): "
            + $"{kept} code(s) kept in their own revision; a split is a bound, never attributed wholesale; "
            + "the analyses read HS17 codes only so far");
        console.Write(table);
    }

    /// <summary>For a release in another revision, what the "kept" line owes to the correlation: how many of its codes
    /// were kept as linked to a mapped HS17 code, and their rows.</summary>
    private static string Linked(BaciImportReport report)
    {
        if (report.Concorded.Count == 0)
        {
            return "";
        }
        var kept = report.Concorded.Where(c => c.Code.Kept).ToList();
        var rows = kept.Sum(c => c.Flows).ToString("N0", CultureInfo.InvariantCulture);
        return $", in {report.Release.Nomenclature} through the UNSD correlation (reference/hs_concordance.csv): "
            + $"{rows} rows of {kept.Count} code(s) linked to mapped HS17 codes, in their own revision";
    }

    private static void Render(IAnsiConsole console, BaciImportReport report, string backend)
    {
        static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var t = report.Tally;
        console.MarkupLine($"{(report.DryRun ? "checked (dry run, nothing written)" : "imported")}: BACI {report.Release.Nomenclature} {report.Release.Version} → {Markup.Escape(backend)} store");
        console.MarkupLine($"  {N(report.Written)} flows from {N(t.Rows)} rows of {report.Files.Count} file(s); years {string.Join(", ", t.Years)}");
        console.MarkupLine(report.AllCodes
            ? "  every code kept (--all-codes)"
            : $"  kept: the codes reference/hs_codes.csv maps{Linked(report)}; {N(t.Skipped)} rows of other codes "
                + "read, checked and skipped (--all-codes keeps them)");
        console.MarkupLine($"  {(report.DryRun ? "would replace" : "replaced")} {N(report.ReplacedFlows)} stored flow(s) of {report.Release.Nomenclature} in "
            + (report.Replaced.Count == 0 ? "no year" : string.Join(", ", report.Replaced.Select(p => $"{p.Year} ({N(p.Flows)})")))
            + "; other years and revisions kept");
        console.MarkupLine($"  quantity missing (blank or NA, kept missing): {N(t.MissingTonnes)}; codes that had lost a leading zero: {N(t.PaddedCodes)}; non-HS products skipped: {N(t.NonHsProducts)}");
        console.MarkupLine($"  country codes from {Markup.Escape(report.CountryTable)}; read through BACI's own codes: "
            + Markup.Escape(string.Join(", ", t.Renamed.Select(a => $"{a.Key}→{a.Value.Iso3} ({N(a.Value.Rows)})"))));
        if (t.Aggregates.Count > 0)
        {
            console.MarkupLine("  rows to or from aggregates that are no country (not imported): "
                + Markup.Escape(string.Join(", ", t.Aggregates.Select(a => $"{a.Key} {a.Value.Name} ({N(a.Value.Rows)})"))));
        }
        var mapped = new Table().AddColumn("HS6").AddColumn("commodity").AddColumn("stage").AddColumn(new TableColumn("flows").RightAligned());
        foreach (var (code, flows) in report.Mapped)
        {
            mapped.AddRow(code.Dotted, Markup.Escape(code.IsBundle ? "bundle: " + string.Join(", ", code.BundleMembers) : code.Commodity), code.Stage.Name(), N(flows));
        }
        console.MarkupLine($"  mapped by reference/hs_codes.csv in {report.Release.Nomenclature} (these reach the analyses): {report.Mapped.Count} code(s)");
        if (report.Mapped.Count > 0)
        {
            console.Write(mapped);
        }
        else if (!report.AllCodes && report.Concorded.Count == 0)
        {
            console.MarkupLine($"  no code of this release is mapped in {report.Release.Nomenclature}: nothing an analysis reads was in it");
        }
        RenderConcorded(console, report);
        var examples = string.Join(", ", report.Unmapped.Take(5).Select(u => u.Description is { } d ? $"{u.Hs6} {d}" : u.Hs6));
        var unmappedRows = report.Unmapped.Sum(u => u.Flows);
        console.MarkupLine($"  unmapped in {report.Release.Nomenclature}: {N(report.Unmapped.Count)} code(s), "
            + $"{N(unmappedRows)} rows "
            + (report.AllCodes ? "(stored, --all-codes; add a row to hs_codes.csv to use one)"
                : "(read, checked and skipped; --all-codes stores them)")
            + (examples.Length > 0 ? "; most rows: " + Markup.Escape(examples) : ""));
        if (report.UnmappedByHeading.Count > 0)
        {
            var headings = report.UnmappedByHeading.Count;
            console.MarkupLine($"  unmapped rows per HS heading ({N(headings)} headings, most rows first): "
                + Markup.Escape(string.Join(", ",
                    report.UnmappedByHeading.Take(10).Select(h => $"{h.Heading} {N(h.Rows)}")))
                + (report.UnmappedByHeading.Count > 10 ? ", …" : ""));
        }
        console.MarkupLine($"  source: {Markup.Escape(report.Source.Title)}, {Markup.Escape(report.Source.Url ?? "")}");
    }
}
