using Lodestone.Cli.Commands.Trade;
using Lodestone.Cli.Rendering;
using Lodestone.Queries.Contracts;
using Lodestone.Queries.Trade;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Minerals;

/// <summary>Terminal rendering of the mineral and country answers (<see cref="MineralDetailDto"/>, <see cref="CountryDetailDto"/>), the documents the API returns.</summary>
internal static class ProfileRenderer
{
    public static void Mineral(IAnsiConsole console, MineralDetailDto p, int top)
    {
        var notes = new SourceFootnotes();
        console.Write(new Rule($"[bold]{Markup.Escape(p.Name)}[/]").LeftJustified());
        console.MarkupLine(Markup.Escape(Fmt.Invariant(
            $"{p.Kind}{(p.Symbols.Count > 0 ? " (" + string.Join(", ", p.Symbols) + ")" : "")}; US 2025 list: {(p.OnUsList2025 ? "yes" : "no")}; EU 2023 list: {(p.OnEuList2023 ? "yes" : "no")}{(p.HsCodes.Count > 0 ? "; HS " + string.Join(", ", p.HsCodes) : "")}; as of {p.AsOf}")));
        if (p.MemberOf is { } group)
        {
            console.MarkupLine("Member of: " + Markup.Escape(group));
        }
        foreach (var missing in p.MissingStages)
        {
            console.MarkupLine(Markup.Escape($"{missing.Stage}: no world share — {missing.Reason}"));
        }
        foreach (var s in p.Stages)
        {
            var table = new Table().Border(TableBorder.Simple)
                .Title(Markup.Escape(Fmt.Invariant($"{s.Stage}: {s.Scope}, {s.Year}{(s.YearNote is null ? "" : " † " + s.YearNote)} — {s.Basis} ({s.DataType}) [{notes.Refs(s.Shares.Select(x => x.SourceId))}]")))
                .AddColumn("Country").AddColumn(new TableColumn("Value").RightAligned()).AddColumn(new TableColumn("Share").RightAligned());
            foreach (var c in s.Shares.Take(top))
            {
                table.AddRow(Markup.Escape(c.Name), Markup.Escape(c.Value is null ? Fmt.Missing : Fmt.Num(c.Value) + " " + Short(c.Unit, 18)),
                    Markup.Escape(c.SharePct is { } pct ? Qualified(c.Qualifier) + Fmt.Pct(pct / 100) : Fmt.Missing));
            }
            if (s.Shares.Count > top)
            {
                table.AddRow(Markup.Escape(Fmt.Invariant($"… {s.Shares.Count - top} more")), "", "");
            }
            console.Write(table);
        }
        Reserves(console, p.Reserves, top, notes);
        UsTrade(console, p.UsTrade, top, notes);
        Prices(console, p.Prices, notes);
        Controls(console, p.Controls, notes);
        Measures(console, p.TradeMeasures);
        Agreements(console, p.Agreements, notes);
        Projects(console, p.Projects, notes);
        Sources(console, p.Sources, notes);
    }

