using System.Globalization;

namespace CallSampleGenerator;

/// <summary>Builds the calls deterministically from a seeded random source: the same seed gives the same files.</summary>
internal static class CallBuilder
{
    private static readonly string[] Candidates =
    [
        "Amara Okafor", "Lukas Novak", "Mei Tanaka", "Diego Alvarez", "Hannah Schmidt", "Ravi Patel", "Elena Petrova", "Tom Becker",
        "Fatima Haddad", "Jakob Lind", "Chloe Martin", "Kenji Sato", "Sara Rossi", "Omar Farouk", "Lena Vogel", "Pedro Costa",
    ];

    private static readonly (string Name, string Title)[] Interviewers =
    [
        ("Jonas Becker", "Talent Acquisition"), ("Laura Gómez", "Recruiter"), ("Nina Walsh", "Hiring Manager"),
    ];

    private static readonly (string Role, string JobId, string Stack)[] Roles =
    [
        ("Senior Backend Engineer", "job-backend-senior", "C# and .NET on Azure"),
        ("Frontend Engineer", "job-frontend", "React and TypeScript"),
        ("Data Engineer", "job-data", "Python, Spark and Airflow"),
    ];

    private static readonly string[] Companies = ["Contoso", "Fabrikam", "Northwind", "Tailspin", "Adatum", "Litware"];

    public static List<SampleCall> Build(int count, int seed)
    {
        var random = new Random(seed);
        var calls = new List<SampleCall>(count);
        for (var n = 0; n < count; n++)
        {
            var candidate = Candidates[n % Candidates.Length];
            var (interviewer, title) = Interviewers[random.Next(Interviewers.Length)];
            var (role, jobId, stack) = Roles[random.Next(Roles.Length)];
            var values = new Dictionary<string, string>
            {
                ["{c}"] = First(candidate),
                ["{i}"] = First(interviewer),
                ["{role}"] = role,
                ["{company}"] = Companies[random.Next(Companies.Length)],
                ["{stack}"] = stack,
                ["{salary}"] = (60 + (random.Next(8) * 5)).ToString(CultureInfo.InvariantCulture),
            };
            var script = string.Join('\n',
                Scenarios.Openings[random.Next(Scenarios.Openings.Length)],
                Scenarios.Backgrounds[random.Next(Scenarios.Backgrounds.Length)],
                Scenarios.Endings[n % Scenarios.Endings.Length].Lines,
                Scenarios.Logistics[random.Next(Scenarios.Logistics.Length)],
                Scenarios.Close);
            foreach (var (key, value) in values)
            {
                script = script.Replace(key, value, StringComparison.Ordinal);
            }

            var slug = candidate.ToLowerInvariant().Replace(' ', '-');
            var id = $"gen-{n + 1:D2}-{slug}";
            calls.Add(new SampleCall(id, candidate, interviewer, title, role, "cand-" + slug, jobId,
                new DateOnly(2026, 11, 2).AddDays(n % 20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Time(script, First(interviewer), First(candidate), random)));
        }

        return calls;
    }

    // Speaking time from the words (2.5 words a second), a short pause between speakers, and now and then a
    // reply that starts before the other speaker has finished (an overlap the metrics must find).
    private static List<SampleUtterance> Time(string script, string interviewer, string candidate, Random random)
    {
        var utterances = new List<SampleUtterance>();
        var clock = 0.0;
        foreach (var line in script.Split('\n'))
        {
            var speaker = line.StartsWith("I:", StringComparison.Ordinal) ? interviewer : candidate;
            var text = line[2..].Trim();
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            var start = utterances.Count == 0 ? 0 : clock + (random.Next(10) == 0 ? -0.8 : 0.4 + (random.Next(8) / 10.0));
            var end = start + Math.Round(words / 2.5, 1);
            utterances.Add(new SampleUtterance(speaker, text, TimeSpan.FromSeconds(Math.Round(start, 1)), TimeSpan.FromSeconds(Math.Round(end, 1))));
            clock = end;
        }

        return utterances;
    }

    private static string First(string name) => name.Split(' ')[0];
}
