using System.CommandLine;
using System.Globalization;
using Lodestone.Domain.Errors;

namespace Lodestone.Cli.Commands.News;

/// <summary>Options shared by the news commands.</summary>
internal static class NewsOptions
{
    public static Option<string?> Published() => new("--published")
    {
        Description = "Publication date YYYY-MM-DD for inputs that do not carry one (relative dates resolve against it)",
    };

    public static DateOnly? ParsePublished(string? text)
    {
        if (text is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        throw new LodestoneException(ErrorCode.BadArguments, $"--published must be a date YYYY-MM-DD, got '{text}'");
    }
}
