namespace ResumeFlow.Core.Fairness;

/// <summary>Computes a <see cref="SelectionRateReport"/> from who passed and the attributes the user supplied.</summary>
public static class SelectionRateCalculator
{
    /// <summary>Groups under this many candidates are flagged as small.</summary>
    public const int DefaultMinGroupSize = 5;

    public const string UnknownValue = "(unknown)";

    public static SelectionRateReport Calculate(IReadOnlyDictionary<string, bool> selected, IEnumerable<CandidateAttribute> attributes, int minGroupSize = DefaultMinGroupSize)
    {
        ArgumentNullException.ThrowIfNull(selected);
        ArgumentNullException.ThrowIfNull(attributes);
        var rows = attributes.ToList();
        var known = rows.Where(r => selected.ContainsKey(r.CandidateId)).ToList();
        var report = known
            .GroupBy(r => r.Attribute, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => ForAttribute(g.Key, g.ToList(), selected, minGroupSize))
            .ToList();
        return new SelectionRateReport(selected.Count, selected.Count(s => s.Value), minGroupSize, rows.Count - known.Count, report);
    }

    private static AttributeSelectionRates ForAttribute(string attribute, List<CandidateAttribute> rows, IReadOnlyDictionary<string, bool> selected, int minGroupSize)
    {
        // One value per candidate and attribute: the last supplied wins.
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            values[row.CandidateId] = row.Value;
        }

        var groups = values
            .GroupBy(v => v.Value, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Value: g.Key, Candidates: g.Count(), Selected: g.Count(v => selected[v.Key])))
            .ToList();
        var large = groups.Where(g => g.Candidates >= minGroupSize).ToList();
        var highest = (large.Count > 0 ? large : groups).Max(g => Raw(g.Selected, g.Candidates));
        var result = groups
            .Select(g => new GroupSelectionRate(
                g.Value,
                g.Candidates,
                g.Selected,
                Rate(g.Selected, g.Candidates),
                highest > 0 ? Math.Round(Raw(g.Selected, g.Candidates) / highest, 4) : null,
                g.Candidates < minGroupSize))
            .OrderByDescending(g => g.Rate).ThenBy(g => g.Value, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var missing = selected.Keys.Where(id => !values.ContainsKey(id)).ToList();
        var unknown = missing.Count == 0
            ? null
            : new GroupSelectionRate(UnknownValue, missing.Count, missing.Count(id => selected[id]), Rate(missing.Count(id => selected[id]), missing.Count), null, missing.Count < minGroupSize);
        return new AttributeSelectionRates(attribute, result, unknown);
    }

    private static double Raw(int selected, int candidates) => candidates == 0 ? 0 : (double)selected / candidates;

    private static double Rate(int selected, int candidates) => Math.Round(Raw(selected, candidates), 4);
}
