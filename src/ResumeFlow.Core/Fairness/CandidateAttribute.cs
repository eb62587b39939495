namespace ResumeFlow.Core.Fairness;

/// <summary>One attribute value the user supplied for a candidate (e.g. <c>sex = female</c>); nothing is inferred.</summary>
public sealed record CandidateAttribute(string CandidateId, string Attribute, string Value);
