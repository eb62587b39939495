using Azure.Storage.Blobs.Models;
using ResumeFlow.Testing.Emulators;

namespace ResumeFlow.IntegrationTests.Emulators;

/// <summary>Azurite answers the real Azure.Storage.Blobs SDK.</summary>
public sealed class AzuriteSmokeTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_blob_round_trips_through_azurite()
    {
        var ct = TestContext.Current.CancellationToken;
        var container = azurite.CreateBlobServiceClient().GetBlobContainerClient($"smoke-{Guid.NewGuid():N}");
        await container.CreateAsync(cancellationToken: ct);
        var blob = container.GetBlobClient("hello/world.txt");

        await blob.UploadAsync(BinaryData.FromString("Hello, Azurite"), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain" } }, ct);
        var downloaded = await blob.DownloadContentAsync(ct);

        Assert.Equal("Hello, Azurite", downloaded.Value.Content.ToString());
        Assert.Equal("text/plain", downloaded.Value.Details.ContentType);
        Assert.Equal(["hello/world.txt"], await container.GetBlobsAsync(BlobTraits.None, BlobStates.None, "hello/", ct).Select(item => item.Name).ToListAsync(ct));
        await container.DeleteAsync(cancellationToken: ct);
    }
}
