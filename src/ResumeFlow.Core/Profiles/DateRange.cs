namespace ResumeFlow.Core.Profiles;

/// <summary>
/// A date range found in text. <see cref="End"/> is null for an open end ("present", "heute");
/// <see cref="StartYearOnly"/>/<see cref="EndYearOnly"/> mark years without a month, which are
/// normalised to January for a start and to January of the end year (December when it is the start
/// year) so that "2015 – 2018" counts three years.
/// </summary>
public sealed record DateRange(YearMonth Start, YearMonth? End, bool IsOpen, string Text, int Index, int Length, bool StartYearOnly = false, bool EndYearOnly = false)
{
    /// <summary>Duration in months; an open end counts to <paramref name="asOf"/>, inclusive of both months.</summary>
    public int Months(YearMonth asOf)
    {
        var end = End ?? asOf;
        var months = end.Ordinal - Start.Ordinal + (EndYearOnly && End is { } e && e.Year != Start.Year ? 0 : 1);
        return Math.Max(months, 0);
    }
}
