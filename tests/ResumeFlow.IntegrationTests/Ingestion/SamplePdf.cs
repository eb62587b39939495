using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ResumeFlow.IntegrationTests.Ingestion;

/// <summary>A small, distinct CV as PDF.</summary>
internal static class SamplePdf
{
    public static byte[] Create(string name)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 800.0;
        foreach (var line in new[] { name, "#Experience", "Data Engineer, Contoso Ltd", "Jan 2020 - Present", "Python, Kubernetes and PostgreSQL pipelines.", "#Education", "MSc Statistics, 2019", "#Skills", "Python, SQL, Spark" })
        {
            var heading = line.StartsWith('#');
            page.AddText(line.TrimStart('#'), heading ? 14 : 11, new PdfPoint(50, y), heading ? bold : regular);
            y -= heading ? 24 : 16;
        }

        return builder.Build();
    }
}
