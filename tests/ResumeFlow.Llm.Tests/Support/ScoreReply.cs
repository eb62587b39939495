namespace ResumeFlow.Llm.Tests.Support;

public sealed record ScoreReply(int Score, string Verdict, IReadOnlyList<EvidenceItem> Evidence, string Summary);

public sealed record EvidenceItem(string Skill, string Quote);
