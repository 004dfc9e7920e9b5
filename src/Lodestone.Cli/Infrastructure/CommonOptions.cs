using System.CommandLine;
using Lodestone.Domain.Errors;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Cli.Infrastructure;

/// <summary>Options and argument checks shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<string> Importer() => new("--importer")
    {
        Description = "Importing country, ISO 3166-1 alpha-3 (e.g. USA)",
        DefaultValueFactory = _ => "USA",
    };

    public static Option<string> Supplier() => new("--supplier")
    {
        Description = "Supplier of concern, ISO 3166-1 alpha-3 (e.g. CHN)",
        DefaultValueFactory = _ => "CHN",
    };

    public static Option<int?> Year() => new("--year")
    {
        Description = "Data year (default: the latest year with data per commodity)",
    };

    /// <summary>Resolves a country argument by code or name, or fails with a one-line reason.</summary>
    public static Iso3 Country(Dataset data, string text, string option)
    {
        var country = data.Countries.FindByName(text)
            ?? throw new CliException(ErrorCode.BadArguments, $"{option}: unknown country '{text}' (expected an ISO 3166-1 alpha-3 code such as USA or CHN)");
        return country.Iso3;
    }

    /// <summary>Resolves a commodity argument by name, alias or symbol, or fails with a one-line reason.</summary>
    public static Commodity Commodity(Dataset data, string text)
    {
        return data.Commodities.Find(text)
            ?? throw new CliException(ErrorCode.NotFound, $"unknown commodity '{text}' (try `lodestone minerals`)");
    }

    public static void CheckYear(int? year)
    {
        if (year is { } y && (y < 1900 || y > 2100))
        {
            throw new CliException(ErrorCode.BadArguments, $"--year: expected a four-digit year, got {y}");
        }
    }
}
