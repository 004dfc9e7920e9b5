using System.Net;
using System.Text.Json;

namespace Lodestone.Web.Tests.Infrastructure;

/// <summary>Assertions on RFC 9457 problem details responses.</summary>
public static class Problems
{
    /// <summary>Asserts the response is application/problem+json with <paramref name="status"/> and returns the parsed document.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, doc.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(doc.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(doc.GetProperty("type").GetString()));
        return doc;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
