using System.Globalization;
using System.Text.RegularExpressions;
using Lodestone.Data.Loading;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Usgs;

/// <summary>Reads <c>MCS&lt;year&gt;_World_Data.csv</c>: world production, capacity and reserves by country.</summary>
/// <remarks>
/// <para>Years come from the headers (<c>PROD_2023</c>, <c>PROD_EST_ 2024</c>, <c>CAP_…</c>, <c>RESERVES_2024</c>), so the next
/// edition reads the same way; an <c>EST</c> header marks its figures as estimates.</para>
/// <para>Each row is keyed on (COMMODITY, TYPE) through <c>usgs_series.csv</c>. Production facts are written for every row of a
/// production series, with a null value where the cell is blank (blank is "no figure", never zero). Capacity and reserves
/// facts are written only where the cell or its note says something: these columns are blank on every row of series
/// that publish them elsewhere (PGM reserves sit on the palladium rows only).</para>
/// <para>Aggregate rows: names starting "World total" are WLD, names starting "Other countries" are OTH; a trailing footnote
/// number ("World total (rounded) 10") is dropped; a parenthesised qualifier ("United States (includes Puerto Rico)") is
/// moved into the note unless the full name is in <c>usgs_countries.csv</c> ("Congo (Kinshasa)").</para>
/// </remarks>
internal static partial class WorldDataReader
{
    private static readonly string[] Required = ["SOURCE", "COMMODITY", "COUNTRY", "TYPE", "UNIT_MEAS", "PROD_NOTES", "CAP_NOTES", "RESERVE_NOTES"];

    /// <summary>Reads a parsed world file of <paramref name="release"/>; every fact cites <paramref name="sourceId"/>.</summary>
    /// <returns>The facts read; the caller drops them when <paramref name="issues"/> grew (all or nothing per file).</returns>
    public static WorldDataResult Read(UsgsTable table, UsgsRelease release, string sourceId, UsgsMappings mappings,
        ReferenceData reference, IssueLog issues)
    {
        var layout = Layout.Parse(table, issues);
        if (layout is null)
        {
            return WorldDataResult.Empty;
        }
        var state = new State(table.File, release, sourceId, mappings, issues);
        foreach (var row in table.Rows)
        {
            ReadRow(row, layout, state);
        }
        var skipped = state.Skipped.Select(kv => new UsgsSkippedSeries(kv.Key.UsgsCommodity, kv.Key.UsgsType, kv.Value, kv.Key.Reason ?? "")).ToList();
        return new WorldDataResult(table.Rows.Count, state.Production, state.Reserves, skipped);
    }

    private static void ReadRow(UsgsTableRow row, Layout layout, State state)
    {
        var edition = row.Cell(layout.Source);
        if (!string.Equals(edition, state.Release.Edition, StringComparison.OrdinalIgnoreCase))
        {
            state.Error(row, "SOURCE", $"expected the edition {state.Release.Edition}, got '{edition}'");
            return;
        }
        var usgsCommodity = row.Cell(layout.Commodity);
        var usgsType = row.Cell(layout.Type);
        var mapping = state.FindSeries(usgsCommodity, usgsType);
        if (mapping is null)
        {
            state.Error(row, "TYPE", $"unknown series ('{usgsCommodity}', '{usgsType}'): expected a (COMMODITY, TYPE) pair "
                + $"listed in data/reference/{UsgsMappings.SeriesFile}, imported or skipped with a reason");
            return;
        }
        if (mapping.Skip)
        {
            state.Skipped[mapping] = state.Skipped.GetValueOrDefault(mapping) + 1;
            return;
        }
        var place = ResolveCountry(row, layout, state);
        if (place is null)
        {
            return;
        }
        var (country, qualifier, seriesOverride) = place.Value;
        var series = seriesOverride ?? mapping.Series;
        var unit = ResolveUnit(row, layout, mapping, state);
        if (unit is null)
        {
            return;
        }
        var rowNotes = RowNotes(row, layout, mapping, qualifier);
        var facts = new SeriesRow(row, mapping, series, seriesOverride is not null, country, unit, rowNotes);
        var typeSaysEstimated = usgsType.Contains("estimated", StringComparison.OrdinalIgnoreCase);
        var production = new List<ProductionFact>();
        if (mapping.Columns.HasFlag(UsgsColumns.Production))
        {
            production.AddRange(Production(facts, layout, state, typeSaysEstimated));
        }
        if (mapping.Columns.HasFlag(UsgsColumns.Capacity))
        {
            production.AddRange(Capacity(facts, layout, state));
        }
        var reserve = mapping.Columns.HasFlag(UsgsColumns.Reserves) ? Reserve(facts, layout, state) : null;
        foreach (var fact in production)
        {
            state.AddProduction(row, fact);
        }
        if (reserve is not null)
        {
            state.AddReserve(row, reserve);
        }
    }

