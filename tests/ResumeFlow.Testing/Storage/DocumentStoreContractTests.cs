using System.Text.Json;
using ResumeFlow.Storage.Documents;
using Xunit;

namespace ResumeFlow.Testing.Storage;

/// <summary>
/// What every <see cref="IDocumentStore"/> must do. One subclass per implementation supplies a
/// store that starts empty for each test.
/// </summary>
public abstract class DocumentStoreContractTests : StorageContractTests
{
    protected IDocumentStore Store => Services.Documents;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upsert_then_Read_round_trips_the_document_with_the_returned_etag()
    {
        var candidate = Candidate("c1");

        var etag = await Store.UpsertAsync(DocumentContainers.Candidates, "c1", "c1", candidate, cancellationToken: Ct);
        var stored = await Store.ReadAsync<ContractCandidate>(DocumentContainers.Candidates, "c1", "c1", Ct);

        Assert.NotNull(stored);
        Assert.Equivalent(candidate, stored.Document, strict: true);
        Assert.False(string.IsNullOrEmpty(etag));
        Assert.Equal(etag, stored.ETag);
    }

    [Fact]
    public async Task Read_of_a_missing_document_returns_null()
    {
        Assert.Null(await Store.ReadAsync<ContractCandidate>(DocumentContainers.Candidates, "nobody", "nobody", Ct));
    }

    [Fact]
    public async Task Upsert_with_the_current_etag_replaces_and_changes_the_etag()
    {
        var first = await Store.UpsertAsync(DocumentContainers.Candidates, "c1", "c1", Candidate("c1"), cancellationToken: Ct);

        var second = await Store.UpsertAsync(DocumentContainers.Candidates, "c1", "c1", Candidate("c1") with { Years = 9 }, first, Ct);

        Assert.NotEqual(first, second);
        var stored = await Store.ReadAsync<ContractCandidate>(DocumentContainers.Candidates, "c1", "c1", Ct);
        Assert.Equal(9, stored?.Document.Years);
        Assert.Equal(second, stored?.ETag);
    }

    [Fact]
    public async Task Upsert_with_a_stale_etag_throws_conflict_and_keeps_the_stored_document()
    {
        var stale = await Store.UpsertAsync(DocumentContainers.Candidates, "c1", "c1", Candidate("c1"), cancellationToken: Ct);
        var current = await Store.UpsertAsync(DocumentContainers.Candidates, "c1", "c1", Candidate("c1") with { Years = 7 }, cancellationToken: Ct);

        await Assert.ThrowsAsync<DocumentConflictException>(
            () => Store.UpsertAsync(DocumentContainers.Candidates, "c1", "c1", Candidate("c1") with { Years = 1 }, stale, Ct));

        var stored = await Store.ReadAsync<ContractCandidate>(DocumentContainers.Candidates, "c1", "c1", Ct);
        Assert.Equal(7, stored?.Document.Years);
        Assert.Equal(current, stored?.ETag);
    }

    [Fact]
    public async Task Upsert_with_an_etag_of_a_deleted_document_throws_conflict_and_creates_nothing()
    {
        var etag = await Store.UpsertAsync(DocumentContainers.Jobs, "j1", "j1", new { title = "Backend" }, cancellationToken: Ct);
        await Store.DeleteAsync(DocumentContainers.Jobs, "j1", "j1", Ct);

        await Assert.ThrowsAsync<DocumentConflictException>(
            () => Store.UpsertAsync(DocumentContainers.Jobs, "j1", "j1", new { title = "Frontend" }, etag, Ct));

        Assert.Null(await Store.ReadAsync<JsonElement>(DocumentContainers.Jobs, "j1", "j1", Ct));
    }

    [Fact]
    public async Task Only_one_of_concurrent_conditional_writes_with_the_same_etag_wins()
    {
        var etag = await Store.UpsertAsync(DocumentContainers.Candidates, "c1", "c1", Candidate("c1"), cancellationToken: Ct);

        var attempts = await Task.WhenAll(Enumerable.Range(1, 8).Select(async years =>
        {
            try
            {
                await Store.UpsertAsync(DocumentContainers.Candidates, "c1", "c1", Candidate("c1") with { Years = years }, etag, Ct);
                return years;
            }
            catch (DocumentConflictException)
            {
                return 0;
            }
        }));

        var winner = Assert.Single(attempts, years => years != 0);
        var stored = await Store.ReadAsync<ContractCandidate>(DocumentContainers.Candidates, "c1", "c1", Ct);
        Assert.Equal(winner, stored?.Document.Years);
    }

    [Fact]
    public async Task TryCreate_inserts_once_and_then_keeps_the_original()
    {
        Assert.True(await Store.TryCreateAsync(DocumentContainers.Candidates, "c1", "c1", Candidate("c1"), Ct));
        Assert.False(await Store.TryCreateAsync(DocumentContainers.Candidates, "c1", "c1", Candidate("c1") with { Name = "Impostor" }, Ct));

        var stored = await Store.ReadAsync<ContractCandidate>(DocumentContainers.Candidates, "c1", "c1", Ct);
        Assert.Equal("Ada Lovelace", stored?.Document.Name);
    }

