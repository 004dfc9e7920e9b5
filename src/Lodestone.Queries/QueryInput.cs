using System.Globalization;
using Lodestone.Domain.Errors;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Queries;

/// <summary>The one place raw request values become checked ones: countries, commodities, dates, years, stages.</summary>
/// <remarks>
/// Every front end passes its text here, so `lodestone exposure --importer "United States"` and
/// <c>/api/exposure?importer=US</c> resolve the same way and fail with the same words. Failures throw
/// <see cref="LodestoneException"/>: an unknown country or commodity is <see cref="ErrorCode.NotFound"/>, a malformed
/// value <see cref="ErrorCode.BadArguments"/>. <c>field</c> names the parameter in snake_case (the CLI shows it as an option).
/// </remarks>
public static class QueryInput
{
    /// <summary>The importer every question assumes when none is given.</summary>
    public const string DefaultImporter = "USA";

    /// <summary>The supplier of concern every question assumes when none is given.</summary>
    public const string DefaultSupplier = "CHN";

    /// <summary>How a country may be written, quoted in every "unknown country" message.</summary>
    public const string CountryForms = "an ISO 3166-1 alpha-3 or alpha-2 code or an English name, e.g. USA, US or United States";

    /// <summary>A country by ISO3, ISO2, English name or alias (case-insensitive).</summary>
    public static Country Country(Dataset data, string? text, string? field) =>
        data.Countries.FindByName(text)
        ?? throw new LodestoneException(ErrorCode.NotFound, $"unknown country '{text?.Trim()}' (expected {CountryForms})", field);

    /// <summary>A commodity by canonical name, alias or element symbol.</summary>
    public static Commodity Commodity(Dataset data, string? text, string? field) =>
        data.Commodities.Find(text)
        ?? throw new LodestoneException(ErrorCode.NotFound,
            $"unknown commodity '{text?.Trim()}' (expected a name, alias or element symbol, e.g. rare earths, natural graphite or Ga; `lodestone minerals` lists them)", field);

    /// <summary>The commodity when <paramref name="text"/> is given, else null.</summary>
    public static Commodity? OptionalCommodity(Dataset data, string? text, string? field) =>
        string.IsNullOrWhiteSpace(text) ? null : Commodity(data, text, field);

    /// <summary>A date written YYYY-MM-DD, or <paramref name="fallback"/> when none is given.</summary>
    public static DateOnly Date(string? text, string field, DateOnly fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new LodestoneException(ErrorCode.BadArguments, $"expected a date written YYYY-MM-DD, got '{text.Trim()}'", field);
    }

    /// <summary>A data year between 1900 and 2100, or null when none is given.</summary>
    public static int? Year(int? year, string field) =>
        year is { } y && (y < 1900 || y > 2100)
            ? throw new LodestoneException(ErrorCode.BadArguments, $"expected a year between 1900 and 2100, got {y}", field)
            : year;

    /// <summary>The vintage a view reads: <paramref name="year"/> when given (checked as <see cref="Year"/>), else the newest
    /// complete year of the data (<see cref="Vintages.NewestComplete"/>).</summary>
    public static int? Vintage(Dataset data, int? year, string field) => Year(year, field) ?? Vintages.NewestComplete(data);

    /// <summary>One of the four canonical stage names (mining, refining, components, recycling), or null when none is given.</summary>
    public static Stage? Stage(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var t = text.Trim().ToLowerInvariant();
        foreach (var s in Stages.All)
        {
            if (s.Name() == t)
            {
                return s;
            }
        }
        throw new LodestoneException(ErrorCode.BadArguments, $"expected one of {StageNames}, got '{text.Trim()}'", field);
    }

    /// <summary>The stage names <see cref="Stage"/> accepts.</summary>
    public static string StageNames => string.Join(", ", Stages.All.Select(s => s.Name()));

    /// <summary>An integer within bounds, or <paramref name="fallback"/> when none is given.</summary>
    public static int Between(int? value, int fallback, int min, int max, string field) =>
        (value ?? fallback) is var v && (v < min || v > max)
            ? throw new LodestoneException(ErrorCode.BadArguments, $"expected a number between {min} and {max}, got {v}", field)
            : v;
}
