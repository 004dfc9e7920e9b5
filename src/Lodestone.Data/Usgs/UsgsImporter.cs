using System.Text.RegularExpressions;
using Lodestone.Data.Loading;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Usgs;

/// <summary>Imports a USGS Mineral Commodity Summaries data release directory into Lodestone facts.</summary>
/// <remarks>
/// <para>Layout, as published: <c>MCS&lt;year&gt;_World_Data.csv</c> and <c>salient/mcs&lt;year&gt;-&lt;code&gt;_salient.csv</c> (salient
/// files directly in the directory are read too). The edition comes from the world file's name and must have a row in
/// <c>usgs_releases.csv</c> (title, DOI, release date); every fact cites that release plus its file name.</para>
/// <para>Where the U.S. row of the world file is blank and a mapped salient column of the same release gives a U.S.
/// production figure (antimony, graphite, gallium … publish 0 there), the salient figure fills the blank, citing the
/// salient file; units must agree.</para>
/// <para>All or nothing per file: a file with any issue contributes no facts. Callers decide whether any issue aborts the import.</para>
/// </remarks>
public static partial class UsgsImporter
{
    /// <summary>Imports <paramref name="directory"/> with the reference data and mapping tables of <paramref name="dataDirectory"/>; throws <see cref="DataValidationException"/> listing every issue.</summary>
    public static UsgsImportResult ImportOrThrow(string directory, string dataDirectory)
    {
        var issues = new IssueLog();
        var reference = ReferenceLoader.Load(dataDirectory, issues);
        issues.ThrowIfAny();
        var mappings = UsgsMappings.Load(Path.Combine(dataDirectory, ReferenceLoader.Folder), reference, issues);
        issues.ThrowIfAny();
        var result = Import(directory, reference, mappings, issues);
        issues.ThrowIfAny();
        return result;
    }

    /// <summary>Imports <paramref name="directory"/>; problems go to <paramref name="issues"/>.</summary>
    internal static UsgsImportResult Import(string directory, ReferenceData reference, UsgsMappings mappings, IssueLog issues)
    {
        if (!Directory.Exists(directory))
        {
            issues.Add(directory, 0, null, "no such directory: expected a USGS data release folder with MCS<year>_World_Data.csv");
            return Empty(issues);
        }
        var worldFiles = Directory.GetFiles(directory).Where(f => WorldName().IsMatch(Path.GetFileName(f))).Order(StringComparer.Ordinal).ToList();
        if (worldFiles.Count != 1)
        {
            issues.Add(directory, 0, null, $"expected exactly one MCS<year>_World_Data.csv, found {worldFiles.Count}");
            return Empty(issues);
        }
        var worldPath = worldFiles[0];
        var worldName = Path.GetFileName(worldPath);
        var edition = "MCS" + WorldName().Match(worldName).Groups[1].Value;
        var release = mappings.FindRelease(edition);
        if (release is null)
        {
            issues.Add(worldName, 0, null, $"unknown edition {edition}: expected a row for it in data/reference/{UsgsMappings.ReleasesFile} (title, DOI URL, release date)");
            return Empty(issues);
        }
        var salientDirectory = Path.Combine(directory, "salient");
        var salientPaths = Directory.GetFiles(directory, "*_salient.csv")
            .Concat(Directory.Exists(salientDirectory) ? Directory.GetFiles(salientDirectory, "*_salient.csv") : [])
            .OrderBy(Path.GetFileName, StringComparer.Ordinal).ToList();
        var input = new List<(string Name, Func<TextReader> Open)>
        {
            (worldName, () => new StreamReader(worldPath, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true)),
        };
        input.AddRange(salientPaths.Select(p => (Path.GetFileName(p), (Func<TextReader>)(() => new StreamReader(p, System.Text.Encoding.UTF8, true)))));
        return Import(release, input, reference, mappings, issues);
    }

