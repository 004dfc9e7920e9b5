using System.CommandLine;
using System.Globalization;
using Lodestone.Cli.Commands.News;
using Lodestone.Cli.Infrastructure;
using Lodestone.Domain.Errors;
using Lodestone.News.Contracts;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Events;

/// <summary><c>lodestone events review [--accept ID | --reject ID]</c>: proposals for the knowledge base, decided by a person.</summary>
internal static class EventsReviewCommand
{
    public static Command Create(CliContext context)
    {
        var accept = new Option<long?>("--accept") { Description = "Accept the pending proposal with this id (logged with its sources)" };
        var reject = new Option<long?>("--reject") { Description = "Reject the pending proposal with this id" };
        var all = new Option<bool>("--all") { Description = "List decided proposals too, and the change log" };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("review", "Review proposed knowledge-base records from news (agreements, export controls)");
        command.Options.Add(accept);
        command.Options.Add(reject);
        command.Options.Add(all);
        command.Options.Add(format);
        command.SetAction((ParseResult r) =>
        {
            var (a, j) = (r.GetValue(accept), r.GetValue(reject));
            if (a is not null && j is not null)
            {
                throw new CliException(ErrorCode.BadArguments, "give either --accept or --reject, not both");
            }
            using var store = NewsStoreOpener.Open(r.GetValue(LodestoneApp.Db));
            if ((a ?? j) is { } id)
            {
                if (!store.Decide(id, a is not null, context.Clock.GetUtcNow()))
                {
                    throw new CliException(ErrorCode.NotFound, $"no pending proposal {id}");
                }
                context.Out.WriteLine($"proposal {id} {(a is not null ? "accepted and logged" : "rejected")}");
                return 0;
            }
            var proposals = store.Proposals(r.GetValue(all) ? null : "pending");
            if (r.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, new { Proposals = proposals.Select(p => ContractMapper.ToJson(p)), ChangeLog = r.GetValue(all) ? store.ChangeLog().Select(c => new { c.ProposalId, c.EventId, c.Kind, c.Payload, c.Sources, c.At }) : null });
                return 0;
            }
            var table = new Table().AddColumns("id", "event", "kind", "status", "proposed record");
            foreach (var p in proposals)
            {
                table.AddRow(p.Id.ToString(CultureInfo.InvariantCulture), p.EventId.ToString(CultureInfo.InvariantCulture), p.Kind, p.Status, Markup.Escape(p.Payload));
            }
            context.Console.Write(table);
            return 0;
        });
        return command;
    }
}
