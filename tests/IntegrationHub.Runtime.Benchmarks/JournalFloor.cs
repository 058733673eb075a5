using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Runtime.Benchmarks;

/// <summary>
/// The durable floor: the ceiling's handler plus the two writes no durable run can do without, as single statements
/// on the benchmark's PostgreSQL (fsync on): the run with its in-flight call, committed before the call (with a unique
/// idempotency key), and its result and answer, committed after it. No expression engine, no flow, no lease, no
/// authentication: what the database alone costs a run on this machine, to read the hub's figures against.
/// </summary>
internal sealed class JournalFloor(Ceiling forward, NpgsqlDataSource database) : IAsyncDisposable
{
    public static async Task<JournalFloor> CreateAsync(Ceiling forward, string connectionString, CancellationToken ct)
    {
        var database = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true, MaxAutoPrepare = 8 }.ConnectionString);
        await using var command = database.CreateCommand("""
            CREATE TABLE floor_runs (
                id uuid PRIMARY KEY, idempotency_key varchar(300) NOT NULL UNIQUE, status varchar(20) NOT NULL,
                input text NOT NULL, output text, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL)
            """);
        await command.ExecuteNonQueryAsync(ct);
        return new JournalFloor(forward, database);
    }

    public void Map(WebApplication app) => app.MapPost("/orders", async (HttpContext http) =>
    {
        var order = await Ceiling.ReadAsync(http);
        var id = Guid.CreateVersion7();
        await using (var start = database.CreateCommand("INSERT INTO floor_runs (id, idempotency_key, status, input, created_at, updated_at) VALUES ($1, $2, 'running', $3, now(), now())"))
        {
            start.Parameters.Add(new NpgsqlParameter { Value = id });
            start.Parameters.Add(new NpgsqlParameter { Value = id.ToString("N") });
            start.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(order), NpgsqlDbType = NpgsqlDbType.Text });
            await start.ExecuteNonQueryAsync(http.RequestAborted);
        }

        var (status, body) = await forward.ForwardAsync(order, http.RequestAborted);
        await using (var end = database.CreateCommand("UPDATE floor_runs SET status = 'succeeded', output = $2, updated_at = now() WHERE id = $1"))
        {
            end.Parameters.Add(new NpgsqlParameter { Value = id });
            end.Parameters.Add(new NpgsqlParameter { Value = body, NpgsqlDbType = NpgsqlDbType.Text });
            await end.ExecuteNonQueryAsync(http.RequestAborted);
        }

        return Results.Text(body, "application/json", statusCode: status);
    });

    /// <summary>Counts the runs recorded so far.</summary>
    public async Task<long> RunsAsync(CancellationToken ct)
    {
        await using var command = database.CreateCommand("SELECT count(*) FROM floor_runs");
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
