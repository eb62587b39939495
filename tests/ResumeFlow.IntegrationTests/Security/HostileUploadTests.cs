using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Core.Documents;
using ResumeFlow.Core.Tests.Documents;
using ResumeFlow.Host.Ingestion;
using ResumeFlow.IntegrationTests.Ingestion;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace ResumeFlow.IntegrationTests.Security;

/// <summary>Broken and malicious uploads: each gets a stable code, nothing oversized is kept, and the host goes on.</summary>
public sealed class HostileUploadTests : IAsyncLifetime
{
    private const int MaxFileBytes = 200_000;

    private IngestionHostFactory _factory = null!;
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _factory = new IngestionHostFactory(new Dictionary<string, string?> { ["Ingestion:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        _client = _factory.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_413_and_nothing_of_it_is_kept()
    {
        using var raw = await _client.PostAsync("/api/cvs?fileName=big.pdf", new StreamContent(new MemoryStream(new byte[5 * MaxFileBytes])), Ct);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[MaxFileBytes + 1]), "file", "big.pdf" } };
        using var multipart = await _client.PostAsync("/api/cvs", form, Ct);

        foreach (var response in new[] { raw, multipart })
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal(DocumentErrorCodes.FileTooLarge, await ErrorBody.CodeAsync(response, Ct));
        }

