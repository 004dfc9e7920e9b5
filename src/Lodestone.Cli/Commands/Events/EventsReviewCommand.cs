using System.CommandLine;
using System.Globalization;
using Lodestone.Cli.Commands.News;
using Lodestone.Cli.Infrastructure;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Model;
using Lodestone.News.Contracts;
using Lodestone.News.Review;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Events;

/// <summary><c>lodestone events review [--accept ID | --reject ID]</c>: proposals for the knowledge base, decided by a person.</summary>
/// <remarks>Accepting writes the record into the knowledge base (the article is its source) and logs the change; nothing reaches it otherwise.</remarks>
internal static class EventsReviewCommand
{
    public static Command Create(CliContext context)
    {
        var accept = new Option<long?>("--accept") { Description = "Accept the pending proposal with this id: write it to the knowledge base with its article as source, and log it" };
        var reject = new Option<long?>("--reject") { Description = "Reject the pending proposal with this id" };
        var all = new Option<bool>("--all") { Description = "List decided proposals too, and the change log" };
        var imposing = new Option<string?>("--imposing") { Description = "With --accept of an export control or trade measure: the ISO3 code of the imposing country, when the article names several" };
        var measure = new Option<string?>("--measure-type") { Description = "With --accept of an export control: the measure, e.g. \"export ban\"; of a trade measure: tariff, antidumping, countervailing, trade_status or policy_call (required for a policy article)" };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("review", "Review proposed knowledge-base records from news (agreements, export controls)");
        command.Options.Add(accept);
        command.Options.Add(reject);
        command.Options.Add(all);
        command.Options.Add(imposing);
        command.Options.Add(measure);
        command.Options.Add(format);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var (a, j) = (r.GetValue(accept), r.GetValue(reject));
            if (a is not null && j is not null)
            {
                throw new LodestoneException(ErrorCode.BadArguments, "give either --accept or --reject, not both");
            }
            var db = r.GetValue(LodestoneApp.Db);
            using var store = await NewsStoreOpener.OpenAsync(db, ct);
            if (a is { } acceptId)
            {
                var decision = new ReviewDecision(ParseImposing(r.GetValue(imposing)), r.GetValue(measure));
                var knowledgeBase = await context.OpenStore(db, true, ct);
                var alerts = await ChangeAlerts.BeforeAsync(context, db, ct);
                // A ReviewException is a LodestoneException: not found exits 4, decided by someone else first 7, a field to name 2.
                var record = await new ProposalReviewer(store, knowledgeBase).AcceptAsync(acceptId, decision, context.Clock.GetUtcNow(), ct);
                await context.Out.WriteLineAsync($"proposal {acceptId} accepted: written to the knowledge base as {record} and logged");
                var kind = store.Proposal(acceptId)?.Kind ?? "proposal";
                await alerts.AfterAsync("proposal:" + acceptId.ToString(CultureInfo.InvariantCulture), $"news proposal {acceptId} ({kind}) accepted as {record}", ct);
                return 0;
            }
            if (j is { } rejectId)
            {
                ProposalReviewer.Reject(store, rejectId, context.Clock.GetUtcNow());
                await context.Out.WriteLineAsync($"proposal {rejectId} rejected");
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

    private static Iso3? ParseImposing(string? text) =>
        text is null ? null
        : Iso3.TryParse(text, out var iso) ? iso
        : throw new LodestoneException(ErrorCode.BadArguments, $"--imposing: '{text}' is not an ISO 3166-1 alpha-3 code (e.g. CHN)");
}
