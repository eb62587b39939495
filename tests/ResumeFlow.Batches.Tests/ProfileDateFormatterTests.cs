using ResumeFlow.Core.Profiles;

namespace ResumeFlow.Batches.Tests;

public sealed class ProfileDateFormatterTests
{
    [Theory]
    [InlineData("2019-03", "2019-03")]
    [InlineData("March 2019", "2019-03")]
    [InlineData("Sept. 2018", "2018-09")]
    [InlineData("März 2020", "2020-03")]
    [InlineData("Dezember 2018", "2018-12")]
    [InlineData("Okt 2017", "2017-10")]
    [InlineData("janvier 2015", "2015-01")]
    [InlineData("févr. 2021", "2021-02")]
    [InlineData("août 2016", "2016-08")]
    [InlineData("01/2019", "2019-01")]
    [InlineData("03.2020", "2020-03")]
    [InlineData("15.03.2020", "2020-03")]
    [InlineData("2019", "2019-01")]
    [InlineData("heute", "present")]
    [InlineData("Present", "present")]
    [InlineData("current", "present")]
    [InlineData("aujourd'hui", "present")]
    [InlineData("actuel", "present")]
    [InlineData("aktuell", "present")]
    public void Dates_are_standardised_to_year_month_or_present(string written, string expected)
        => Assert.Equal(expected, ProfileDateFormatter.Standardise(written));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a while ago")]
    [InlineData("presentation skills")]
    public void Text_without_a_date_is_unknown(string? written) => Assert.Null(ProfileDateFormatter.Standardise(written));
}
