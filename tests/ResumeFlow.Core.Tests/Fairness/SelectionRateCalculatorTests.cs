using ResumeFlow.Core.Fairness;

namespace ResumeFlow.Core.Tests.Fairness;

public sealed class SelectionRateCalculatorTests
{
    /// <summary>Twelve candidates: c0–c5 group a (4 pass), c6–c10 group b (2 pass), c11 group c (passes), c12 has no value.</summary>
    private static (Dictionary<string, bool> Selected, List<CandidateAttribute> Attributes) Sample()
    {
        var selected = new Dictionary<string, bool>(StringComparer.Ordinal);
        var attributes = new List<CandidateAttribute>();
        for (var i = 0; i < 13; i++)
        {
            var id = "c" + i;
            selected[id] = i is 0 or 1 or 2 or 3 or 6 or 7 or 11;
            var group = i switch { < 6 => "a", < 11 => "b", 11 => "c", _ => null };
            if (group is not null)
            {
                attributes.Add(new CandidateAttribute(id, "sex", group));
            }
        }

        attributes.Add(new CandidateAttribute("stranger", "sex", "a"));
        return (selected, attributes);
    }

    [Fact]
    public void Impact_ratios_compare_each_group_with_the_highest_rate_among_groups_large_enough()
    {
        var (selected, attributes) = Sample();

        var report = SelectionRateCalculator.Calculate(selected, attributes);

        Assert.Equal((13, 7, 1), (report.Candidates, report.Selected, report.IgnoredRows));
        var sex = Assert.Single(report.Attributes);
        var a = sex.Groups.Single(g => g.Value == "a");
        var b = sex.Groups.Single(g => g.Value == "b");
        var c = sex.Groups.Single(g => g.Value == "c");
        Assert.Equal((6, 4, 0.6667, 1.0, false), (a.Candidates, a.Selected, a.Rate, a.ImpactRatio!.Value, a.SmallGroup));
        Assert.Equal((5, 2, 0.4, 0.6, false), (b.Candidates, b.Selected, b.Rate, b.ImpactRatio!.Value, b.SmallGroup));

        // One candidate at 100 % is flagged small and does not become the reference everyone is measured against.
        Assert.Equal((1.0, 1.5, true), (c.Rate, c.ImpactRatio!.Value, c.SmallGroup));
        Assert.Equal("c", sex.Groups[0].Value);
        Assert.Equal((1, 0, (double?)null), (sex.Unknown!.Candidates, sex.Unknown.Selected, sex.Unknown.ImpactRatio));
    }

    [Fact]
    public void Without_any_selection_no_ratio_is_invented()
    {
        var selected = new Dictionary<string, bool> { ["x"] = false, ["y"] = false };

        var report = SelectionRateCalculator.Calculate(selected, [new("x", "age band", "<40"), new("y", "age band", "40+")]);

        Assert.All(report.Attributes[0].Groups, g => Assert.Null(g.ImpactRatio));
        Assert.All(report.Attributes[0].Groups, g => Assert.True(g.SmallGroup));
    }

    [Theory]
    [InlineData("candidateId,attribute,value\nc1,sex,female\nc2,sex,male\n", 2)]
    [InlineData("candidate_id;attribute;value\nc1;ethnicity;Asian\n", 1)]
    public void Csv_rows_are_read_with_their_header(string csv, int rows)
    {
        Assert.Equal(rows, CandidateAttributeCsv.Parse(csv).Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("id,group\nc1,a\n")]
    [InlineData("candidateId,attribute,value\nc1,,female\n")]
    public void Unusable_csv_is_refused_with_a_stable_code(string csv)
    {
        var ex = Assert.Throws<CandidateAttributeException>(() => CandidateAttributeCsv.Parse(csv));
        Assert.Equal("invalid_attributes", ex.Code);
    }
}
