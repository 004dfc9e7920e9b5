using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lodestone.Queries;

/// <summary>The one JSON style of every answer, in the CLI and the API: snake_case names, enums as snake_case strings, nulls written
/// (missing data is shown as missing).</summary>
public static class QueryJson
{
    /// <summary>Applies the style to <paramref name="options"/>; <paramref name="htmlSafe"/> escapes HTML-significant characters (the API does).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options, bool htmlSafe)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Encoder = htmlSafe ? JavaScriptEncoder.Default : JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        return options;
    }
}
