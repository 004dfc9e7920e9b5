using System.CommandLine;

namespace Lodestone.Cli.Infrastructure;

/// <summary>Output formats a command can render.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,
    Markdown,
}

/// <summary>The shared <c>--format</c> option.</summary>
internal static class FormatOption
{
    /// <summary>Creates <c>--format</c> restricted to <paramref name="allowed"/> (table first is the default).</summary>
    public static Option<OutputFormat> Create(params OutputFormat[] allowed)
    {
        var names = allowed.Select(f => f.ToString().ToLowerInvariant()).ToArray();
        var option = new Option<OutputFormat>("--format", "-f")
        {
            Description = "Output format: " + string.Join("|", names),
            DefaultValueFactory = _ => allowed[0],
        };
        option.AcceptOnlyFromAmong(names);
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count == 0 ? names[0] : result.Tokens[0].Value;
            return Enum.Parse<OutputFormat>(text, ignoreCase: true);
        };
        return option;
    }
}