        Assert.Empty(StoredFiles("cvs"));
        Assert.Empty(StoredFiles("cv-uploads"));
    }

    [Fact]
    public async Task A_failed_upload_is_ingested_when_the_same_bytes_come_again_under_the_right_name()
    {
        var pdf = SamplePdf.Create("Grace Hopper");
        var wrong = await UploadAsync(pdf, "grace.txt");
        var failed = await IngestionHostFactory.WaitForStatusAsync(_client, wrong.InstanceId, Ct);
        Assert.Equal("Failed", failed.GetProperty("runtimeStatus").GetString());
        Assert.Equal(DocumentErrorCodes.TypeMismatch, (await CandidateAsync(wrong.CandidateId)).GetProperty("error").GetProperty("code").GetString());

        var right = await UploadAsync(pdf, "grace.pdf");

        Assert.Equal(wrong.CandidateId, right.CandidateId);
        var done = await IngestionHostFactory.WaitForStatusAsync(_client, right.InstanceId, Ct);
        Assert.Equal("Completed", done.GetProperty("runtimeStatus").GetString());
        Assert.Equal("Ingested", (await CandidateAsync(right.CandidateId)).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("truncated", "--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.txt\"\r\n\r\nJane Doe, C# develo")]
    [InlineData("boundary mismatch", "--other\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.txt\"\r\n\r\nJane Doe\r\n--other--\r\n")]
    [InlineData("no file part", "--b1\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--b1--\r\n")]
    public async Task A_malformed_multipart_body_is_400_with_a_code_and_keeps_nothing(string why, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b1");

        using var response = await _client.PostAsync("/api/cvs", content, Ct);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{why}: {(int)response.StatusCode}");
        Assert.Contains(await ErrorBody.CodeAsync(response, Ct), new[] { IngestionEndpoints.InvalidFormCode, "one_file_expected" });
        Assert.Empty(StoredFiles("cvs"));
        Assert.Empty(StoredFiles("cv-uploads"));
    }

    [Fact]
    public async Task A_multipart_body_without_a_boundary_is_400_with_a_code()
    {
        using var content = new StringContent("whatever", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        using var response = await _client.PostAsync("/api/cvs", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(IngestionEndpoints.InvalidFormCode, await ErrorBody.CodeAsync(response, Ct));
    }

    [Fact]
    public async Task Path_traversal_in_every_place_a_file_name_arrives_stays_inside_the_upload_folder()
    {
        var bytes = Encoding.UTF8.GetBytes("Jane Traversal\nC# developer since 2015");
        var id = CandidateId.FromContent(bytes);

        async Task<HttpResponseMessage> Send(Action<HttpRequestMessage> name, string url = "/api/cvs")
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
            name(request);
            return await _client.SendAsync(request, Ct);
        }

        var answers = new List<HttpResponseMessage>
        {
            await Send(_ => { }, "/api/cvs?fileName=..%2F..%2F..%2Fevil.txt"),
            await Send(r => r.Headers.Add("X-File-Name", Uri.EscapeDataString("../../../evil.txt"))),
            await Send(r => r.Content!.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "\"..\\..\\..\\evil.txt\"" }),
        };
        using (var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "/etc/../../evil.txt" } })
        {
            answers.Add(await _client.PostAsync("/api/cvs", form, Ct));
        }

        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
            Assert.Equal(id, Assert.Single(answer.Headers.GetValues(IngestionEndpoints.CandidateIdHeader)));
            answer.Dispose();
        }

        var root = Path.GetDirectoryName(_factory.Folder)!;
        var evil = Directory.EnumerateFiles(root, "evil.txt", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(evil);
        Assert.Contains(Path.Combine(_factory.Folder, "artifacts", "cvs", id, "evil.txt"), evil);

        // Besides the upload, only its blob-trigger receipt carries the name, under the same "{id}/" prefix.
        Assert.All(evil, path => Assert.True(path.StartsWith(Path.Combine(_factory.Folder, "artifacts") + "/", StringComparison.Ordinal) && path.EndsWith($"/cvs/{id}/evil.txt", StringComparison.Ordinal), path));

        using var bare = await Send(_ => { }, "/api/cvs?fileName=..%2F");
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal("invalid_file_name", await ErrorBody.CodeAsync(bare, Ct));
    }

    [Fact]
    public async Task Twenty_identical_uploads_in_parallel_start_one_ingestion()
    {
        var pdf = SamplePdf.Create("Twenty Times");

        var uploads = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => UploadAsync(pdf, "twenty.pdf")));

        Assert.Single(uploads.Select(u => u.InstanceId).Distinct());
        var status = await IngestionHostFactory.WaitForStatusAsync(_client, uploads[0].InstanceId, Ct);
        Assert.Equal("Completed", status.GetProperty("runtimeStatus").GetString());
        Assert.Equal("Ingested", (await CandidateAsync(uploads[0].CandidateId)).GetProperty("status").GetString());
        Assert.Single(StoredFiles("cvs"), f => f.EndsWith("twenty.pdf", StringComparison.Ordinal));
        Assert.Empty(StoredFiles("cv-uploads"));
    }

    [Fact]
    public async Task Encrypted_image_only_zip_bomb_and_xxe_files_fail_with_their_codes_and_hidden_text_is_flagged()
    {
        var secret = Path.Combine(_factory.Folder, "secret.txt");
        await File.WriteAllTextAsync(secret, "SECRET-7f3a9 must never be read", Ct);
        var scan = new PdfDocumentBuilder();
        scan.AddPage(PageSize.A4).AddPng(TestFiles.Png(64, 64), new PdfRectangle(50, 400, 550, 800));
        var files = new (string Name, byte[] Bytes, string? Code)[]
        {
            ("locked.pdf", TestFiles.EncryptedPdf(), DocumentErrorCodes.EncryptedPdf),
            ("scan.pdf", scan.Build(), DocumentErrorCodes.NeedsOcr),
            ("bomb.docx", TestFiles.ZipBomb(150 * 1024 * 1024), null),
            ("xxe.docx", XxeDocx(secret), null),
            ("hidden.docx", TestFiles.Docx(["Hidden Harry", "# Experience", "Developer at Contoso 2018 - 2024"], vanishText: "kubernetes kubernetes kubernetes"), "ingested"),
        };

        foreach (var (name, bytes, code) in files)
        {
            var upload = await UploadAsync(bytes, name);
            var status = await IngestionHostFactory.WaitForStatusAsync(_client, upload.InstanceId, Ct);
            var candidate = await CandidateAsync(upload.CandidateId);
            Assert.DoesNotContain("SECRET-7f3a9", status.GetRawText(), StringComparison.Ordinal);
            if (code == "ingested")
            {
                Assert.Equal("Ingested", candidate.GetProperty("status").GetString());
                Assert.Contains(DocumentFlags.HiddenText, candidate.GetRawText(), StringComparison.Ordinal);
                continue;
            }

            Assert.True(candidate.GetProperty("status").GetString() == "Failed", $"{name}: {candidate.GetRawText()}");
            var actual = candidate.GetProperty("error").GetProperty("code").GetString();
            Assert.False(string.IsNullOrEmpty(actual), name);
            if (code is not null)
            {
                Assert.Equal(code, actual);
            }
        }

        using var health = await _client.GetAsync("/healthz", Ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private async Task<(string CandidateId, string InstanceId)> UploadAsync(byte[] bytes, string fileName)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", fileName } };
        using var response = await _client.PostAsync("/api/cvs", form, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{fileName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        var payload = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return (Assert.Single(response.Headers.GetValues(IngestionEndpoints.CandidateIdHeader)), payload.GetProperty("id").GetString()!);
    }

    private async Task<JsonElement> CandidateAsync(string candidateId)
        => await _client.GetFromJsonAsync<JsonElement>($"/api/cvs/{candidateId}", Ct);

    private IEnumerable<string> StoredFiles(string container)
    {
        var folder = Path.Combine(_factory.Folder, "artifacts", container);
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".meta", StringComparison.Ordinal)) : [];
    }

    /// <summary>A DOCX whose document declares an external entity pointing at a local file.</summary>
    private static byte[] XxeDocx(string secretPath)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(xml);
            }

            Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Add("word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secretPath}">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Eve &xxe;</w:t></w:r></w:p></w:body></w:document>""");
        }

        return stream.ToArray();
    }
}
