namespace SampleGenerator;

/// <summary>One block of a CV source: what the writers lay out.</summary>
internal abstract record CvBlock
{
    /// <summary><c># Name</c>: the candidate's name at the top.</summary>
    public sealed record Title(string Text) : CvBlock;

    /// <summary><c>## Experience</c>: a section heading.</summary>
    public sealed record Heading(string Text) : CvBlock;

    /// <summary><c>### Role — Company</c>: an entry inside a section.</summary>
    public sealed record Subheading(string Text) : CvBlock;

    public sealed record Paragraph(string Text) : CvBlock;

    /// <summary><c>- item</c>.</summary>
    public sealed record Bullet(string Text) : CvBlock;

    /// <summary>Consecutive <c>| a | b |</c> lines; the first row is the header.</summary>
    public sealed record Table(IReadOnlyList<IReadOnlyList<string>> Rows) : CvBlock;
}
