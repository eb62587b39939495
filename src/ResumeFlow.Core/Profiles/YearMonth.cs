using System.Globalization;

namespace ResumeFlow.Core.Profiles;

/// <summary>A calendar month; <see cref="ToString"/> gives "YYYY-MM".</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public int Ordinal => Year * 12 + (Month - 1);

    public static YearMonth FromOrdinal(int ordinal) => new(ordinal / 12, ordinal % 12 + 1);

    public static YearMonth From(DateTimeOffset time) => new(time.Year, time.Month);

    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        if (text is null || text.Length != 7 || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12)
        {
            return false;
        }

        value = new YearMonth(year, month);
        return true;
    }

    public int CompareTo(YearMonth other) => Ordinal.CompareTo(other.Ordinal);

    public static bool operator <(YearMonth left, YearMonth right) => left.Ordinal < right.Ordinal;

    public static bool operator >(YearMonth left, YearMonth right) => left.Ordinal > right.Ordinal;

    public static bool operator <=(YearMonth left, YearMonth right) => left.Ordinal <= right.Ordinal;

    public static bool operator >=(YearMonth left, YearMonth right) => left.Ordinal >= right.Ordinal;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