    /// <summary>The notes every fact of a row carries: the country's qualifier as USGS wrote it, and why the unit was
    /// corrected when the mapping corrects it.</summary>
    private static List<string> RowNotes(UsgsTableRow row, Layout layout, UsgsSeriesMapping mapping, string? qualifier)
    {
        var notes = new List<string>();
        if (qualifier is not null)
        {
            notes.Add($"USGS country qualifier: {qualifier}");
        }
        if (mapping.Unit is not null
            && !string.Equals(mapping.Unit, row.Cell(layout.Unit), StringComparison.OrdinalIgnoreCase))
        {
            notes.Add(mapping.Reason ?? "unit corrected");
        }
        return notes;
    }

    /// <summary>The production facts of a row: one per production year, null where the cell is blank.</summary>
    private static List<ProductionFact> Production(SeriesRow r, Layout layout, State state, bool typeSaysEstimated)
    {
        var facts = new List<ProductionFact>();
        var note = r.Row.Cell(layout.ProductionNotes);
        foreach (var (index, year, estimate) in layout.Production)
        {
            var quantity = Quantity(r.Row, layout, index, state);
            if (quantity is { IsLowerBound: true })
            {
                state.Error(r.Row, layout.Name(index),
                    "expected a production figure, got a lower bound; only reserves may be published as '>N'");
                continue;
            }
            facts.Add(new ProductionFact(r.Mapping.Commodity, r.Mapping.Stage, r.Series, r.Country, year,
                quantity?.Value, r.Unit, estimate || typeSaysEstimated || UsgsNotes.SaysEstimated(note, year), false,
                Join(r.Notes, UsgsNotes.Describe(note)), state.SourceId));
        }
        return facts;
    }

    /// <summary>The capacity facts of a row: only the years whose cell or note says something.</summary>
    private static List<ProductionFact> Capacity(SeriesRow r, Layout layout, State state)
    {
        var facts = new List<ProductionFact>();
        var note = UsgsNotes.Describe(r.Row.Cell(layout.CapacityNotes));
        foreach (var (index, year, estimate) in layout.Capacity)
        {
            var quantity = Quantity(r.Row, layout, index, state);
            if (quantity is null && note is null)
            {
                continue;
            }
            var estimated = estimate || string.Equals(note, "estimated", StringComparison.OrdinalIgnoreCase);
            facts.Add(new ProductionFact(r.Mapping.Commodity, r.Mapping.Stage, r.Series, r.Country, year,
                quantity?.Value, r.Unit, estimated, quantity?.IsLowerBound ?? false, Join(r.Notes, note),
                state.SourceId, OutputKind.Capacity));
        }
        return facts;
    }