    /// <summary>Imports files given as readers: the world file first, then salient files. Used by tests and the directory import.</summary>
    internal static UsgsImportResult Import(UsgsRelease release, IReadOnlyList<(string Name, Func<TextReader> Open)> files,
        ReferenceData reference, UsgsMappings mappings, IssueLog issues)
    {
        var sources = new List<Source>();
        var summaries = new List<UsgsFileSummary>();
        var world = WorldDataResult.Empty;
        var nir = new List<NetImportRelianceFact>();
        var usProduction = new List<SalientUsProduction>();
        foreach (var (name, open) in files)
        {
            var before = issues.Issues.Count;
            var source = release.SourceFor(name);
            UsgsTable table;
            using (var reader = open())
            {
                table = UsgsCsv.Read(reader, name, issues);
            }
            if (WorldName().IsMatch(name))
            {
                var read = WorldDataReader.Read(table, release, source.Id, mappings, reference, issues);
                var ok = issues.Issues.Count == before;
                world = ok ? read : WorldDataResult.Empty;
                summaries.Add(new UsgsFileSummary(name, table.Rows.Count, ok ? read.Production.Count + read.Reserves.Count : 0, !ok));
                if (ok)
                {
                    sources.Add(source);
                }
                continue;
            }
            if (SalientReader.EditionOf(name) is not { } edition || !string.Equals(edition, release.Edition, StringComparison.OrdinalIgnoreCase))
            {
                issues.Add(name, 0, null, $"expected a salient file of {release.Edition} named {release.Edition.ToLowerInvariant()}-<code>_salient.csv");
                summaries.Add(new UsgsFileSummary(name, table.Rows.Count, 0, true));
                continue;
            }
            var salient = SalientReader.Read(table, release, source.Id, mappings, issues);
            var salientOk = issues.Issues.Count == before;
            summaries.Add(new UsgsFileSummary(name, table.Rows.Count, salientOk ? salient.NetImportReliance.Count : 0, !salientOk));
            if (salientOk)
            {
                nir.AddRange(salient.NetImportReliance);
                usProduction.AddRange(salient.UsProduction);
                sources.Add(source);
            }
        }
        var production = FillUsBlanks(world.Production, usProduction, issues);
        var facts = FactSet.Empty with
        {
            Sources = sources,
            Production = production,
            Reserves = world.Reserves.Select(r => r.Fact with { Series = r.Series }).ToList(),
            NetImportReliance = nir,
        };
        return new UsgsImportResult(release, facts, world.Reserves, world.Skipped, summaries, issues.Issues.ToList());
    }

    /// <summary>Replaces blank U.S. production figures of the world file with the salient file's U.S. production of the same release.</summary>
    private static List<ProductionFact> FillUsBlanks(IReadOnlyList<ProductionFact> production, List<SalientUsProduction> usProduction, IssueLog issues)
    {
        var byKey = new Dictionary<(string, string, int), SalientUsProduction>();
        foreach (var p in usProduction.Where(p => p.Value.Kind == SalientValueKind.Number))
        {
            byKey[(p.Commodity, p.Series, p.Year)] = p;
        }
        var result = new List<ProductionFact>(production.Count);
        foreach (var fact in production)
        {
            if (fact.Value is null && fact.Kind == OutputKind.Production && fact.Country.Code == "USA"
                && byKey.TryGetValue((fact.Commodity, fact.Series, fact.Year), out var us))
            {
                var unit = UsgsText.SplitQualifier(fact.Unit).Name;
                if (!string.Equals(unit, us.Unit, StringComparison.OrdinalIgnoreCase))
                {
                    issues.Add(us.File, us.Line, us.Column, $"the column's unit '{us.Unit}' differs from the world series unit '{fact.Unit}' ({fact.Commodity}, {fact.Series}): expected the same unit to fill the blank U.S. row");
                    result.Add(fact);
                    continue;
                }
                var note = $"U.S. row blank in the world table; value from {us.File} column {us.Column} of the same release";
                result.Add(fact with { Value = us.Value.Number, Note = fact.Note is null ? note : fact.Note + "; " + note, SourceId = us.SourceId });
                continue;
            }
            result.Add(fact);
        }
        return result;
    }

    private static UsgsImportResult Empty(IssueLog issues) => new(null, FactSet.Empty, [], [], [], issues.Issues.ToList());

    [GeneratedRegex(@"^MCS(\d{4})_World_Data\.csv$", RegexOptions.IgnoreCase)]
    private static partial Regex WorldName();
}
