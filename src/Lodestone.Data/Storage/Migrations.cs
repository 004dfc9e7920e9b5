using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Lodestone.Data.Storage;

/// <summary>The ordered migration scripts embedded in this assembly (<c>Storage/Migrations/*.sql</c>).</summary>
/// <remarks>
/// <c>NNNN_name.sql</c> runs on both backends; <c>NNNN_name.sqlite.sql</c> or <c>NNNN_name.postgres.sql</c> replaces it
/// on one backend where their SQL must differ. Scripts are never edited once released: a change is a new number.
/// </remarks>
internal static partial class Migrations
{
    private const string Prefix = "migrations/";

    /// <summary>The migrations for <paramref name="backend"/> ("sqlite" or "postgres"), oldest first.</summary>
    public static IReadOnlyList<Migration> For(string backend)
    {
        var assembly = typeof(Migrations).Assembly;
        var byVersion = new SortedDictionary<int, (Migration Migration, bool Specific)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var match = ScriptName().Match(resource[Prefix.Length..]);
            if (!match.Success)
            {
                throw new InvalidOperationException($"migration '{resource}' is not named NNNN_name[.sqlite|.postgres].sql");
            }
            var dialect = match.Groups["dialect"].Value;
            if (dialect.Length > 0 && dialect != backend)
            {
                continue;
            }
            var version = int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture);
            var specific = dialect.Length > 0;
            if (byVersion.TryGetValue(version, out var existing) && existing.Specific)
            {
                continue;
            }
            byVersion[version] = (new Migration(version, match.Groups["name"].Value, Read(assembly, resource)), specific);
        }
        return byVersion.Values.Select(v => v.Migration).ToList();
    }

    /// <summary>The newest schema version this build knows.</summary>
    public static int Latest(string backend) => For(backend).Select(m => m.Version).DefaultIfEmpty(0).Max();

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"missing embedded migration '{resource}'");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)(\.(?<dialect>sqlite|postgres))?\.sql$")]
    private static partial Regex ScriptName();
}
