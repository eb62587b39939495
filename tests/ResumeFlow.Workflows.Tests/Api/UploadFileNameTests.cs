using ResumeFlow.Workflows.Api;

namespace ResumeFlow.Workflows.Tests.Api;

/// <summary>The one upload file-name reader the local host and the Functions app share.</summary>
public sealed class UploadFileNameTests
{
    [Fact]
    public void The_query_wins_over_the_header_and_content_disposition()
        => Assert.Equal("query.pdf", UploadFileName.Read("query.pdf", "header.pdf", "attachment; filename=\"cd.pdf\""));

    [Fact]
    public void The_header_is_url_unescaped_so_unicode_names_survive()
        => Assert.Equal("Zoë Müller CV.docx", UploadFileName.Read(null, "Zo%C3%AB%20M%C3%BCller%20CV.docx", "attachment; filename=\"cd.pdf\""));

    [Fact]
    public void Content_disposition_prefers_the_encoded_filename_star()
        => Assert.Equal("Zoë.pdf", UploadFileName.Read("", "", "attachment; filename=\"Zoe.pdf\"; filename*=UTF-8''Zo%C3%AB.pdf"));

    [Fact]
    public void Content_disposition_filename_loses_its_quotes()
        => Assert.Equal("cv one.txt", UploadFileName.Read(null, null, "attachment; filename=\"cv one.txt\""));

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("", "", "")]
    [InlineData(null, null, "attachment")]
    [InlineData(null, null, "not a header; ===")]
    public void No_name_anywhere_is_null(string? query, string? header, string? contentDisposition)
        => Assert.Null(UploadFileName.Read(query, header, contentDisposition));
}
