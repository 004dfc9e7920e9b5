using Lodestone.Domain.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lodestone.Web.Hosting;

/// <summary>RFC 9457 problem details built from the error catalogue: <c>type</c> and <c>code</c> come from <see cref="ErrorCode"/>.</summary>
public static class ApiProblems
{
    /// <summary>The <c>type</c> URI of a catalogued error: <c>urn:lodestone:error:not-found</c>.</summary>
    public static string TypeOf(ErrorCode code) => "urn:lodestone:error:" + code.Slug();

    public static ProblemHttpResult Of(ErrorCode code, int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: TypeOf(code),
            extensions: new Dictionary<string, object?> { ["code"] = code.Slug() });

    public static ProblemHttpResult NotFound(string detail) =>
        Of(ErrorCode.NotFound, StatusCodes.Status404NotFound, "Not found", detail);

    public static ProblemHttpResult BadRequest(string detail) =>
        Of(ErrorCode.BadArguments, StatusCodes.Status400BadRequest, "Bad request", detail);

    public static ProblemHttpResult StorageUnavailable(string detail) =>
        Of(ErrorCode.StorageUnavailable, StatusCodes.Status503ServiceUnavailable, "Storage unavailable", detail);

    public static ProblemHttpResult InsufficientData(string detail) =>
        Of(ErrorCode.InsufficientData, StatusCodes.Status422UnprocessableEntity, "Insufficient data", detail);
}
