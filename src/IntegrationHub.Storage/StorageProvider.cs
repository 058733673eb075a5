namespace IntegrationHub.Storage;

/// <summary>The database behind the store.</summary>
public enum StorageProvider
{
    /// <summary>Embedded single-node default: a file in the data folder.</summary>
    Sqlite,

    /// <summary>Production and multi-node.</summary>
    Postgres,
}
