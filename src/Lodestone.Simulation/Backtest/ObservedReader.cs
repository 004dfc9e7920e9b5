using System.Globalization;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Simulation.Inputs;

namespace Lodestone.Simulation.Backtest;

/// <summary>Reads an observation's recorded value from the shipped data: USGS salient cells or BACI bilateral values. Nothing is typed by hand.</summary>
/// <param name="salient">The USGS MCS 2025 salient tables.</param>
/// <param name="data">The dataset: BACI's top-partner series with importers (<see cref="Domain.Trade.ExportSeries.Imports"/>) and its source.</param>
internal sealed class ObservedReader(SalientTable salient, Dataset data, Iso3 importer, Iso3 concern)
{
    /// <summary>The salient files' release (data/reference/usgs_releases.csv, MCS2025).</summary>
    public const string UsgsRelease = "U.S. Geological Survey, Mineral Commodity Summaries 2025 Data Release (https://doi.org/10.5066/P13XCP3R)";

    /// <exception cref="BacktestException">A cell or flow the observation names is not a number in the shipped data.</exception>
    public Observed Read(ObservationSpec spec, int baseYear) => spec.Measure switch
    {
        Measure.ConcernImportShare => Share(spec, baseYear),
        Measure.ConcernImportTonnageShare => TonnageShare(spec),
        Measure.ConcernExportRatio or Measure.ConcernToImporterRatio => ValueRatio(spec, baseYear),
        _ => Ratio(spec, baseYear),
    };

    private Observed Ratio(ObservationSpec spec, int baseYear)
    {
        var now = Sum(spec, spec.Year);
        var before = Sum(spec, baseYear);
        if (!(before > 0))
        {
            throw new BacktestException(spec, $"{spec.SalientFile} {string.Join(" + ", spec.SalientColumns)} {baseYear} is {before}; a ratio needs a positive base");
        }
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"USGS {spec.SalientFile} {string.Join(" + ", spec.SalientColumns)}: {spec.Year} {now:G6} / {baseYear} {before:G6}");
        return new Observed(now / before, 1, detail, UsgsRelease + ", file " + spec.SalientFile);
    }

    private double Sum(ObservationSpec spec, int year) => spec.SalientColumns.Sum(column =>
        salient.Read(spec.SalientFile!, column, year, out var mark)
            ?? throw new BacktestException(spec, $"{spec.SalientFile} {column} {year}: {mark}"));

    private Observed Share(ObservationSpec spec, int baseYear)
    {
        var (now, nowFrom, nowAll) = Bilateral(spec, spec.Year);
        var (before, _, _) = Bilateral(spec, baseYear);
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"BACI HS {spec.Hs6} {spec.Year}: {concern} to {importer} {nowFrom:N0} USD of {nowAll:N0} USD recorded {importer} imports (base year {baseYear}: {before:P1})");
        return new Observed(now, before, detail, SeriesSource());
    }

    private Observed ValueRatio(ObservationSpec spec, int baseYear)
    {
        var toImporter = spec.Measure == Measure.ConcernToImporterRatio;
        var now = ConcernValue(spec, spec.Year, toImporter);
        var before = ConcernValue(spec, baseYear, toImporter);
        if (!(before > 0))
        {
            throw new BacktestException(spec, string.Create(CultureInfo.InvariantCulture,
                $"BACI records no {concern} exports of HS {spec.Hs6}{(toImporter ? " to " + importer : "")} in the base year {baseYear}; a ratio needs a positive base"));
        }
        var what = toImporter ? $"{concern} to {importer}" : $"{concern} to every partner";
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"BACI HS {spec.Hs6}: {what} {spec.Year} {now:N0} USD / {baseYear} {before:N0} USD (top-partner series)");
        return new Observed(now / before, 1, detail, SeriesSource());
    }

    private double ConcernValue(ObservationSpec spec, int year, bool toImporter)
    {
        var flows = toImporter ? data.ExportSeries.Imports(spec.Hs6!, year, importer, concern) : data.ExportSeries.Exports(spec.Hs6!, year, concern);
        return flows?.Exporter ?? throw new BacktestException(spec, string.Create(CultureInfo.InvariantCulture,
            $"BACI records no {(toImporter ? importer + " imports" : "exports")} of HS {spec.Hs6} in {year}"));
    }

    private string SeriesSource() =>
        data.Sources.TryGetValue(data.ExportSeries.SourceId, out var s) ? $"{s.Title} ({s.Url})" : data.ExportSeries.SourceId;

    private Observed TonnageShare(ObservationSpec spec)
    {
        var flows = data.TradeFlows.Where(f => f.Hs6 == spec.Hs6 && f.Year == spec.Year && f.Importer == importer).ToList();
        var weighed = flows.Where(f => f.Tonnes is not null).ToList();
        var all = weighed.Sum(f => f.Tonnes!.Value);
        if (!(all > 0))
        {
            throw new BacktestException(spec, string.Create(CultureInfo.InvariantCulture,
                $"the BACI world matrix holds no {importer} imports of HS {spec.Hs6} with tonnes in {spec.Year}"));
        }
        var from = weighed.Where(f => f.Exporter == concern).Sum(f => f.Tonnes!.Value);
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"BACI world matrix HS {spec.Hs6} {spec.Year}: {concern} to {importer} {from:N1} t of {all:N1} t ({flows.Count - weighed.Count} of {flows.Count} flows without tonnage left out; no base-year tonnes in the data)");
        var source = data.Sources.TryGetValue(flows[0].SourceId, out var s) ? $"{s.Title} ({s.Url})" : flows[0].SourceId;
        return new Observed(from / all, null, detail, source);
    }

    private (double Share, double From, double All) Bilateral(ObservationSpec spec, int year)
    {
        if (data.ExportSeries.Imports(spec.Hs6!, year, importer, concern) is not { Recorded: > 0 } flows)
        {
            throw new BacktestException(spec, string.Create(CultureInfo.InvariantCulture, $"BACI records no {importer} imports of HS {spec.Hs6} in {year}"));
        }
        return (flows.Exporter / flows.Recorded, flows.Exporter, flows.Recorded);
    }
}
