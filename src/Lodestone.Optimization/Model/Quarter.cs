using System.Globalization;

namespace Lodestone.Optimization.Model;

/// <summary>A calendar quarter, the planner's time step.</summary>
/// <remarks>Text form <c>2027Q2</c>. Q1 = January–March. Valid from birth: quarter 1–4, year 1900–2200.</remarks>
public readonly record struct Quarter : IComparable<Quarter>
{
    /// <summary>Quarter <paramref name="number"/> (1–4) of <paramref name="year"/> (1900–2200).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or the number is out of range.</exception>
    public Quarter(int year, int number)
    {
        if (year is < 1900 or > 2200)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "year out of range 1900–2200");
        }
        if (number is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "a quarter is numbered 1–4");
        }
        Year = year;
        Number = number;
    }

    /// <summary>The calendar year, 1900–2200.</summary>
    public int Year { get; }

    /// <summary>1–4.</summary>
    public int Number { get; }

    /// <summary>The quarter containing <paramref name="date"/>.</summary>
    public static Quarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    /// <summary>First day of the quarter.</summary>
    public DateOnly Start => new(Year, ((Number - 1) * 3) + 1, 1);

    /// <summary>Last day of the quarter.</summary>
    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    /// <summary>Middle of the quarter (the 15th of its second month): the date at which export-control status is judged.</summary>
    public DateOnly Middle => new(Year, ((Number - 1) * 3) + 2, 15);

    /// <summary>The quarter <paramref name="count"/> quarters later (earlier when negative); 2027Q4 + 1 is 2028Q1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The result falls outside 1900–2200.</exception>
    public Quarter AddQuarters(int count)
    {
        var index = (Year * 4) + (Number - 1) + count;
        return new Quarter(index / 4, (index % 4) + 1);
    }

    /// <summary>Quarters from <paramref name="other"/> to this one (positive when this is later).</summary>
    public int QuartersSince(Quarter other) => ((Year * 4) + Number) - ((other.Year * 4) + other.Number);

    /// <summary>Chronological order.</summary>
    public int CompareTo(Quarter other) => QuartersSince(other) == 0 ? 0 : Math.Sign(QuartersSince(other));

    /// <summary>Earlier in time.</summary>
    public static bool operator <(Quarter left, Quarter right) => left.CompareTo(right) < 0;
    /// <summary>Later in time.</summary>
    public static bool operator >(Quarter left, Quarter right) => left.CompareTo(right) > 0;
    /// <summary>Not later in time.</summary>
    public static bool operator <=(Quarter left, Quarter right) => left.CompareTo(right) <= 0;
    /// <summary>Not earlier in time.</summary>
    public static bool operator >=(Quarter left, Quarter right) => left.CompareTo(right) >= 0;

    /// <summary>The text form, year and quarter ("2027Q2").</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}Q{Number}");
}
