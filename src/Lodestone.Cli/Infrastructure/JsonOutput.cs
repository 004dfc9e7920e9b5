using System.Text.Json;
using Lodestone.Queries;

namespace Lodestone.Cli.Infrastructure;

/// <summary>The one JSON style of every command (<see cref="QueryJson"/>, the API's), indented.</summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = QueryJson.Configure(new JsonSerializerOptions { WriteIndented = true }, htmlSafe: false);

    public static void Write<T>(TextWriter writer, T value)
    {
        writer.WriteLine(JsonSerializer.Serialize(value, Options));
    }
}
