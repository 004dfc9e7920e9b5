using BenchmarkDotNet.Attributes;
using Lodestone.Data;
using Lodestone.Data.Loading;
using Lodestone.Data.Usgs;

namespace Lodestone.Benchmarks.Usgs;

/// <summary>Import of the shipped USGS MCS 2025 release (data/usgs/: 1 world file of 1,250 rows, 33 salient files of 5 rows).</summary>
/// <remarks>
/// <see cref="ParseWorldGeneric"/> is the naive baseline: the generic loader's <see cref="CsvFile"/>, one dictionary per row.
/// <see cref="ParseWorld"/> is the importer's array-based reader; <see cref="ImportRelease"/> is the whole import (parse,
/// map, validate, fill U.S. blanks) of all 34 files. Rows per second = 1,415 rows / mean time.
/// </remarks>
[MemoryDiagnoser]
public class UsgsImportBenchmarks
{
    private string _usgsDirectory = "";
    private string _worldFile = "";
    private ReferenceData _reference = null!;
    private UsgsMappings _mappings = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = DataPaths.DefaultDataDirectory;
        _usgsDirectory = Path.Combine(data, DatasetLoader.UsgsFolder);
        _worldFile = Path.Combine(_usgsDirectory, "MCS2025_World_Data.csv");
        var issues = new IssueLog();
        _reference = ReferenceLoader.Load(data, issues);
        _mappings = UsgsMappings.Load(Path.Combine(data, ReferenceLoader.Folder), _reference, issues);
        issues.ThrowIfAny();
    }

    [Benchmark(Baseline = true)]
    public int ParseWorldGeneric() =>
        CsvFile.Read(_worldFile, "MCS2025_World_Data.csv", new IssueLog(), ["SOURCE", "COMMODITY", "COUNTRY", "TYPE", "UNIT_MEAS"]).Count;

    [Benchmark]
    public int ParseWorld() => UsgsCsv.Read(_worldFile, "MCS2025_World_Data.csv", new IssueLog()).Rows.Count;

    [Benchmark]
    public int ImportWorldOnly()
    {
        var issues = new IssueLog();
        var release = _mappings.FindRelease("MCS2025")!;
        var result = UsgsImporter.Import(release, [("MCS2025_World_Data.csv", () => new StreamReader(_worldFile))], _reference, _mappings, issues);
        issues.ThrowIfAny();
        return result.Facts.Production.Count + result.Facts.Reserves.Count;
    }

    [Benchmark]
    public int ImportRelease()
    {
        var issues = new IssueLog();
        var result = UsgsImporter.Import(_usgsDirectory, _reference, _mappings, issues);
        issues.ThrowIfAny();
        return result.Facts.Production.Count + result.Facts.Reserves.Count + result.Facts.NetImportReliance.Count;
    }
}
