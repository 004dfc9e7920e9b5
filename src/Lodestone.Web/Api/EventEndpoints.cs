using System.Globalization;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Model;
using Lodestone.News.Contracts;
using Lodestone.News.Review;
using Lodestone.Queries;
using Lodestone.Queries.Contracts;
using Lodestone.Web.Hosting;
using Lodestone.Web.Queries;
using Lodestone.Web.Watching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/events</c>: events read from ingested news, in the JSON of <c>lodestone events --format json</c>, and their review.</summary>
/// <remarks>Reviewing (as <c>lodestone events review --accept/--reject</c> does) is a write and needs the API key.</remarks>
internal static class EventEndpoints
{
    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/events").WithTags("Events")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/", List)
            .WithName("ListEvents")
            .WithSummary("Events from ingested news, newest first, filtered by commodity, country, type, since/until date and review status.");
        group.MapGet("/{id}", Get)
            .WithName("GetEvent")
            .WithSummary("One event with its sources and the evidence spans of every field in each article's text.");
        group.MapGet("/proposals", Proposals)
            .WithName("ListEventProposals")
            .WithSummary("Proposed knowledge-base records (agreements, export controls) from news, as `lodestone events review --format json` lists them.");

        var review = routes.MapGroup("/api/events/proposals").WithTags("Events").RequireApiKey()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        review.MapPost("/{id}/accept", Accept)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("AcceptEventProposal")
            .WithSummary("Accepts a pending proposal: writes the agreement, export control or trade measure into the knowledge base with its article as source, logs the change and reloads the snapshot (`lodestone events review --accept ID [--imposing ISO3] [--measure-type TEXT]`). Needs the API key.");
        review.MapPost("/{id}/reject", (NewsAccess news, TimeProvider clock, long id) => Reject(news, clock, id))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("RejectEventProposal")
            .WithSummary("Rejects a pending proposal (`lodestone events review --reject ID`). Needs the API key.");
        return routes;
    }

    internal static Results<Ok<PageDto<StoredEventJson>>, ValidationProblem, ProblemHttpResult> List(
        DatasetHolder data,
        NewsAccess news,
        [FromQuery] string? commodity,
        [FromQuery] string? country,
        [FromQuery] string? type,
        [FromQuery] string? since,
        [FromQuery] string? until,
        [FromQuery] string? status,
        [FromQuery] int? page,
        [FromQuery(Name = "page_size")] int? pageSize)
    {
        var pagingOk = Paging.TryCreate(page, pageSize, out var paging, out var errors);
        var filterOk = EventFilter.TryCreate(data.Current, commodity, country, type, since, until, status, out var query, out var filterErrors);
        if (!pagingOk || !filterOk)
        {
            foreach (var (name, messages) in filterErrors)
            {
                errors[name] = messages;
            }
            return TypedResults.ValidationProblem(errors, title: "Bad request", type: ApiProblems.TypeOf(ErrorCode.BadArguments));
        }
        if (!news.TryOpen(out var store, out var reason))
        {
            return ApiProblems.StorageUnavailable(reason);
        }
        using (store)
        {
            var events = EventFilter.NewestFirst(store.Events(query)).Select(x => ContractMapper.ToJson(x)).ToList();
            return TypedResults.Ok(paging.Apply(events));
        }
    }

    internal static Results<Ok<StoredEventJson>, ProblemHttpResult> Get(NewsAccess news, long id)
    {
        if (!news.TryOpen(out var store, out var reason))
        {
            return ApiProblems.StorageUnavailable(reason);
        }
        using (store)
        {
            return store.Event(id) is { } e
                ? TypedResults.Ok(ContractMapper.ToJson(e))
                : ApiProblems.NotFound($"no event with id {id}");
        }
    }

    internal static Results<Ok<IReadOnlyList<ProposalJson>>, ValidationProblem, ProblemHttpResult> Proposals(NewsAccess news, [FromQuery] string? status)
    {
        if (status is not (null or "pending" or "accepted" or "rejected" or "all"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["status must be pending, accepted, rejected or all"] },
                title: "Bad request", type: ApiProblems.TypeOf(ErrorCode.BadArguments));
        }
        if (!news.TryOpen(out var store, out var reason))
        {
            return ApiProblems.StorageUnavailable(reason);
        }
        using (store)
        {
            IReadOnlyList<ProposalJson> proposals = store.Proposals(status is "all" ? null : status ?? "pending").Select(x => ContractMapper.ToJson(x)).ToList();
            return TypedResults.Ok(proposals);
        }
    }

    internal static async Task<Results<Ok<ProposalJson>, ProblemHttpResult>> Accept(
        NewsAccess news, KnowledgeStoreAccess knowledgeBase, DatasetHolder data, AlertAccess alerts, TimeProvider clock, long id,
        [FromQuery] string? imposing, [FromQuery(Name = "measure_type")] string? measureType, CancellationToken cancellationToken)
    {
        Iso3? imposer = null;
        if (imposing is not null)
        {
            if (!Iso3.TryParse(imposing, out var iso))
            {
                return ApiProblems.BadRequest($"imposing: '{imposing}' is not an ISO 3166-1 alpha-3 code (e.g. CHN)");
            }
            imposer = iso;
        }
        if (!knowledgeBase.IsAvailable)
        {
            return ApiProblems.StorageUnavailable(KnowledgeStoreAccess.UnavailableReason);
        }
        if (!news.TryOpen(out var store, out var reason))
        {
            return ApiProblems.StorageUnavailable(reason);
        }
        using (store)
        {
            // The brief before the change, if no comparison has stored one yet (this server's snapshot: the data it would reload from).
            alerts.EnsureBaseline(data.Current);
            string record;
            try
            {
                var kb = await knowledgeBase.OpenAsync(cancellationToken);
                record = await new ProposalReviewer(store, kb).AcceptAsync(id, new ReviewDecision(imposer, measureType), clock.GetUtcNow(), cancellationToken);
            }
            catch (ReviewException e)
            {
                // 404 no such proposal, 409 decided by another reviewer first (or its record already held), 400 a field to name.
                return ApiProblems.Of(e.Code, e.Message);
            }
            var reloaded = await data.ReloadAsync(cancellationToken);
            var accepted = store.Proposals(null).Single(p => p.Id == id);
            alerts.Raise(reloaded, "proposal:" + id.ToString(CultureInfo.InvariantCulture), $"news proposal {id} ({accepted.Kind}) accepted as {record}");
            return TypedResults.Ok(ContractMapper.ToJson(accepted));
        }
    }

    internal static Results<Ok<ProposalJson>, ProblemHttpResult> Reject(NewsAccess news, TimeProvider clock, long id)
    {
        if (!news.TryOpen(out var store, out var reason))
        {
            return ApiProblems.StorageUnavailable(reason);
        }
        using (store)
        {
            try
            {
                ProposalReviewer.Reject(store, id, clock.GetUtcNow());
            }
            catch (ReviewException e)
            {
                return ApiProblems.Of(e.Code, e.Message);
            }
            return TypedResults.Ok(ContractMapper.ToJson(store.Proposals(null).Single(p => p.Id == id)));
        }
    }
}
