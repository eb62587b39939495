namespace ResumeFlow.Core.Sections;

/// <summary>
/// One section of a resume: its kind, the heading as written (empty for Header/Body), its text
/// without the heading, and the range of <c>ExtractedDocument.Lines</c> it covers (heading line
/// included, end exclusive).
/// </summary>
public sealed record ResumeSection(SectionKind Kind, string Heading, string Text, int StartLine, int EndLine);
