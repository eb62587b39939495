namespace ResumeFlow.Core.Jobs;

/// <summary>What a part of a job description is about, from its heading.</summary>
internal enum JobSection
{
    Preamble,
    Title,
    Summary,
    Required,
    Preferred,
    Experience,
    Responsibilities,
    Education,
    Location,
    Benefits,
    Company,
    Other,
}