    /// <summary>The reserves fact of a row, when its cell or note says something; the notes say which series it is
    /// when the commodity has several, and why its unit or commodity was mapped.</summary>
    private static UsgsReserveFact? Reserve(SeriesRow r, Layout layout, State state)
    {
        var (row, mapping) = (r.Row, r.Mapping);
        var rawNote = row.Cell(layout.ReserveNotes);
        var note = UsgsNotes.Describe(rawNote);
        var quantity = Quantity(row, layout, layout.Reserves.Index, state);
        if (quantity is null && note is null)
        {
            return null;
        }
        var reservesUnit = mapping.ReservesUnit ?? r.Unit;
        var stated = UsgsNotes.StatedReservesUnit(rawNote);
        if (stated is not null && !reservesUnit.StartsWith(stated, StringComparison.OrdinalIgnoreCase))
        {
            state.Error(row, "RESERVE_NOTES", $"the note says reserves are in '{stated}' but the series maps them to "
                + $"'{reservesUnit}': expected reserves_unit '{stated}' in {UsgsMappings.SeriesFile} "
                + $"line {mapping.Line}");
        }
        var reserveNotes = new List<string>(r.Notes);
        if (state.ReserveSeriesCount(mapping.ReservesCommodity ?? mapping.Commodity) > 1 || r.SeriesOverridden)
        {
            reserveNotes.Insert(0, $"series: {r.Series}");
        }
        if (mapping.ReservesUnit is not null || mapping.ReservesCommodity is not null)
        {
            // A unit correction or a group commodity ("platinum-group metals") is explained by the mapping's reason.
            reserveNotes.Add(mapping.Reason ?? "reserves mapped by usgs_series.csv");
        }
        if (quantity is { IsLowerBound: true } q)
        {
            reserveNotes.Add($"published as >{q.Value.ToString(CultureInfo.InvariantCulture)} (lower bound)");
        }
        return new UsgsReserveFact(r.Series, new ReserveFact(mapping.ReservesCommodity ?? mapping.Commodity, r.Country,
            layout.Reserves.Year, quantity?.Value, reservesUnit, quantity?.IsLowerBound ?? false,
            Join(reserveNotes, note), state.SourceId));
    }

    private static (Iso3 Country, string? Qualifier, string? Series)? ResolveCountry(UsgsTableRow row, Layout layout, State state)
    {
        var raw = row.Cell(layout.Country);
        if (state.Countries.TryGetValue(raw, out var known))
        {
            return known;
        }
        var resolved = ResolveCountryName(raw, state);
        if (resolved is null)
        {
            state.Error(row, "COUNTRY", $"unknown country '{raw}': expected a name listed in data/reference/{UsgsMappings.CountriesFile} (optionally followed by a qualifier in parentheses), 'World total …' or 'Other countries …'");
            return null;
        }
        state.Countries[raw] = resolved.Value;
        return resolved;
    }

    private static (Iso3 Country, string? Qualifier, string? Series)? ResolveCountryName(string raw, State state)
    {
        var name = UsgsText.WithoutFootnote(raw);
        if (state.Mappings.FindCountry(name) is { } exact)
        {
            return (exact.Country, null, exact.Series);
        }
        if (name.StartsWith("World total", StringComparison.OrdinalIgnoreCase))
        {
            return (Iso3.World, null, null);
        }
        if (name.StartsWith("Other countries", StringComparison.OrdinalIgnoreCase))
        {
            var (_, q) = UsgsText.SplitQualifier(name);
            return (Iso3.Other, q, null);
        }
        var (baseName, qualifier) = UsgsText.SplitQualifier(name);
        if (qualifier is not null && state.Mappings.FindCountry(baseName) is { } qualified)
        {
            return (qualified.Country, qualifier, qualified.Series);
        }
        return null;
    }

