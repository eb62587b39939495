using ResumeFlow.Core.Documents;
using ResumeFlow.Core.Profiles;

namespace ResumeFlow.Core.Tests.ProfileBuilding;

public sealed class ProfileBuilderTests
{
    private static readonly YearMonth AsOf = new(2025, 6);

    private const string Resume = """
        Jane Doe
        jane.doe@example.com | +49 170 1234567 | linkedin.com/in/janedoe

        Summary
        Backend developer who likes databases.

        Experience
        Senior Software Engineer | Contoso GmbH | Berlin, Germany
        Mar 2021 - Present
        Built k8s platforms and C# services on Azure.

        Software Engineer at Fabrikam Inc
        01/2018 - 06/2021
        Wrote JS front ends and Python tools.

        Education
        Master of Science in Computer Science, Technische Universität München, 2017

        Skills
        C Sharp, PostgreSQL, Docker

        Languages
        German (native), English - C1, Français: courant

        Certifications
        Microsoft Certified: Azure Developer Associate
        """;

    [Fact]
    public void Contacts_are_found()
    {
        var profile = ProfileBuilder.Build(Resume, AsOf);

        Assert.Equal("Jane Doe", profile.Name);
        Assert.Equal(["jane.doe@example.com"], profile.Contacts.Emails);
        Assert.Equal(["+49 170 1234567"], profile.Contacts.Phones);
        Assert.Equal(["linkedin.com/in/janedoe"], profile.Contacts.Links);
    }

    [Fact]
    public void Jobs_have_title_company_location_and_normalised_dates()
    {
        var profile = ProfileBuilder.Build(Resume, AsOf);

        Assert.Equal(2, profile.WorkHistory.Count);
        var current = profile.WorkHistory[0];
        Assert.Equal("Senior Software Engineer", current.Title);
        Assert.Equal("Contoso GmbH", current.Company);
        Assert.Equal("Berlin, Germany", current.Location);
        Assert.Equal("2021-03", current.Start);
        Assert.Null(current.End);
        Assert.True(current.IsCurrent);
        Assert.Equal(52, current.Months);

        var previous = profile.WorkHistory[1];
        Assert.Equal("Software Engineer", previous.Title);
        Assert.Equal("Fabrikam Inc", previous.Company);
        Assert.Equal("2018-01", previous.Start);
        Assert.Equal("2021-06", previous.End);
        Assert.Equal(42, previous.Months);
    }

    [Fact]
    public void Total_experience_counts_overlapping_jobs_once()
    {
        var profile = ProfileBuilder.Build(Resume, AsOf);

        // 2018-01 .. 2025-06 is 90 months; the jobs overlap from 2021-03 to 2021-06.
        Assert.Equal(90, profile.TotalMonthsExperience);
        Assert.Equal(7.5, profile.TotalYearsExperience);
    }

    [Fact]
    public void Skills_are_canonical_and_know_when_they_were_last_used()
    {
        var profile = ProfileBuilder.Build(Resume, AsOf);
        var skills = profile.Skills.ToDictionary(s => s.Name);

        Assert.Equal(2025, skills["Kubernetes"].LastUsedYear);
        Assert.Equal(2025, skills["C#"].LastUsedYear);
        Assert.Equal(2021, skills["JavaScript"].LastUsedYear);
        Assert.Equal(2021, skills["Python"].LastUsedYear);
        Assert.Null(skills["PostgreSQL"].LastUsedYear);
        Assert.Equal(2, skills["C#"].Mentions);
    }

    [Fact]
    public void Education_languages_and_certifications_are_found()
    {
        var profile = ProfileBuilder.Build(Resume, AsOf);

        var school = Assert.Single(profile.Education);
        Assert.Equal("Master", school.Level);
        Assert.Equal("Computer Science", school.Field);
        Assert.Equal("Technische Universität München", school.Institution);
        Assert.Equal("2017-01", school.End);
        Assert.Equal(["German", "English", "French"], profile.Languages.Select(l => l.Name));
        Assert.Equal(["native", "C1", "courant"], profile.Languages.Select(l => l.Level));
        Assert.Contains("Microsoft Certified: Azure Developer Associate", profile.Certifications);
        Assert.Equal("Backend developer who likes databases.", profile.Summary);
    }

    [Fact]
    public void A_generated_markdown_resume_gives_jobs_years_and_skills()
    {
        const string text = """
            ## Personal Information
            Name: Azaria Watson
            Email: azaria_watson@example.com

            ## Education
            Bachelor's degree in Computer Engineering

            ## Skills
            1. Networking
            2. VMware
            3. Windows

            ## Experience
            1. Junior Systems Admin/Engineer (2019 - 2023)
            2. SOC Security Analyst - SecureWorks Providence - RI - Atlanta - GA and Lisle - IL (2014 - 2019)
            3. Trade Floor Support Analyst III (2012 - 2013)
            """;

        var profile = ProfileBuilder.Build(text, AsOf);

        Assert.Equal("Azaria Watson", profile.Name);
        Assert.Equal(3, profile.WorkHistory.Count);
        Assert.Equal("Junior Systems Admin/Engineer", profile.WorkHistory[0].Title);
        Assert.Equal("SOC Security Analyst", profile.WorkHistory[1].Title);
        Assert.Equal("SecureWorks Providence", profile.WorkHistory[1].Company);
        Assert.Equal(10.0, profile.TotalYearsExperience);
        Assert.Equal("Bachelor", Assert.Single(profile.Education).Level);
        Assert.Contains(profile.Skills, s => s.Name == "VMware");
    }

    [Fact]
    public void A_german_resume_is_read()
    {
        const string text = """
            Max Mustermann
            max@example.de

            BERUFSERFAHRUNG
            Softwareentwickler, Beispiel AG, Hamburg
            März 2020 – heute

            Werkstudent, Muster GmbH
            10/2017 - 02/2020

            AUSBILDUNG
            Bachelor of Science Informatik, Universität Hamburg, 2019

            SPRACHEN
            Deutsch (Muttersprache), Englisch (fließend)
            """;

        var profile = ProfileBuilder.Build(text, AsOf);

        Assert.Equal(2, profile.WorkHistory.Count);
        Assert.Equal("Beispiel AG", profile.WorkHistory[0].Company);
        Assert.True(profile.WorkHistory[0].IsCurrent);
        Assert.Equal("Muster GmbH", profile.WorkHistory[1].Company);
        Assert.Equal(["German", "English"], profile.Languages.Select(l => l.Name));
        Assert.Equal(93, profile.TotalMonthsExperience);
    }

    [Fact]
    public void A_text_without_dates_has_no_jobs_and_no_experience()
    {
        var profile = ProfileBuilder.Build(ExtractedDocument.FromLines([new DocumentLine("Jane Doe"), new DocumentLine("Knows Excel.")], DocumentFileFormat.Text), [], AsOf);

        Assert.Empty(profile.WorkHistory);
        Assert.Equal(0, profile.TotalMonthsExperience);
        Assert.Contains(profile.Skills, s => s.Name == "Excel");
    }
}
