using System.CommandLine;
using System.Globalization;
using Lodestone.Cli.Commands.Exposure;
using Lodestone.Cli.Infrastructure;
using Lodestone.Cli.Rendering;
using Lodestone.Queries;
using Lodestone.Queries.Risk;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Lodestone.Cli.Commands.Risk;

/// <summary><c>lodestone risk</c>: published supply-risk methods (EU CRM, GeoPolRisk, USGS) per commodity, with their inputs.</summary>
internal static class RiskCommand
{
    public static Command Create(CliContext context)
    {
        var method = new Option<string>("--method") { Description = string.Join("|", RiskQuestion.MethodNames), DefaultValueFactory = _ => "all" };
        method.AcceptOnlyFromAmong([.. RiskQuestion.MethodNames]);
        var importer = CommonOptions.Importer();
        importer.Description = "Importer for GeoPolRisk: " + QueryInput.CountryForms;
        var commodity = new Option<string?>("--commodity") { Description = "One commodity; default: every commodity with stage data" };
        var year = CommonOptions.Year();
        var asOf = CommonOptions.AsOf();
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("risk", "Supply-risk scores by published methods (EU CRM 2017, GeoPolRisk, USGS 2022) with every input shown; missing inputs give insufficient_data with the reason");
        command.Options.Add(method);
        command.Options.Add(importer);
        command.Options.Add(commodity);
        command.Options.Add(year);
        command.Options.Add(asOf);
        command.Options.Add(format);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var dataset = await context.OpenDataset(r.GetValue(LodestoneApp.Db), ct);
            var answer = RiskQuestion.Answer(dataset, RiskQuestion.Request(dataset, r.GetValue(importer), r.GetValue(method), r.GetValue(commodity),
                r.GetValue(year), r.GetValue(asOf), context.Today));
            switch (r.GetValue(format))
            {
                case OutputFormat.Json:
                    JsonOutput.Write(context.Out, answer);
                    break;
                case OutputFormat.Csv:
                    Csv(context.Out, answer.Assessments);
                    break;
                default:
                    Table(context.Console, answer.Assessments);
                    Controls(context.Console, answer);
                    break;
            }
            return 0;
        });
        return command;
    }

    /// <summary>The vintage, the date and the export controls in force on it (one rule: <c>ExportControl.InForceOn</c>).</summary>
    private static void Controls(IAnsiConsole console, RiskJson answer)
    {
        console.WriteLine(Fmt.Invariant($"Stage shares and import sources of {answer.Year?.ToString(CultureInfo.InvariantCulture) ?? "the newest year"} (or the newest year before it); export controls as of {answer.AsOf}:"));
        foreach (var (commodity, controls) in answer.ExportControls.Where(kv => kv.Value.Count > 0))
        {
            console.WriteLine("  " + commodity + ": " + string.Join("; ", controls.Select(c => c.Id + " " + c.Status + (c.StatusAsOf is null ? "" : " (as of " + c.StatusAsOf + ")"))));
        }
    }

    private static void Table(IAnsiConsole console, IReadOnlyList<RiskAssessmentJson> assessments)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Supply risk by published method (insufficient_data = an input is missing; never defaulted)");
        foreach (var column in new[] { "commodity", "method", "status", "value" })
        {
            table.AddColumn(new TableColumn(column).NoWrap());
        }
        table.AddColumn("published (EU CRM 2023); inputs / reason");
        foreach (var a in assessments)
        {
            var lines = new List<string>();
            if (a.ImportShares is { Partners.Count: > 0 } f)
            {
                // Where GeoPolRisk's partner shares come from: the list exposure's import share is read from.
                lines.Add("f from " + f.Basis());
            }
            foreach (var m in a.Stages.Prepend(a.Result))
            {
                if (a.Stages.Count > 0 && m == a.Result)
                {
                    continue;
                }
                var inputs = string.Join("; ", m.Inputs.Select(i => i.Name + " = " + (i.Value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "missing")));
                lines.Add((a.Stages.Count > 0 ? m.Method + ": " : "") + inputs + (m.Reason is null ? "" : " → " + m.Reason));
            }
            if (a.Stages.Count > 0 && a.Result.Reason is null)
            {
                lines.Add("reported SR = max of stages");
            }
            var published = string.Join("; ", a.Published.Select(p => p.Parameter + (p.Stage is null ? "" : " (" + p.Stage + ")") + " " + p.Value.ToString("0.0", CultureInfo.InvariantCulture)));
            if (a.CriticalPublished is { } critical)
            {
                published += "; " + (critical ? "critical (SR ≥ 1 and EI ≥ 2.8)" : "not critical");
            }
            table.AddRow(new IRenderable[]
            {
                new Text(a.Commodity), new Text(a.Method), new Text(a.Result.Status),
                new Text(Value(a.Result)), new Text(Short((published.Length == 0 ? "" : published + " | ") + string.Join("; ", lines), 110)),
            });
        }
        console.Write(table);
        console.MarkupLine("[dim]Inputs and reasons are shortened here; --format json or csv gives them in full.[/]");
    }

    private static string Short(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static void Csv(TextWriter writer, IReadOnlyList<RiskAssessmentJson> assessments)
    {
        // import_shares: where GeoPolRisk's partner shares came from (the JSON's import_shares block in words); empty for the other methods.
        CsvText.WriteRow(writer, ["commodity", "method", "metric", "status", "value", "lower", "upper", "reason", "inputs", "import_shares"]);
        foreach (var a in assessments)
        {
            foreach (var m in a.Stages.Append(a.Result))
            {
                CsvText.WriteRow(writer, [a.Commodity, a.Method, m.Method, m.Status, CsvText.Number(m.Value),
                    CsvText.Number(m.Lower), CsvText.Number(m.Upper), m.Reason,
                    string.Join("; ", m.Inputs.Select(i => i.Name + "=" + (CsvText.Number(i.Value) ?? "missing"))), a.ImportShares?.Basis()]);
            }
        }
    }

    private static string Value(MetricJson m) => m.Status switch
    {
        "ok" => m.Value!.Value.ToString("0.####", CultureInfo.InvariantCulture),
        "bounded" => "[" + m.Lower!.Value.ToString("0.####", CultureInfo.InvariantCulture) + ", " + m.Upper!.Value.ToString("0.####", CultureInfo.InvariantCulture) + "]",
        _ => "—",
    };
}