    private static string? ResolveUnit(UsgsTableRow row, Layout layout, UsgsSeriesMapping mapping, State state)
    {
        var unit = mapping.Unit ?? row.Cell(layout.Unit);
        var key = (mapping.Commodity, mapping.Series);
        if (state.Units.TryGetValue(key, out var seen) && string.Equals(seen.Unit, unit, StringComparison.OrdinalIgnoreCase))
        {
            // Same unit as the series' first row: already checked.
            return unit;
        }
        if (unit.Length == 0)
        {
            state.Error(row, "UNIT_MEAS", $"a unit is required (expected one of {string.Join(", ", UsgsUnits.Known)}, or a unit correction in {UsgsMappings.SeriesFile})");
            return null;
        }
        if (!UsgsUnits.IsKnown(unit))
        {
            state.Error(row, "UNIT_MEAS", $"unknown unit '{unit}' (expected one of {string.Join(", ", UsgsUnits.Known)})");
            return null;
        }
        if (state.Units.TryGetValue(key, out var first) && !string.Equals(first.Unit, unit, StringComparison.OrdinalIgnoreCase))
        {
            state.Error(row, "UNIT_MEAS", $"mixed units in series ({mapping.Commodity}, {mapping.Series}): '{unit}' here, '{first.Unit}' on line {first.Line}; expected one unit per series (add a unit correction to {UsgsMappings.SeriesFile})");
            return null;
        }
        state.Units.TryAdd(key, (unit, row.Line));
        return unit;
    }

    private static UsgsQuantity? Quantity(UsgsTableRow row, Layout layout, int index, State state)
    {
        var text = row.Cell(index);
        if (text.Length == 0)
        {
            return null;
        }
        if (!UsgsQuantity.TryParse(text, out var quantity))
        {
            state.Error(row, layout.Name(index), $"expected {UsgsQuantity.Expected}, got '{text}' (W, NA and similar marks belong in the notes columns)");
            return null;
        }
        return quantity;
    }

    private static string? Join(List<string> notes, string? last)
    {
        var all = last is null ? notes : [.. notes, last];
        return all.Count == 0 ? null : string.Join("; ", all);
    }

    /// <summary>A row of an imported series, resolved: its mapping, series, country, unit and the notes every fact
    /// of the row carries.</summary>
    private sealed record SeriesRow(UsgsTableRow Row, UsgsSeriesMapping Mapping, string Series, bool SeriesOverridden,
        Iso3 Country, string Unit, List<string> Notes);

    /// <summary>Where each column of the world file is.</summary>
    private sealed record Layout(
        IReadOnlyList<string> Header, int Source, int Commodity, int Country, int Type, int Unit,
        int ProductionNotes, int CapacityNotes, int ReserveNotes,
        IReadOnlyList<(int Index, int Year, bool Estimate)> Production,
        IReadOnlyList<(int Index, int Year, bool Estimate)> Capacity,
        (int Index, int Year) Reserves)
    {
        public string Name(int index) => Header[index];

        public static Layout? Parse(UsgsTable table, IssueLog issues)
        {
            var missing = Required.Where(c => table.IndexOf(c) < 0).ToList();
            var production = new List<(int, int, bool)>();
            var capacity = new List<(int, int, bool)>();
            (int, int)? reserves = null;
            for (var i = 0; i < table.Header.Count; i++)
            {
                var name = table.Header[i];
                if (Figure().Match(name) is { Success: true } m)
                {
                    var year = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
                    var estimate = m.Groups[2].Success;
                    (m.Groups[1].Value.Equals("PROD", StringComparison.OrdinalIgnoreCase) ? production : capacity).Add((i, year, estimate));
                }
                else if (ReservesHeader().Match(name) is { Success: true } r)
                {
                    reserves = (i, int.Parse(r.Groups[1].Value, CultureInfo.InvariantCulture));
                }
                else if (name.Length > 0 && !Required.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    issues.Add(table.File, 1, name, $"unknown column '{name}': expected {string.Join(", ", Required)}, PROD_<year>, PROD_EST_ <year>, CAP_<year>, CAP_EST_ <year> and RESERVES_<year>");
                }
            }
            if (production.Count == 0)
            {
                missing.Add("PROD_<year>");
            }
            if (reserves is null)
            {
                missing.Add("RESERVES_<year>");
            }
            if (missing.Count > 0)
            {
                issues.Add(table.File, 1, missing[0], "missing column(s): " + string.Join(", ", missing));
                return null;
            }
            return new Layout(table.Header, table.IndexOf("SOURCE"), table.IndexOf("COMMODITY"), table.IndexOf("COUNTRY"), table.IndexOf("TYPE"),
                table.IndexOf("UNIT_MEAS"), table.IndexOf("PROD_NOTES"), table.IndexOf("CAP_NOTES"), table.IndexOf("RESERVE_NOTES"),
                production, capacity, reserves!.Value);
        }
    }

