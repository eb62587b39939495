using System.Globalization;
using System.Text.RegularExpressions;

namespace ResumeFlow.Core.Scoring;

/// <summary>Finds employment periods in a CV line: "2019 - 2023", "June 2017 - Aug 2019", "from 2014 to 2016", "2018 - Present".</summary>
internal static partial class DateRanges
{
    /// <summary>A period as months since year 0 (start inclusive, end exclusive) and where it was written.</summary>
    public readonly record struct Period(int StartMonth, int EndMonth, int Index, int Length)
    {
        public double Years => Math.Max(0, EndMonth - StartMonth) / 12.0;

        public int EndYear => (EndMonth - 1) / 12;
    }

    public static List<Period> Find(string line, DateOnly asOf)
    {
        var periods = new List<Period>();
        foreach (Match m in Range().Matches(line))
        {
            var startYear = int.Parse(m.Groups["sy"].Value, CultureInfo.InvariantCulture);
            var startMonth = Month(m.Groups["sm"].Value, m.Groups["smn"].Value);
            int endYear;
            int? endMonth;
            if (m.Groups["now"].Success)
            {
                endYear = asOf.Year;
                endMonth = asOf.Month;
            }
            else
            {
                endYear = int.Parse(m.Groups["ey"].Value, CultureInfo.InvariantCulture);
                endMonth = Month(m.Groups["em"].Value, m.Groups["emn"].Value);
            }

            if (endYear < startYear || endYear > asOf.Year + 1 || startYear < 1950)
            {
                continue;
            }

            // Year-only ranges count whole years ("2019 - 2023" is 4 years, as CVs and job ads mean it) and
            // end in the end year: read them as December to December.
            var yearOnly = endMonth is null && startMonth is null;
            var start = (startYear * 12) + ((yearOnly ? 12 : startMonth ?? 1) - 1);
            var end = (endYear * 12) + (endMonth ?? (yearOnly ? 11 : 12));
            if (end <= start)
            {
                end = start + (endYear == startYear ? 6 : 12);
            }

            periods.Add(new Period(start, end, m.Index, m.Length));
        }

        return periods;
    }

    private static int? Month(string name, string number)
    {
        if (number.Length > 0)
        {
            var n = int.Parse(number, CultureInfo.InvariantCulture);
            return n is >= 1 and <= 12 ? n : null;
        }

        if (name.Length < 3)
        {
            return null;
        }

        return name[..3].ToLowerInvariant() switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            "dec" => 12,
            _ => null,
        };
    }

    [GeneratedRegex(@"(?:(?<sm>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+|(?<smn>\d{1,2})[/.-])?(?<sy>(?:19|20)\d{2})\s*(?:-|–|—|up\s+to|to|until|till|through|thru|(?<=\bbetween\s+\S*\s*\d{4}\s*)and)\s*:?\s*(?:(?:(?<em>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+|(?<emn>\d{1,2})[/.-])?(?<ey>(?:19|20)\d{2})\b|(?<now>present|current|now|today|date|ongoing)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Range();
}
