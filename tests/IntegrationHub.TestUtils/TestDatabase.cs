using IntegrationHub.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IntegrationHub.TestUtils;

/// <summary>
/// A fresh, migrated hub database on a real provider: a throwaway PostgreSQL database on the test
/// server, or a SQLite file in a temp folder. Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _adminConnectionString;
    private readonly string? _folder;

    private TestDatabase(StorageProvider provider, string connectionString, string? adminConnectionString, string? folder, string name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
        _folder = folder;
        Name = name;
    }

    /// <summary>Gets the provider.</summary>
    public StorageProvider Provider { get; }

    /// <summary>Gets the connection string of the database.</summary>
    public string ConnectionString { get; }

    /// <summary>Gets the database name (PostgreSQL) or file name (SQLite).</summary>
    public string Name { get; }

    /// <summary>Gets the storage options pointing at this database.</summary>
    public StorageOptions Options => new() { Provider = Provider, ConnectionString = ConnectionString, DataFolder = _folder ?? Path.GetTempPath() };

    /// <summary>Creates an empty database (not migrated).</summary>
    public static async Task<TestDatabase> CreateAsync(StorageProvider provider)
    {
        var name = $"hub_test_{Guid.NewGuid():N}"[..30];
        if (provider == StorageProvider.Postgres)
        {
            var admin = new NpgsqlConnectionStringBuilder(TestServices.Postgres) { Database = "postgres", Pooling = false }.ConnectionString;
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await command.ExecuteNonQueryAsync();
            }

            var cs = new NpgsqlConnectionStringBuilder(TestServices.Postgres) { Database = name }.ConnectionString;
            return new TestDatabase(provider, cs, admin, null, name);
        }

        var folder = Path.Combine(Path.GetTempPath(), name);
        Directory.CreateDirectory(folder);
        return new TestDatabase(provider, $"Data Source={Path.Combine(folder, "hub.db")};Pooling=false", null, folder, name);
    }

    /// <summary>Creates a database and applies the migrations.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(StorageProvider provider)
    {
        var db = await CreateAsync(provider);
        await using var context = db.CreateContext();
        await context.Database.MigrateAsync();
        await StoreMigrator.ConfigureAsync(context.Database);
        return db;
    }

    /// <summary>Creates a context on this database; the caller disposes it.</summary>
    public HubDbContext CreateContext()
    {
        if (Provider == StorageProvider.Postgres)
        {
            var builder = new DbContextOptionsBuilder<PostgresHubDbContext>();
            HubDbContextOptions.UsePostgres(builder, ConnectionString);
            return new PostgresHubDbContext(builder.Options);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteHubDbContext>();
        HubDbContextOptions.UseSqlite(sqlite, ConnectionString);
        return new SqliteHubDbContext(sqlite.Options);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_adminConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finished test host; the temp folder is cleaned by the OS.
            }
        }
    }
}
