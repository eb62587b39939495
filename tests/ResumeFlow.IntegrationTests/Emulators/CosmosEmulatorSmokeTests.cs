using System.Net;
using Microsoft.Azure.Cosmos;
using ResumeFlow.Testing.Emulators;

namespace ResumeFlow.IntegrationTests.Emulators;

/// <summary>cosmosdb-server answers the real Microsoft.Azure.Cosmos SDK (Gateway mode, pinned endpoint) for what we use.</summary>
public sealed class CosmosEmulatorSmokeTests(CosmosEmulatorFixture cosmos) : IClassFixture<CosmosEmulatorFixture>, IAsyncLifetime
{
    private Database? _database;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = (await cosmos.Client.CreateDatabaseIfNotExistsAsync(CosmosEmulatorFixture.NewDatabaseName(), cancellationToken: Ct)).Database;
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DeleteAsync(cancellationToken: CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_document_round_trips_through_the_emulator()
    {
        var container = await CreateScreeningsAsync();
        var result = new Result("c1", "s1", 0.8);

        var created = await container.CreateItemAsync(result, new PartitionKey("s1"), cancellationToken: Ct);
        var read = await container.ReadItemAsync<Result>("c1", new PartitionKey("s1"), cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(result, read.Resource);
        Assert.Equal(created.ETag, read.ETag);
    }

    [Fact]
    public async Task A_replace_with_a_stale_etag_is_rejected_with_412()
    {
        var container = await CreateScreeningsAsync();
        var created = await container.CreateItemAsync(new Result("c1", "s1", 0.1), new PartitionKey("s1"), cancellationToken: Ct);
        await container.ReplaceItemAsync(new Result("c1", "s1", 0.2), "c1", new PartitionKey("s1"), cancellationToken: Ct);

        var error = await Assert.ThrowsAsync<CosmosException>(() => container.ReplaceItemAsync(
            new Result("c1", "s1", 0.3), "c1", new PartitionKey("s1"), new ItemRequestOptions { IfMatchEtag = created.ETag }, Ct));

        Assert.Equal(HttpStatusCode.PreconditionFailed, error.StatusCode);
        Assert.Equal(0.2, (await container.ReadItemAsync<Result>("c1", new PartitionKey("s1"), cancellationToken: Ct)).Resource.Score);
    }

    [Fact]
    public async Task A_single_partition_query_returns_only_that_partition()
    {
        var container = await CreateScreeningsAsync();
        foreach (var result in new[] { new Result("a", "s1", 0.1), new Result("b", "s1", 0.9), new Result("a", "s2", 0.5) })
        {
            await container.UpsertItemAsync(result, new PartitionKey(result.ScreeningId), cancellationToken: Ct);
        }

        var query = new QueryDefinition("SELECT * FROM c WHERE c.screeningId = @s").WithParameter("@s", "s1");
        var found = new List<Result>();
        using var iterator = container.GetItemQueryIterator<Result>(query, requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey("s1") });
        while (iterator.HasMoreResults)
        {
            found.AddRange(await iterator.ReadNextAsync(Ct));
        }

        Assert.Equal(["a", "b"], found.Select(result => result.Id).Order(StringComparer.Ordinal));
        Assert.All(found, result => Assert.Equal("s1", result.ScreeningId));
    }

    private async Task<Container> CreateScreeningsAsync() =>
        (await _database!.CreateContainerIfNotExistsAsync(new ContainerProperties("screenings", "/screeningId"), cancellationToken: Ct)).Container;

    /// <summary>A per-candidate screening result as stored (camelCase through System.Text.Json).</summary>
    public sealed record Result(string Id, string ScreeningId, double Score);
}
