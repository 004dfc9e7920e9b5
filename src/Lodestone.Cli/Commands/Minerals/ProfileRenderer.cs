using Lodestone.Cli.Rendering;
using Lodestone.Domain.Brief;
using Lodestone.Domain.Profiles;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Minerals;

/// <summary>Terminal rendering of mineral and country profiles.</summary>
internal static class ProfileRenderer
{
    public static void Mineral(IAnsiConsole console, MineralProfile p, int top)
    {
        var notes = new SourceFootnotes();
        console.Write(new Rule($"[bold]{Markup.Escape(p.Commodity)}[/]").LeftJustified());
        console.MarkupLine(Markup.Escape(Fmt.Invariant(
            $"{p.Kind}{(p.Symbols.Count > 0 ? " (" + string.Join(", ", p.Symbols) + ")" : "")}; US 2025 list: {(p.OnUsList2025 ? "yes" : "no")}; EU 2023 list: {(p.OnEuList2023 ? "yes" : "no")}{(p.HsCodes.Count > 0 ? "; HS " + string.Join(", ", p.HsCodes) : "")}")));
        if (p.Members.Count > 0)
        {
            console.MarkupLine("Members: " + Markup.Escape(string.Join(", ", p.Members)));
        }
        foreach (var s in p.Stages)
        {
            var table = new Table().Border(TableBorder.Simple)
                .Title(Markup.Escape(Fmt.Invariant($"{s.Stage}: {s.Series}, {s.Year} — {s.Basis}; HHI {Fmt.Int(s.Hhi)}{(s.HhiIsLowerBound ? " (lower bound)" : "")} [{notes.Refs(s.SourceIds)}]")))
                .AddColumn("Country").AddColumn(new TableColumn(Markup.Escape(s.Unit ?? "value")).RightAligned()).AddColumn(new TableColumn("Share").RightAligned()).AddColumn("Note");
            foreach (var c in s.Countries.Take(top))
            {
                table.AddRow(Markup.Escape(c.Name), Markup.Escape(Fmt.Num(c.Value) + (c.IsEstimate ? "e" : "") + (c.IsLowerBound ? " (>)" : "")), Markup.Escape(Fmt.Pct(c.Share)), Markup.Escape(Short(c.Note)));
            }
            if (s.Countries.Count > top)
            {
                table.AddRow(Markup.Escape(Fmt.Invariant($"… {s.Countries.Count - top} more")), "", "", "");
            }
            if (s.WorldTotal is { } w)
            {
                table.AddRow("[bold]World total[/]", Markup.Escape(Fmt.Num(w)), "100%", Markup.Escape(Short(s.Note)));
            }
            console.Write(table);
        }
        if (p.Reserves is { } r)
        {
            var table = new Table().Border(TableBorder.Simple)
                .Title(Markup.Escape(Fmt.Invariant($"Reserves ({r.Year}) [{notes.Refs(r.SourceIds)}]")))
                .AddColumn("Country").AddColumn(new TableColumn(Markup.Escape(r.Unit)).RightAligned()).AddColumn(new TableColumn("Share").RightAligned()).AddColumn("Note");
            foreach (var c in r.Countries.Take(top))
            {
                table.AddRow(Markup.Escape(c.Name), Markup.Escape(Fmt.Num(c.Value) + (c.IsLowerBound ? " (>)" : "")), Markup.Escape(Fmt.Pct(c.Share)), Markup.Escape(Short(c.Note)));
            }
            table.AddRow("[bold]World total[/]", Markup.Escape(Fmt.Num(r.WorldTotal) + (r.WorldIsLowerBound ? " (>)" : "")), "", "");
            console.Write(table);
        }
        if (p.ImporterTrade.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).Title("U.S. net import reliance and import sources")
                .AddColumn("Year").AddColumn("Series").AddColumn(new TableColumn("NIR %").RightAligned()).AddColumn("Import sources").AddColumn("Src");
            foreach (var t in p.ImporterTrade)
            {
                var partners = string.Join(", ", t.Sources.Take(5).Select(s => Fmt.Invariant($"{s.Name} {Fmt.Pct(s.Share, "0")}")));
                var period = t.Sources.FirstOrDefault()?.Period;
                table.AddRow(Fmt.Invariant($"{t.Year}"), Markup.Escape(t.Series), Markup.Escape(t.Nir), Markup.Escape(partners.Length == 0 ? Fmt.Missing : partners + (period is null ? "" : " (" + period + ")")), notes.Refs([t.SourceId]));
            }
            console.Write(table);
        }
        Controls(console, p.ExportControls, notes);
        Agreements(console, p.Agreements, notes);
        Projects(console, p.Projects, notes);
        Sources(console, p.Sources, notes);
    }

    public static void Country(IAnsiConsole console, CountryProfile p)
    {
        var notes = new SourceFootnotes();
        console.Write(new Rule($"[bold]{Markup.Escape(p.Name)} ({Markup.Escape(p.Iso3)})[/]").LeftJustified());
        console.MarkupLine(Markup.Escape($"ISO name: {p.IsoName}; groups: {(p.Groups.Count == 0 ? "none" : string.Join(", ", p.Groups))}; landlocked: {(p.Landlocked ? "yes" : "no")}"));
        if (p.Production.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).Title("Production and stage shares")
                .AddColumn("Commodity").AddColumn("Stage").AddColumn("Series").AddColumn(new TableColumn("Year").RightAligned())
                .AddColumn(new TableColumn("Value").RightAligned()).AddColumn(new TableColumn("World share").RightAligned()).AddColumn("Src");
            foreach (var o in p.Production)
            {
                table.AddRow(Markup.Escape(o.Commodity), o.Stage, Markup.Escape(Short(o.Series, 28)), Fmt.Invariant($"{o.Year}"),
                    Markup.Escape(o.Value is null ? Short(o.Note, 20) : Fmt.Num(o.Value) + " " + Short(o.Unit, 18)), Markup.Escape(Fmt.Pct(o.Share)), notes.Refs(o.SourceIds));
            }
            console.Write(table);
        }
        if (p.Reserves.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).Title("Reserves")
                .AddColumn("Commodity").AddColumn(new TableColumn("Value").RightAligned()).AddColumn(new TableColumn("World share").RightAligned()).AddColumn("Src");
            foreach (var r in p.Reserves)
            {
                table.AddRow(Markup.Escape(r.Commodity), Markup.Escape(r.Value is null ? Short(r.Note, 30) : Fmt.Num(r.Value) + " " + Short(r.Unit, 24) + (r.IsLowerBound ? " (>)" : "")),
                    Markup.Escape(Fmt.Pct(r.Share)), notes.Refs([r.SourceId]));
            }
            console.Write(table);
        }
        Controls(console, p.ExportControls, notes);
        Agreements(console, p.Agreements, notes);
        Projects(console, p.Projects, notes);
        Sources(console, p.Sources, notes);
    }

    private static void Controls(IAnsiConsole console, IReadOnlyList<ControlSummary> controls, SourceFootnotes notes)
    {
        if (controls.Count == 0)
        {
            return;
        }
        var table = new Table().Border(TableBorder.Simple).Title("Export controls")
            .AddColumn("Id").AddColumn("Date").AddColumn("Measure").AddColumn("Targets").AddColumn("Status (as of)").AddColumn("Src");
        foreach (var c in controls)
        {
            table.AddRow(Markup.Escape(c.Id), c.Date, Markup.Escape(Short(c.MeasureType, 30)), Markup.Escape(Short(c.Targets, 20)),
                Markup.Escape(Short(c.Status, 40) + (c.StatusAsOf is null ? "" : " (" + c.StatusAsOf + ")")), notes.Refs([c.SourceId]));
        }
        console.Write(table);
    }

    private static void Agreements(IAnsiConsole console, IReadOnlyList<AgreementSummary> agreements, SourceFootnotes notes)
    {
        if (agreements.Count == 0)
        {
            return;
        }
        var table = new Table().Border(TableBorder.Simple).Title("Agreements")
            .AddColumn("Date").AddColumn("Parties").AddColumn("Type").AddColumn("Status").AddColumn("Src");
        foreach (var a in agreements)
        {
            table.AddRow(a.Date, Markup.Escape(Short(string.Join(" ", a.Parties), 28)), Markup.Escape(Short(a.Type, 34)), Markup.Escape(Short(a.Status, 20)), notes.Refs([a.SourceId]));
        }
        console.Write(table);
    }

    private static void Projects(IAnsiConsole console, IReadOnlyList<ProjectSummary> projects, SourceFootnotes notes)
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

    private static void Sources(IAnsiConsole console, IReadOnlyList<SourceRef> sources, SourceFootnotes notes)
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
