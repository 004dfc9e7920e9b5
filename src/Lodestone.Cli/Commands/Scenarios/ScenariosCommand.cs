using System.CommandLine;
using System.Globalization;
using Lodestone.Cli.Commands.Simulate;
using Lodestone.Cli.Infrastructure;
using Lodestone.Simulation.Scenarios;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Scenarios;

/// <summary><c>lodestone scenarios</c>: the shipped disruption and partnership scenarios.</summary>
internal static class ScenariosCommand
{
    public static Command Create(CliContext context)
    {
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("scenarios", "List the shipped simulation scenarios (scenarios/*.yaml): name, period, markets, events, projects.");
        command.Options.Add(format);
        command.SetAction((ParseResult r, CancellationToken ct) =>
        {
            var rows = ScenarioPaths.Shipped().Select(path =>
            {
                var s = SimulationInputs.Guard(() => ScenarioReader.ReadFile(path));
                return new ScenarioRow(s.Name, Path.GetFileName(path), s.Start.ToString(), s.Horizon, s.Markets.Count, s.Events.Count, s.Projects.Count, s.Description);
            }).ToList();
            if (r.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, rows);
                return Task.FromResult(0);
            }
            var table = new Table().Title("Shipped scenarios").AddColumns("name", "start", "months", "markets", "events", "projects", "description");
            foreach (var row in rows)
            {
                table.AddRow(Markup.Escape(row.Name), row.Start, row.Horizon.ToString(CultureInfo.InvariantCulture), row.Markets.ToString(CultureInfo.InvariantCulture),
                    row.Events.ToString(CultureInfo.InvariantCulture), row.Projects.ToString(CultureInfo.InvariantCulture), Markup.Escape(row.Description));
            }
            context.Console.Write(table);
            context.Console.MarkupLine("[grey]Run one: lodestone simulate <name|file.yaml> [[--runs N]] [[--seed S]][/]");
            return Task.FromResult(0);
        });
        return command;
    }

    private sealed record ScenarioRow(string Name, string File, string Start, int Horizon, int Markets, int Events, int Projects, string Description);
}
