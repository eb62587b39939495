using System.Text.RegularExpressions;
using ResumeFlow.Core.Calls.Transcripts;

namespace ResumeFlow.Core.Calls.Insights;

/// <summary>
/// Blind analysis of a call: speakers become their roles ("Interviewer", "Candidate", "Speaker 3") and the
/// participants' names (labels, header names and their parts) become <c>[NAME]</c> in what was said. The CV
/// redactor finds a name in a CV's header line; a transcript names its people in the speaker labels instead.
/// </summary>
public static class TranscriptPseudonymizer
{
    public const string NameToken = "[NAME]";

    public static CallTranscript Pseudonymize(CallTranscript call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var speaker in call.Turns.Select(t => t.Speaker).Distinct(StringComparer.Ordinal))
        {
            labels[speaker] = speaker == call.Interviewer ? "Interviewer" : speaker == call.Candidate ? "Candidate" : $"Speaker {labels.Count + 1}";
        }

        var names = labels.Keys
            .Concat(new[] { "interviewer", "candidate", "recruiter" }.Select(k => call.Metadata.GetValueOrDefault(k)).OfType<string>())
            .Select(n => n.Split('(')[0].Trim())
            .SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(n))
            .Where(n => n.Length >= 3 && !labels.ContainsValue(n) && !n.Equals("Unknown", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length)
            .ToList();
        string Hide(string text) => names.Aggregate(text, (current, name) =>
            Regex.Replace(current, @"(?<![\p{L}\p{N}])" + Regex.Escape(name) + @"(?![\p{L}\p{N}])", NameToken, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)));

        return call with
        {
            Turns = call.Turns.Select(t => t with { Speaker = labels[t.Speaker], Text = Hide(t.Text) }).ToList(),
            Interviewer = call.Interviewer is null ? null : labels.GetValueOrDefault(call.Interviewer),
            Candidate = call.Candidate is null ? null : labels.GetValueOrDefault(call.Candidate),
            InterviewerName = "Interviewer",
            Metadata = call.Metadata.Where(m => m.Key is not ("interviewer" or "candidate" or "recruiter")).ToDictionary(m => m.Key, m => m.Value),
        };
    }
}
