using ResumeFlow.Core.Profiles;

namespace ResumeFlow.Core.Tests.ProfileBuilding;

public sealed class DateRangeParserTests
{
    private static readonly YearMonth AsOf = new(2025, 6);

    [Theory]
    [InlineData("Jan 2019 - Dec 2020", "2019-01", "2020-12", false, 24)]
    [InlineData("01/2019 - 03/2020", "2019-01", "2020-03", false, 15)]
    [InlineData("2019-01 – 2019-06", "2019-01", "2019-06", false, 6)]
    [InlineData("2019 – Present", "2019-01", null, true, 78)]
    [InlineData("März 2020 – heute", "2020-03", null, true, 64)]
    [InlineData("Sept. 2018 to Current", "2018-09", null, true, 82)]
    [InlineData("Summer 2017 - Fall 2017", "2017-06", "2017-09", false, 4)]
    [InlineData("janvier 2015 à aujourd'hui", "2015-01", null, true, 126)]
    [InlineData("octubre 2016 - actualidad", "2016-10", null, true, 105)]
    [InlineData("juin 2012 – actuel", "2012-06", null, true, 157)]
    [InlineData("Feb 2021 – actual", "2021-02", null, true, 53)]
    [InlineData("2015 - 2018", "2015-01", "2018-01", false, 36)]
    [InlineData("2019 - 2019", "2019-01", "2019-12", false, 12)]
    [InlineData("03.2016 - 11.2018", "2016-03", "2018-11", false, 33)]
    [InlineData("July 2011 to November 2012", "2011-07", "2012-11", false, 17)]
    [InlineData("Jan – Mar 2020", "2020-01", "2020-03", false, 3)]
    [InlineData("seit 04/2021", "2021-04", null, true, 51)]
    [InlineData("since May 2022", "2022-05", null, true, 38)]
    [InlineData("Jan '19 – Now", "2019-01", null, true, 78)]
    [InlineData("Oktober 2010 bis Dezember 2012", "2010-10", "2012-12", false, 27)]
    [InlineData("Software Engineer (2019 - 2023)", "2019-01", "2023-01", false, 48)]
    public void Ranges_are_normalised_to_year_months(string text, string start, string? end, bool open, int months)
    {
        var range = Assert.Single(DateRangeParser.FindRanges(text));

        Assert.Equal(start, range.Start.ToString());
        Assert.Equal(end, range.End?.ToString());
        Assert.Equal(open, range.IsOpen);
        Assert.Equal(months, range.Months(AsOf));
    }

    [Fact]
    public void A_range_split_over_two_lines_is_one_range()
    {
        var range = Assert.Single(DateRangeParser.FindRanges("Accountant, Acme\nJan 2019 –\nPresent\nKept the books"));

        Assert.Equal("2019-01", range.Start.ToString());
        Assert.True(range.IsOpen);
    }

    [Theory]
    [InlineData("Jan 2019", 2019, 1, false)]
    [InlineData("Sept. 2018", 2018, 9, false)]
    [InlineData("01/2019", 2019, 1, false)]
    [InlineData("2019-01", 2019, 1, false)]
    [InlineData("Summer 2017", 2017, 6, false)]
    [InlineData("März 2020", 2020, 3, false)]
    [InlineData("décembre 2014", 2014, 12, false)]
    [InlineData("2016", 2016, 1, true)]
    public void Single_dates_parse(string text, int year, int month, bool yearOnly)
    {
        Assert.True(DateRangeParser.TryParseDate(text, out var value, out var isYearOnly));
        Assert.Equal(new YearMonth(year, month), value);
        Assert.Equal(yearOnly, isYearOnly);
    }

    [Theory]
    [InlineData("Call 555-123-4567")]
    [InlineData("Managed a budget of 2,500,000 in 12 months")]
    [InlineData("Reduced costs by 2019%")]
    public void Numbers_that_are_not_date_ranges_give_none(string text)
        => Assert.Empty(DateRangeParser.FindRanges(text));

    [Fact]
    public void An_end_before_the_start_is_not_a_range()
        => Assert.Empty(DateRangeParser.FindRanges("2020 - 2018"));

    [Theory]
    [InlineData("Jan. 2019", "2019-01")]
    [InlineData("März 2020", "2020-03")]
    [InlineData("03/2020", "2020-03")]
    [InlineData("2019", "2019-01")]
    [InlineData("heute", "present")]
    [InlineData("Present", "present")]
    [InlineData("aujourd'hui", "present")]
    [InlineData("next spring", null)]
    public void Standardize_writes_dates_as_year_month_and_open_ends_as_present(string written, string? expected)
    {
        Assert.Equal(expected, DateRangeParser.Standardize(written));
    }

    [Fact]
    public void German_open_range_with_abbreviated_month_is_found()
    {
        var range = Assert.Single(DateRangeParser.FindRanges("Backend-Entwicklerin, Jan. 2019 – heute"));
        Assert.Equal(new YearMonth(2019, 1), range.Start);
        Assert.True(range.IsOpen);
        Assert.Equal(78, range.Months(AsOf));
    }
}
