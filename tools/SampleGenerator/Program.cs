using SampleGenerator;

// Regenerates the DOCX and PDF sample CVs from the Markdown sources next to this project:
//   dotnet run --project tools/SampleGenerator -- samples/cvs
var output = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine("samples", "cvs"));
var sources = Path.Combine(AppContext.BaseDirectory, "Sources");
Directory.CreateDirectory(output);

var written = 0;
foreach (var file in Directory.EnumerateFiles(sources, "*.md").Order(StringComparer.Ordinal))
{
    var source = CvSource.Parse(file);
    var path = Path.Combine(output, source.OutputName);
    switch (Path.GetExtension(source.OutputName).ToUpperInvariant())
    {
        case ".DOCX":
            DocxCvWriter.Write(source, path);
            break;
        case ".PDF":
            PdfCvWriter.Write(source, path);
            break;
        default:
            Console.Error.WriteLine($"sample_source_unsupported: {Path.GetFileName(file)} must be named <name>.docx.md or <name>.pdf.md");
            return 1;
    }

    Console.WriteLine($"wrote {Path.GetRelativePath(Environment.CurrentDirectory, path)}");
    written++;
}

Console.WriteLine($"{written} sample CVs generated from {sources}");
return 0;
