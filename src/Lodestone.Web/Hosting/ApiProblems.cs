using Lodestone.Domain.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lodestone.Web.Hosting;

/// <summary>RFC 9457 problem details built from the error catalogue: <c>type</c>, <c>title</c>, status and <c>code</c> come from
/// <see cref="ErrorCode"/> through the one table, <see cref="ErrorCodes"/>.</summary>
public static class ApiProblems
{
    /// <summary>The <c>type</c> URI of a catalogued error: <c>urn:lodestone:error:not-found</c>.</summary>
    public static string TypeOf(ErrorCode code) => "urn:lodestone:error:" + code.Slug();

    /// <summary>The problem for <paramref name="code"/>; with <paramref name="field"/>, also an RFC 9457 <c>errors</c> map naming it.</summary>
    public static ProblemHttpResult Of(ErrorCode code, string detail, string? field = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code.Slug() };
        if (field is not null)
        {
            extensions["errors"] = new Dictionary<string, string[]> { [field] = [detail] };
        }
        return TypedResults.Problem(detail: detail, statusCode: code.HttpStatus(), title: code.Title(), type: TypeOf(code), extensions: extensions);
    }

    public static ProblemHttpResult NotFound(string detail) => Of(ErrorCode.NotFound, detail);

    public static ProblemHttpResult BadRequest(string detail) => Of(ErrorCode.BadArguments, detail);

    public static ProblemHttpResult StorageUnavailable(string detail) => Of(ErrorCode.StorageUnavailable, detail);

    public static ProblemHttpResult InsufficientData(string detail) => Of(ErrorCode.InsufficientData, detail);
}
