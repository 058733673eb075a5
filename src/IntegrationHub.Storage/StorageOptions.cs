namespace IntegrationHub.Storage;

/// <summary>Where the hub keeps its data. Section <c>Hub:Storage</c>.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Hub:Storage";

    /// <summary>Gets or sets the provider.</summary>
    /// <value>The default value is <see cref="StorageProvider.Sqlite"/>.</value>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Gets or sets the connection string. For SQLite it defaults to <c>Data Source={DataFolder}/hub.db</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets the folder of the embedded database and other local data.</summary>
    /// <value>The default value is <c>data</c> (relative to the working directory).</value>
    public string DataFolder { get; set; } = "data";

    /// <summary>Gets or sets whether pending migrations are applied at start-up.</summary>
    /// <value>The default value is true.</value>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// Gets or sets how many journal batches may be in flight at once on PostgreSQL (group commit: the run inserts
    /// and journal commits of concurrent runs are sent together, one transaction per batch).
    /// </summary>
    /// <value>The default value is 2: one batch can be flushed to disk while the next one is sent.</value>
    public int JournalWriters { get; set; } = 2;

    /// <summary>Gets or sets the most run inserts and journal commits sent in one PostgreSQL batch; 1 turns group commit off.</summary>
    /// <value>The default value is 64.</value>
    public int JournalBatchSize { get; set; } = 64;

    /// <summary>Returns the effective connection string.</summary>
    public string ResolveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        if (Provider == StorageProvider.Postgres)
        {
            throw new InvalidOperationException("Hub:Storage:ConnectionString is required when Hub:Storage:Provider is Postgres (e.g. Host=127.0.0.1;Port=5432;Database=hub;Username=hub;Password=...).");
        }

        return $"Data Source={Path.Combine(Path.GetFullPath(DataFolder), "hub.db")};Pooling=true";
    }
}
