using Lodestone.Domain.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lodestone.Web.Hosting;

/// <summary>RFC 9457 problem details built from the error catalogue: <c>type</c>, <c>title</c>, status and <c>code</c>
/// come from <see cref="ErrorCode"/> through the one table, <see cref="ErrorCodes"/>.</summary>
internal static class ApiProblems
{
    /// <summary>The <c>type</c> URI of a catalogued error: <c>urn:lodestone:error:not-found</c>.</summary>
    public static string TypeOf(ErrorCode code) => "urn:lodestone:error:" + code.Slug();

    /// <summary>The problem for <paramref name="code"/>; with <paramref name="field"/>, also an RFC 9457
    /// <c>errors</c> map naming it.</summary>
    public static ProblemHttpResult Of(ErrorCode code, string detail, string? field = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code.Slug() };
        if (field is not null)
        {
            extensions["errors"] = new Dictionary<string, string[]> { [field] = [detail] };
        }
        return TypedResults.Problem(detail: detail, statusCode: code.HttpStatus(), title: code.Title(),
            type: TypeOf(code), extensions: extensions);
    }

    public static ProblemHttpResult NotFound(string detail) => Of(ErrorCode.NotFound, detail);

    public static ProblemHttpResult BadRequest(string detail) => Of(ErrorCode.BadArguments, detail);

    public static ProblemHttpResult StorageUnavailable(string detail) => Of(ErrorCode.StorageUnavailable, detail);

    public static ProblemHttpResult InsufficientData(string detail) => Of(ErrorCode.InsufficientData, detail);

    /// <summary>503 "Busy": the <paramref name="kind"/> job queue has no free slot; with
    /// <paramref name="keyedReserve"/>, the detail says how many of the <paramref name="capacity"/> slots are kept
    /// for API-key callers.</summary>
    public static ProblemHttpResult JobQueueFull(string kind, int capacity, int? keyedReserve = null)
    {
        var limits = keyedReserve is { } reserve
            ? $"{capacity} jobs, {reserve} of them kept for API-key callers"
            : $"{capacity} unfinished jobs";
        return Unavailable("Busy", $"the {kind} queue is full ({limits}); try again when one has finished");
    }

    /// <summary>429 with <c>Retry-After: 30</c>: this client already has <paramref name="perClient"/> unfinished
    /// <paramref name="kind"/> jobs.</summary>
    public static ProblemHttpResult TooManyJobs(HttpContext http, string kind, int perClient)
    {
        http.Response.Headers.RetryAfter = "30";
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            type: "https://tools.ietf.org/html/rfc6585#section-4",
            detail: $"this client already has {perClient} {kind} jobs queued or running; "
                + "try again when one has finished");
    }

    /// <summary>503 for a route this server cannot serve now (queue full, no planner or cluster configured).</summary>
    public static ProblemHttpResult Unavailable(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: title,
            type: "https://tools.ietf.org/html/rfc9110#section-15.6.4", detail: detail);
}