    /// <summary>World reserves by country, the first <paramref name="top"/> + 1 rows.</summary>
    private static void Reserves(IAnsiConsole console, IReadOnlyList<ReserveDto> reserves, int top,
        SourceFootnotes notes)
    {
        if (reserves.Count == 0)
        {
            return;
        }
        var year = reserves[0].YearNote ?? Fmt.Invariant($"{reserves[0].Year}");
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(Fmt.Invariant($"Reserves ({year})")))
            .AddColumn("Country").AddColumn(new TableColumn("Reserves").RightAligned())
            .AddColumn("Note").AddColumn("Src");
        foreach (var r in reserves.Take(top + 1))
        {
            table.AddRow(Markup.Escape(r.Name),
                Markup.Escape(Fmt.Num(r.Value) + " " + Short(r.Unit, 24) + (r.IsLowerBound ? " (>)" : "")),
                Markup.Escape(Short(r.Note)), notes.Refs([r.SourceId]));
        }
        console.Write(table);
    }

    /// <summary>U.S. net import reliance by year and series, then the first <paramref name="top"/> import
    /// sources.</summary>
    private static void UsTrade(IAnsiConsole console, UsTradeDto trade, int top, SourceFootnotes notes)
    {
        if (trade.NetImportReliance.Count == 0 && trade.ImportSources.Count == 0)
        {
            return;
        }
        var table = new Table().Border(TableBorder.Simple).Title("U.S. net import reliance and import sources")
            .AddColumn("Year / period").AddColumn("Series / category")
            .AddColumn(new TableColumn("NIR % / share").RightAligned()).AddColumn("Src");
        foreach (var n in trade.NetImportReliance)
        {
            table.AddRow(Markup.Escape(n.YearNote ?? Fmt.Invariant($"{n.Year}")), Markup.Escape(n.Series),
                Markup.Escape(n.Value), notes.Refs([n.SourceId]));
        }
        foreach (var i in trade.ImportSources.Take(top))
        {
            table.AddRow(Markup.Escape(i.YearNote ?? i.Period),
                Markup.Escape(i.Name + (i.Category is null ? "" : " (" + i.Category + ")")),
                Markup.Escape(Fmt.Pct(i.SharePct / 100, "0")), notes.Refs([i.SourceId]));
        }
        console.Write(table);
    }

    /// <summary>Annual prices and stocks, one row per published series, with a sparkline of the years that have a figure.</summary>
    private static void Prices(IAnsiConsole console, IReadOnlyList<PriceSeriesDto> prices, SourceFootnotes notes)
    {
        if (prices.Count == 0)
        {
            return;
        }
        var years = prices.SelectMany(p => p.Points).Select(x => x.Year).Distinct().Order().ToList();
        var estimated = prices.SelectMany(p => p.Points).Where(x => x.Estimate).Select(x => x.Year).ToHashSet();
        var table = new Table().Border(TableBorder.Simple).Title("Prices and stocks (USGS salient statistics; e = estimate)")
            .AddColumn("Series").AddColumn("Unit");
        foreach (var year in years)
        {
            table.AddColumn(new TableColumn(Fmt.Invariant($"{year}{(estimated.Contains(year) ? "e" : "")}")).RightAligned());
        }
        table.AddColumn("Trend").AddColumn("Src");
        foreach (var series in prices)
        {
            var cells = new List<string> { Markup.Escape(series.Kind + ": " + series.Series), Markup.Escape(Short(series.Unit, 28)) };
            cells.AddRange(years.Select(y => series.Points.FirstOrDefault(x => x.Year == y) is { } point
                ? Markup.Escape(point.Value is { } v ? Fmt.Num(v) : point.Mark ?? Fmt.Missing)
                : Fmt.Missing));
            cells.Add(Sparkline(series.Points));
            cells.Add(notes.Refs([series.SourceId]));
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
        foreach (var series in prices.Where(p => p.Note is not null))
        {
            console.MarkupLine("[grey]" + Markup.Escape($"{series.Series}: {series.Note}") + "[/]");
        }
    }

    /// <summary>One block character per year from the lowest to the highest figure; a space where there is none.</summary>
    private static string Sparkline(IReadOnlyList<PricePointDto> points)
    {
        const string blocks = "▁▂▃▄▅▆▇█";
        var values = points.Where(p => p.Value is not null).Select(p => p.Value!.Value).ToList();
        if (values.Count == 0)
        {
            return "";
        }
        var (low, high) = (values.Min(), values.Max());
        return new string(points.Select(p => p.Value is not { } v ? ' '
            : high > low ? blocks[(int)Math.Round((v - low) / (high - low) * (blocks.Length - 1))] : blocks[blocks.Length / 2]).ToArray());
    }

    public static void Country(IAnsiConsole console, CountryDetailDto p)
    {
        var notes = new SourceFootnotes();
        console.Write(new Rule($"[bold]{Markup.Escape(p.Name)} ({Markup.Escape(p.Iso3)})[/]").LeftJustified());
        console.MarkupLine(Markup.Escape($"ISO name: {p.IsoName}; groups: {(p.Groups.Count == 0 ? "none" : string.Join(", ", p.Groups))}; landlocked: {(p.Landlocked ? "yes" : "no")}; "
            + (p.Year is { } year ? Fmt.Invariant($"data year {year}, ") : "") + $"as of {p.AsOf}"));
        if (p.Shares.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).Title("Share of world output by commodity and stage")
                .AddColumn("Commodity").AddColumn("Stage").AddColumn(new TableColumn("Year").RightAligned()).AddColumn(new TableColumn("Rank").RightAligned())
                .AddColumn(new TableColumn("World share").RightAligned()).AddColumn("Basis").AddColumn("Src");
            foreach (var o in p.Shares)
            {
                table.AddRow(Markup.Escape(o.Commodity), o.Stage, Markup.Escape(o.YearNote is null ? Fmt.Invariant($"{o.Year}") : "† " + o.YearNote), Fmt.Invariant($"{o.Rank}"),
                    Markup.Escape(Qualified(o.Qualifier) + Fmt.Pct(o.SharePct / 100)), Markup.Escape(o.Basis), notes.Refs([o.SourceId]));
            }
            console.Write(table);
        }
        if (p.Reserves.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).Title("Reserves")
                .AddColumn("Commodity").AddColumn(new TableColumn("Year").RightAligned()).AddColumn(new TableColumn("Value").RightAligned()).AddColumn("Src");
            foreach (var r in p.Reserves)
            {
                table.AddRow(Markup.Escape(r.Commodity), Markup.Escape(r.YearNote is null ? Fmt.Invariant($"{r.Year}") : "† " + r.YearNote), Markup.Escape(r.Value is null ? Short(r.Note, 30) : Fmt.Num(r.Value) + " " + Short(r.Unit, 24) + (r.IsLowerBound ? " (>)" : "")),
                    notes.Refs([r.SourceId]));
            }
            console.Write(table);
        }
        Controls(console, p.ControlsImposed, notes, "Export controls imposed");
        Controls(console, p.ControlsFaced, notes, "Export controls faced");
        Measures(console, p.TradeMeasures);
        Agreements(console, p.Agreements, notes);
        Projects(console, p.Projects, notes);
        Sources(console, p.Sources, notes);
    }

    private static string Qualified(string qualifier) => qualifier switch
    {
        "~" => "~",
        ">" => "≥",
        _ => "",
    };

    private static void Controls(IAnsiConsole console, IReadOnlyList<ExportControlDto> controls, SourceFootnotes notes, string title = "Export controls")
    {
        if (controls.Count == 0)
        {
            return;
        }
        var table = new Table().Border(TableBorder.Simple).Title(title)
            .AddColumn("Id").AddColumn("Date").AddColumn("Measure").AddColumn("By → targets").AddColumn("Status on the as-of date").AddColumn("Src");
        foreach (var c in controls)
        {
            table.AddRow(Markup.Escape(c.Id), c.Date, Markup.Escape(Short(c.MeasureType, 30)), Markup.Escape(Short(c.Imposing + " → " + c.TargetsText, 24)),
                Markup.Escape(Short(c.StatusJudged, 44) + (c.StatusAsOf is null ? "" : " (source " + c.StatusAsOf + ")")), notes.Refs([c.SourceId]));
        }
        console.Write(table);
    }

    /// <summary>The U.S. trade measures on the commodity or country; each row cites its own source.</summary>
    private static void Measures(IAnsiConsole console, IReadOnlyList<TradeMeasureJson> measures)
    {
        if (measures.Count > 0)
        {
            console.Write(TradeMeasuresTable.Create(measures));
        }
    }

    private static void Agreements(IAnsiConsole console, IReadOnlyList<AgreementDto> agreements, SourceFootnotes notes)
    {
        if (agreements.Count == 0)
        {
            return;
        }
        var table = new Table().Border(TableBorder.Simple).Title("Agreements")
            .AddColumn("Date").AddColumn("Parties").AddColumn("Type").AddColumn("Status").AddColumn("Src");
        foreach (var a in agreements)
        {
            table.AddRow(a.Date, Markup.Escape(Short(string.Join(" ", a.Parties.Concat(a.OtherParties)), 28)), Markup.Escape(Short(a.Type, 34)), Markup.Escape(Short(a.Status, 20)), notes.Refs([a.SourceId]));
        }
        console.Write(table);
    }

    private static void Projects(IAnsiConsole console, IReadOnlyList<ProjectDto> projects, SourceFootnotes notes)
    {
        if (projects.Count == 0)
        {
            return;
        }
        var table = new Table().Border(TableBorder.Simple).Title("Projects")
            .AddColumn("Project").AddColumn("Ctry").AddColumn("Capacity").AddColumn("Start").AddColumn("Status").AddColumn("Src");
        foreach (var p in projects)
        {
            var capacity = p.CapacityMin is null ? Fmt.Missing
                : (p.CapacityMin == p.CapacityMax || p.CapacityMax is null ? Fmt.Num(p.CapacityMin) : Fmt.Num(p.CapacityMin) + "–" + Fmt.Num(p.CapacityMax)) + " " + Short(p.Unit, 14);
            table.AddRow(Markup.Escape(Short(p.Name, 30)), p.Country, Markup.Escape(capacity), p.ExpectedStart ?? Fmt.Missing, Markup.Escape(Short(p.Status, 24)), notes.Refs([p.SourceId]));
        }
        console.Write(table);
    }

    private static void Sources(IAnsiConsole console, IReadOnlyList<SourceDto> sources, SourceFootnotes notes)
    {
        var byId = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        console.MarkupLine("[bold]Sources[/]");
        foreach (var (number, id) in notes.InOrder)
        {
            if (byId.TryGetValue(id, out var s))
            {
                console.MarkupLine(Markup.Escape(Fmt.Invariant($"[{number}] {Short(s.Title, 150)}{(s.Published is null ? "" : ", " + s.Published)}{(s.Url is null ? "" : " " + s.Url)}")));
            }
        }
    }

    private static string Short(string? text, int max = 40) =>
        text is null ? "" : text.Length <= max ? text : text[..(max - 1)] + "…";
}