    [Fact]
    public async Task Delete_removes_the_document_and_reports_whether_there_was_one()
    {
        await Store.UpsertAsync(DocumentContainers.Candidates, "c1", "c1", Candidate("c1"), cancellationToken: Ct);

        Assert.True(await Store.DeleteAsync(DocumentContainers.Candidates, "c1", "c1", Ct));
        Assert.False(await Store.DeleteAsync(DocumentContainers.Candidates, "c1", "c1", Ct));
        Assert.Null(await Store.ReadAsync<ContractCandidate>(DocumentContainers.Candidates, "c1", "c1", Ct));
    }

    [Fact]
    public async Task The_same_id_in_two_partitions_is_two_documents()
    {
        await Store.UpsertAsync(DocumentContainers.Screenings, "s1", "cand", new ContractResult("s1", "cand", 0.25), cancellationToken: Ct);
        await Store.UpsertAsync(DocumentContainers.Screenings, "s2", "cand", new ContractResult("s2", "cand", 0.75), cancellationToken: Ct);

        Assert.Equal(0.25, (await Store.ReadAsync<ContractResult>(DocumentContainers.Screenings, "s1", "cand", Ct))?.Document.Score);
        Assert.Equal(0.75, (await Store.ReadAsync<ContractResult>(DocumentContainers.Screenings, "s2", "cand", Ct))?.Document.Score);
    }

    [Fact]
    public async Task ReadPartition_returns_exactly_the_documents_of_that_partition()
    {
        for (var i = 0; i < 5; i++)
        {
            await Store.UpsertAsync(DocumentContainers.Screenings, "s1", $"r{i}", new ContractResult("s1", $"r{i}", i), cancellationToken: Ct);
        }

        await Store.UpsertAsync(DocumentContainers.Screenings, "s2", "r9", new ContractResult("s2", "r9", 9), cancellationToken: Ct);

        var partition = await ToListAsync(Store.ReadPartitionAsync<ContractResult>(DocumentContainers.Screenings, "s1", Ct));

        Assert.Equal(["r0", "r1", "r2", "r3", "r4"], partition.Select(result => result.CandidateId).Order(StringComparer.Ordinal));
        Assert.All(partition, result => Assert.Equal("s1", result.ScreeningId));
        Assert.Empty(await ToListAsync(Store.ReadPartitionAsync<ContractResult>(DocumentContainers.Screenings, "s-none", Ct)));
    }

    [Fact]
    public async Task ReadAll_returns_every_document_of_the_container_and_no_other()
    {
        foreach (var id in new[] { "c1", "c2", "c3" })
        {
            await Store.UpsertAsync(DocumentContainers.Candidates, id, id, Candidate(id), cancellationToken: Ct);
        }

        await Store.UpsertAsync(DocumentContainers.Jobs, "j1", "j1", new { title = "Backend" }, cancellationToken: Ct);

        var all = await ToListAsync(Store.ReadAllAsync<ContractCandidate>(DocumentContainers.Candidates, Ct));

        Assert.Equal(["c1", "c2", "c3"], all.Select(candidate => candidate.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Stored_json_carries_id_and_partition_key_properties_and_enums_as_strings()
    {
        await Store.UpsertAsync(DocumentContainers.Screenings, "s1", "result-c1", new ContractResult("s1", "c1", 0.5), cancellationToken: Ct);
        await Store.UpsertAsync(DocumentContainers.Candidates, "c1", "c1", Candidate("c1"), cancellationToken: Ct);

        var result = await Store.ReadAsync<JsonElement>(DocumentContainers.Screenings, "s1", "result-c1", Ct);
        var candidate = await Store.ReadAsync<JsonElement>(DocumentContainers.Candidates, "c1", "c1", Ct);

        Assert.NotNull(result);
        Assert.Equal("result-c1", result.Document.GetProperty("id").GetString());
        Assert.Equal("s1", result.Document.GetProperty("screeningId").GetString());
        Assert.Equal(0.5, result.Document.GetProperty("score").GetDouble());
        Assert.NotNull(candidate);
        Assert.Equal("Senior", candidate.Document.GetProperty("level").GetString());
    }

    [Fact]
    public async Task A_document_whose_own_id_differs_from_the_given_id_is_rejected()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Store.UpsertAsync(DocumentContainers.Candidates, "c2", "c2", Candidate("c1"), cancellationToken: Ct));

        Assert.Contains("document_key_mismatch", error.Message, StringComparison.Ordinal);
        Assert.Null(await Store.ReadAsync<ContractCandidate>(DocumentContainers.Candidates, "c2", "c2", Ct));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a?b")]
    [InlineData("a#b")]
    [InlineData("")]
    public async Task Ids_cosmos_cannot_store_are_rejected(string id)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Store.UpsertAsync(DocumentContainers.Jobs, "j1", id, new { title = "x" }, cancellationToken: Ct));

        Assert.Contains("document_id_invalid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_container_is_rejected()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Store.UpsertAsync("unknown", "x", "x", new { title = "x" }, cancellationToken: Ct));

        Assert.Contains("document_container_unknown", error.Message, StringComparison.Ordinal);
    }

    private static ContractCandidate Candidate(string id) => new(id, "Ada Lovelace", 12, ["C#", "SQL"], ContractLevel.Senior);

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source.WithCancellation(Ct))
        {
            list.Add(item);
        }

        return list;
    }
}
