namespace ResumeFlow.Testing.Candidates;

/// <summary>One CV, written for these tests, in variants that differ only in who the candidate is.</summary>
public static class BlindCvVariants
{
    public static IReadOnlyList<(string Text, string[] Identity)> All { get; } =
    [
        Variant("Mr.", "John Smith", "john.smith@example.com", "+44 20 7946 0958", "johnsmith", "12 Baker Street, London", "1985-03-12", "British", "john-portrait.jpg", "39", "He", "male"),
        Variant("Ms.", "Aisha Okafor", "aisha.okafor@mail.ng", "+234 803 555 0199", "aisha-okafor", "7 Marina Road, Lagos", "1996-07-02", "Nigerian", "aisha.png", "28", "She", "female"),
        Variant("Mx", "Kenji Watanabe", "k.watanabe@example.jp", "+81 35 555 0123", "kwatanabe", "3 Sakura Avenue, Tokyo", "1971-11-30", "Japanese", "photo-kenji.jpeg", "53", "He", "male"),
        Variant("Mrs", "Elena Petrova", "elena@petrova.dev", "+359 88 555 0147", "epetrova", "21 Vitosha Boulevard, Sofia", "1990-01-15", "Bulgarian", "elena.webp", "34", "She", "female"),
    ];

    private static (string, string[]) Variant(string title, string name, string email, string phone, string handle, string address, string dob, string nationality, string photo, string age, string pronoun, string gender) => ($"""
        {title} {name}
        {email} | {phone} | https://www.linkedin.com/in/{handle}
        Address: {address}
        Date of birth: {dob}
        Nationality: {nationality}
        Photo: {photo}

        Senior Backend Engineer, {age} years old, {gender}.

        Experience
        Backend Engineer, Contoso (2015 - 2025)
        - Built C# .NET services on Kubernetes and Docker; {pronoun} led the platform team
        - Designed PostgreSQL schemas and SQL queries
        - Ran Redis caches on Azure
        - {nationality} citizen, works remotely

        Education
        BSc Computer Science
        """,
        [name, .. name.Split(' '), email, phone, handle, address, dob, nationality, photo, age + " years", $" {pronoun} ", $" {gender}", title + " "]);
}
