using System.Globalization;

namespace Lodestone.Domain.Model;

/// <summary>A calendar date known to the year, the month or the day, as sources publish them.</summary>
/// <remarks>Text forms: <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>. Impossible dates (2025-02-30) are rejected. A
/// <c>default(PartialDate)</c> (year 0, an uninitialised field) is no date: reading its <see cref="Year"/>, and so its
/// range, text or order, throws instead of passing as year 0.</remarks>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private readonly int _year;

    /// <summary>The year, 1800–2200.</summary>
    /// <exception cref="InvalidOperationException">The value is <c>default(PartialDate)</c>, which is no
    /// date.</exception>
    public int Year => _year != 0 ? _year : throw new InvalidOperationException(
        "default(PartialDate) is no date: a PartialDate is built from a year 1800–2200 (new PartialDate(2025, 11))");
    /// <summary>The month, 1–12; null when only the year is known.</summary>
    public int? Month { get; }
    /// <summary>The day of the month; null when only the year or the month is known.</summary>
    public int? Day { get; }

    /// <summary>A date known to the year, the month or the day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1800–2200, the month outside 1–12 or the day
    /// outside the month.</exception>
    /// <exception cref="ArgumentException">A day is given without a month.</exception>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1800 or > 2200)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "year out of range 1800–2200");
        }
        if (month is { } m && m is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "month must be 1–12");
        }
        if (day is { } d)
        {
            if (month is null)
            {
                throw new ArgumentException("a day needs a month", nameof(day));
            }
            if (d < 1 || d > DateTime.DaysInMonth(year, month.Value))
            {
                throw new ArgumentOutOfRangeException(nameof(day), day, $"day must be 1–{DateTime.DaysInMonth(year, month.Value)}");
            }
        }
        _year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The date known to the day.</summary>
    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The first day the date can mean (2025-11 → 2025-11-01).</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can mean (2025-11 → 2025-11-30).</summary>
    public DateOnly Latest
    {
        get
        {
            var month = Month ?? 12;
            return new DateOnly(Year, month, Day ?? DateTime.DaysInMonth(Year, month));
        }
    }

    /// <summary>Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (surrounding whitespace allowed); false for any
    /// other form and
    /// for impossible dates.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4)
        {
            return false;
        }
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if ((i > 0 && parts[i].Length != 2) || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }
        try
        {
            date = numbers.Length switch
            {
                1 => new PartialDate(numbers[0]),
                2 => new PartialDate(numbers[0], numbers[1]),
                _ => new PartialDate(numbers[0], numbers[1], numbers[2]),
            };
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>As <see cref="TryParse"/>.</summary>
    /// <exception cref="FormatException">The text is not one of the three forms or names an impossible
    /// date.</exception>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");

    /// <summary>Orders by <see cref="Earliest"/>: 2025 and 2025-01 sort with 2025-01-01, before 2025-02.</summary>
    public int CompareTo(PartialDate other) => Earliest.CompareTo(other.Earliest);

    /// <summary>Earlier by <see cref="Earliest"/> (see <see cref="CompareTo"/>).</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;
    /// <summary>Later by <see cref="Earliest"/> (see <see cref="CompareTo"/>).</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
    /// <summary>Not later by <see cref="Earliest"/> (see <see cref="CompareTo"/>).</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;
    /// <summary>Not earlier by <see cref="Earliest"/> (see <see cref="CompareTo"/>).</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>The text form to the precision known: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; "" for a
    /// <c>default</c> value (which is no date; see <see cref="Year"/>).</summary>
    public override string ToString() => (_year, Month, Day) switch
    {
        (0, _, _) => "",
        (var y, null, _) => y.ToString("0000", CultureInfo.InvariantCulture),
        (var y, { } m, null) => string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{m:00}"),
        (var y, { } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{m:00}-{d:00}"),
    };
}
