using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IntegrationHub.Storage;

/// <summary>
/// Puts every SQLite connection in <c>synchronous=NORMAL</c> (the setting is per connection). With the
/// write-ahead log (<see cref="StoreMigrator.ConfigureAsync"/>) a commit is then written to the log without
/// waiting for the disk; it survives a crash or kill of the hub process (the operating system still holds it),
/// which is the failure model the runtime guarantees, and is only lost if the machine itself loses power or
/// crashes before the next checkpoint of the log. The log is synced at each checkpoint, so the database file
/// is never corrupted.
/// </summary>
public sealed class SqliteSynchronousInterceptor : DbConnectionInterceptor
{
    /// <summary>The shared instance (stateless).</summary>
    public static readonly SqliteSynchronousInterceptor Instance = new();

    private const string Pragma = "PRAGMA synchronous=NORMAL;";

    private SqliteSynchronousInterceptor()
    {
    }

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
