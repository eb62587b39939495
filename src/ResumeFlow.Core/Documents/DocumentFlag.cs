namespace ResumeFlow.Core.Documents;

/// <summary>Something about a document a reviewer should know (hidden text, needs OCR), with what was found.</summary>
/// <param name="Code">A stable snake_case code from <see cref="DocumentFlags"/>.</param>
/// <param name="Detail">What was found, for people.</param>
public sealed record DocumentFlag(string Code, string Detail);
