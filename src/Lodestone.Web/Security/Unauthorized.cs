using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lodestone.Web.Security;

/// <summary>The 401 problem details every refused request gets.</summary>
internal static class Unauthorized
{
    public const string TypeUri = "urn:lodestone:error:unauthorized";

    public static ProblemHttpResult Problem(AccessPolicy policy, string what) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Unauthorized",
            type: TypeUri,
            detail: policy.HasKey
                ? $"{what} need a valid API key in the {AccessPolicy.HeaderName} header"
                : $"{what} need an API key and none is configured on this server (set Lodestone:ApiKey)",
            extensions: new Dictionary<string, object?> { ["code"] = "unauthorized" });
}