    /// <summary>Mutable state of one read: facts so far, keys seen, units per series.</summary>
    private sealed class State(string file, UsgsRelease release, string sourceId, UsgsMappings mappings, IssueLog issues)
    {
        private readonly Dictionary<(string, string, string, int, OutputKind), int> _productionKeys = [];
        private readonly Dictionary<(string, string, string), int> _reserveKeys = [];

        public UsgsRelease Release { get; } = release;
        public string SourceId { get; } = sourceId;
        public UsgsMappings Mappings { get; } = mappings;
        public List<ProductionFact> Production { get; } = [];
        public List<UsgsReserveFact> Reserves { get; } = [];
        public Dictionary<UsgsSeriesMapping, int> Skipped { get; } = new(ReferenceEqualityComparer.Instance);
        public Dictionary<(string, string), (string Unit, int Line)> Units { get; } = [];

        /// <summary>Resolved country cells, by the cell as published (the same few hundred names recur).</summary>
        public Dictionary<string, (Iso3 Country, string? Qualifier, string? Series)> Countries { get; } = new(StringComparer.Ordinal);

        private readonly Dictionary<(string, string), UsgsSeriesMapping?> _seriesCache = [];

        public UsgsSeriesMapping? FindSeries(string usgsCommodity, string usgsType)
        {
            if (!_seriesCache.TryGetValue((usgsCommodity, usgsType), out var mapping))
            {
                mapping = Mappings.FindSeries(usgsCommodity, usgsType);
                _seriesCache[(usgsCommodity, usgsType)] = mapping;
            }
            return mapping;
        }

        private Dictionary<string, int>? _reserveSeriesCounts;

        /// <summary>How many mapped series publish reserves of <paramref name="commodity"/> (titanium: ilmenite and rutile).</summary>
        public int ReserveSeriesCount(string commodity)
        {
            _reserveSeriesCounts ??= Mappings.Series.Where(s => !s.Skip && s.Columns.HasFlag(UsgsColumns.Reserves))
                .GroupBy(s => s.ReservesCommodity ?? s.Commodity).ToDictionary(g => g.Key, g => g.Count());
            return _reserveSeriesCounts.GetValueOrDefault(commodity);
        }

        public void Error(UsgsTableRow row, string? field, string message) => issues.Add(file, row.Line, field, message);

        public void AddProduction(UsgsTableRow row, ProductionFact fact)
        {
            var key = (fact.Commodity, fact.Series, fact.Country.Code, fact.Year, fact.Kind);
            if (!_productionKeys.TryAdd(key, row.Line))
            {
                Error(row, "COUNTRY", $"duplicate {fact.Kind.ToString().ToLowerInvariant()} row for ({fact.Commodity}, {fact.Series}, {fact.Country}, {fact.Year}); first on line {_productionKeys[key]}");
                return;
            }
            Production.Add(fact);
        }

        public void AddReserve(UsgsTableRow row, UsgsReserveFact reserve)
        {
            var key = (reserve.Fact.Commodity, reserve.Series, reserve.Fact.Country.Code);
            if (!_reserveKeys.TryAdd(key, row.Line))
            {
                Error(row, "COUNTRY", $"duplicate reserves row for ({reserve.Fact.Commodity}, {reserve.Series}, {reserve.Fact.Country}); first on line {_reserveKeys[key]}");
                return;
            }
            Reserves.Add(reserve);
        }
    }

    [GeneratedRegex(@"^(PROD|CAP)_(EST_)?\s*(\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();

    [GeneratedRegex(@"^RESERVES_\s*(\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex ReservesHeader();
}
