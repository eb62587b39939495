namespace ResumeFlow.Storage.Configuration;

/// <summary>Where documents live.</summary>
public enum DocumentStorageProvider
{
    /// <summary>A local SQLite file in WAL mode (the embedded default).</summary>
    Sqlite,

    /// <summary>Azure Cosmos DB for NoSQL (or @vercel/cosmosdb-server).</summary>
    Cosmos,
}
