using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ResumeFlow.Core.Fairness;

/// <summary>Reads <c>candidateId,attribute,value</c> rows (header required; <c>candidate_id</c> also accepted).</summary>
public static class CandidateAttributeCsv
{
    public const int MaxRows = 1_000_000;

    public static IReadOnlyList<CandidateAttribute> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, DetectDelimiter = true };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, config);
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
            {
                throw new CandidateAttributeException("The attributes CSV has no header row (candidateId,attribute,value).");
            }

            var id = Column(header, "candidateid", "candidate_id", "candidate");
            var attribute = Column(header, "attribute", "category");
            var value = Column(header, "value", "group");
            if (id < 0 || attribute < 0 || value < 0)
            {
                throw new CandidateAttributeException($"The attributes CSV needs columns candidateId, attribute and value; it has: {string.Join(", ", header)}.");
            }

            var rows = new List<CandidateAttribute>();
            while (csv.Read())
            {
                if (rows.Count == MaxRows)
                {
                    throw new CandidateAttributeException($"More than {MaxRows:N0} attribute rows.");
                }

                rows.Add(Validated(new CandidateAttribute(csv.GetField(id) ?? string.Empty, csv.GetField(attribute) ?? string.Empty, csv.GetField(value) ?? string.Empty), csv.Parser.Row));
            }

            return rows;
        }
        catch (CsvHelperException ex)
        {
            throw new CandidateAttributeException("The attributes CSV is malformed: " + ex.Message, ex);
        }
    }

    /// <summary>Refuses a row with an empty id, attribute or value (row numbers are 1-based, the header is row 1).</summary>
    public static CandidateAttribute Validated(CandidateAttribute row, int rowNumber)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (string.IsNullOrWhiteSpace(row.CandidateId) || string.IsNullOrWhiteSpace(row.Attribute) || string.IsNullOrWhiteSpace(row.Value))
        {
            throw new CandidateAttributeException($"Row {rowNumber.ToString(CultureInfo.InvariantCulture)}: candidateId, attribute and value are all required.");
        }

        return new CandidateAttribute(row.CandidateId.Trim(), row.Attribute.Trim(), row.Value.Trim());
    }

    private static int Column(string[] header, params string[] names)
        => Array.FindIndex(header, h => names.Contains(h.Trim().ToLowerInvariant(), StringComparer.Ordinal));
}
