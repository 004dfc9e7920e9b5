using System.Globalization;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Loading;

/// <summary>One data row of a CSV file, with typed getters that log a located issue instead of throwing.</summary>
/// <remarks>Cells are trimmed. A getter that fails logs file:line:field with what was expected and returns a neutral value;
/// the caller checks <see cref="IssueLog.HasErrors"/> once per file.</remarks>
public sealed class CsvRow(string file, int line, IReadOnlyDictionary<string, string> cells, IssueLog issues)
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public IssueLog Issues { get; } = issues;

    /// <summary>The column names of the row, in file order.</summary>
    public IEnumerable<string> Columns => cells.Keys;

    /// <summary>The untrimmed cell text, or null when the column is absent.</summary>
    public string? Raw(string column) => cells.GetValueOrDefault(column);

    public void Error(string? field, string message) => Issues.Add(File, Line, field, message);

    /// <summary>The trimmed cell, or null when blank.</summary>
    public string? Optional(string column)
    {
        var value = cells.GetValueOrDefault(column)?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>The trimmed cell; logs "required" when blank.</summary>
    public string Required(string column)
    {
        var value = Optional(column);
        if (value is null)
        {
            Error(column, "a value is required");
            return "";
        }
        return value;
    }

    public double? OptionalNumber(string column, bool allowNegative = false)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            Error(column, $"expected a number (invariant culture, no thousands separators), got '{text}'");
            return null;
        }
        if (!allowNegative && value < 0)
        {
            Error(column, $"expected a non-negative number, got {text}");
            return null;
        }
        return value;
    }

    public decimal? OptionalMoney(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            Error(column, $"expected a non-negative amount in USD, got '{text}'");
            return null;
        }
        return value;
    }

    /// <summary>The years a fact file may name; a year outside the range is a typo such as 24 or 20245, and the error
    /// names the range.</summary>
    public const int MinYear = 1800;

    /// <inheritdoc cref="MinYear"/>
    public const int MaxYear = 2200;

    public int RequiredYear(string column)
    {
        var text = Required(column);
        if (text.Length == 0)
        {
            return 0;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < MinYear || year > MaxYear)
        {
            Error(column, $"expected a year from {MinYear} to {MaxYear}, got '{text}'");
            return 0;
        }
        return year;
    }

    public int? OptionalInt(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Error(column, $"expected a whole number, got '{text}'");
            return null;
        }
        return value;
    }

    public bool RequiredBool(string column)
    {
        var text = Required(column);
        switch (text.ToLowerInvariant())
        {
            case "true":
                return true;
            case "false":
                return false;
            case "":
                return false;
            default:
                Error(column, $"expected true or false, got '{text}'");
                return false;
        }
    }

    public PartialDate? OptionalDate(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }
        if (!PartialDate.TryParse(text, out var date))
        {
            Error(column, $"expected a real date YYYY, YYYY-MM or YYYY-MM-DD, got '{text}'");
            return null;
        }
        return date;
    }

    public PartialDate RequiredDate(string column)
    {
        if (Optional(column) is null)
        {
            Error(column, "a date is required (YYYY, YYYY-MM or YYYY-MM-DD)");
            return new PartialDate(1800);
        }
        return OptionalDate(column) ?? new PartialDate(1800);
    }

    /// <summary>A share given in percent (0–100); logs values outside the range such as 140 %.</summary>
    public Share? OptionalPercentShare(string column)
    {
        var value = OptionalNumber(column, allowNegative: true);
        if (value is null)
        {
            return null;
        }
        if (!Share.IsValidPercent(value.Value))
        {
            Error(column, $"expected a percentage between 0 and 100, got {value.Value.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        return Share.FromPercent(value.Value);
    }

    /// <summary>A known ISO 3166-1 alpha-3 code, or one of <paramref name="allowedAggregates"/>.</summary>
    public Iso3? Country(string column, CountryCatalog countries, bool required, params string[] allowedAggregates)
    {
        var text = required ? Required(column) : Optional(column);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return ResolveCountry(column, text, countries, allowedAggregates);
    }

    public Iso3? ResolveCountry(string column, string text, CountryCatalog countries, params string[] allowedAggregates)
    {
        if (Iso3.TryParse(text, out var code) && text.Trim().Length == 3
            && (countries.Contains(code) || allowedAggregates.Contains(code.Code)))
        {
            return code;
        }
        var expected = allowedAggregates.Length == 0 ? "" : " or " + string.Join("/", allowedAggregates);
        Error(column, $"unknown ISO 3166-1 alpha-3 code '{text}' (expected a code such as USA, CHN{expected})");
        return null;
    }

    /// <summary>A commodity known to the catalogue; returns its canonical name.</summary>
    public string? Commodity(string column, CommodityCatalog commodities)
    {
        var text = Required(column);
        if (text.Length == 0)
        {
            return null;
        }
        var commodity = commodities.Find(text);
        if (commodity is null)
        {
            Error(column, $"unknown commodity '{text}' (expected a name or alias from data/reference/commodities.csv)");
            return null;
        }
        return commodity.Name;
    }
}
