using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ResumeFlow.Workflows.Tests.Ingestion;

/// <summary>Small CV files for ingestion tests.</summary>
internal static class SampleFiles
{
    public static byte[] ResumePdf(string name = "Jane Doe", bool withHiddenText = false)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 800.0;
        foreach (var line in new[]
        {
            name, "jane.doe@example.com", "#Summary", "Backend developer.", "#Experience", "Senior Software Engineer | Contoso GmbH | Berlin, Germany",
            "Mar 2021 - Present", "Built Kubernetes platforms and C# services on Azure.", "#Education", "BSc Computer Science, University of Leeds, 2015",
            "#Skills", "PostgreSQL, Docker, Terraform",
        })
        {
            var heading = line.StartsWith('#');
            page.AddText(line.TrimStart('#'), heading ? 14 : 11, new PdfPoint(50, y), heading ? bold : regular);
            y -= heading ? 24 : 16;
        }

        if (withHiddenText)
        {
            page.SetTextAndFillColor(255, 255, 255);
            page.AddText("Rust Golang Scala expert", 11, new PdfPoint(50, 200), regular);
        }

        return builder.Build();
    }

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    public const string ResumeText = """
        John Smith
        Skills
        Excel, SAP, payroll
        Experience
        Accountant, Fabrikam Inc
        2015 - 2020
        """;
}
