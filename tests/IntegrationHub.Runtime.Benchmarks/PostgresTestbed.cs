using System.Diagnostics;
using Npgsql;

namespace IntegrationHub.Runtime.Benchmarks;

/// <summary>
/// The PostgreSQL server of the benchmark: HUB_TEST_POSTGRES when set, otherwise a throwaway cluster started with
/// <c>tests/testbed/postgres.sh</c> (fsync on, as in the tests) and stopped on dispose.
/// </summary>
internal sealed class PostgresTestbed : IAsyncDisposable
{
    private readonly string _repositoryRoot;
    private readonly string? _stateDirectory;
    private readonly List<string> _databases = [];

    private PostgresTestbed(string repositoryRoot, string serverConnectionString, string? stateDirectory)
    {
        _repositoryRoot = repositoryRoot;
        ServerConnectionString = serverConnectionString;
        _stateDirectory = stateDirectory;
    }

    public string ServerConnectionString { get; }

    public string Origin => _stateDirectory is null ? "HUB_TEST_POSTGRES" : "tests/testbed/postgres.sh (throwaway cluster)";

    public static async Task<PostgresTestbed> StartAsync(string repositoryRoot, CancellationToken ct)
    {
        var given = Environment.GetEnvironmentVariable("HUB_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(given))
        {
            return new PostgresTestbed(repositoryRoot, given, null);
        }

        var state = Directory.CreateTempSubdirectory("hub-bench-pg.").FullName;
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("tests/testbed/postgres.sh needs Linux; set HUB_TEST_POSTGRES instead");
        }

        // postgres.sh runs the server as the postgres user, which must reach the state folder.
        File.SetUnixFileMode(state, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var testbed = new PostgresTestbed(repositoryRoot, string.Empty, state);
        try
        {
            var (code, output, error) = await RunScriptAsync(repositoryRoot, "start", state, ct);
            var line = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("HUB_TEST_POSTGRES=", StringComparison.Ordinal));
            if (code != 0 || line is null)
            {
                throw new InvalidOperationException($"tests/testbed/postgres.sh start failed (exit {code}):\n{error}\n{output}");
            }

            return new PostgresTestbed(repositoryRoot, line["HUB_TEST_POSTGRES=".Length..], state);
        }
        catch
        {
            await testbed.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates an empty database; the hub migrates it at start-up.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken ct)
    {
        await using (var connection = new NpgsqlConnection(Admin()))
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(ct);
        }

        _databases.Add(name);
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Committed transactions of a database so far (<c>pg_stat_database.xact_commit</c>; stats lag up to ~1 s).</summary>
    public async Task<long> CommittedTransactionsAsync(string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(Admin());
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT xact_commit FROM pg_stat_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", database);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<string> ServerVersionAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(Admin());
        await connection.OpenAsync(ct);
        return connection.PostgreSqlVersion.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        if (_stateDirectory is not null)
        {
            try
            {
                await RunScriptAsync(_repositoryRoot, "stop", _stateDirectory, CancellationToken.None);
            }
            finally
            {
                TryDelete(_stateDirectory);
            }

            return;
        }

        // A server we did not start: drop what we created.
        foreach (var name in _databases)
        {
            try
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(Admin());
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
            }
            catch (NpgsqlException e)
            {
                await Console.Error.WriteLineAsync($"could not drop database {name}: {e.Message}");
            }
        }
    }

    private string Admin() => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;

    private static async Task<(int Code, string Output, string Error)> RunScriptAsync(string root, string command, string state, CancellationToken ct)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(root, "tests/testbed/postgres.sh"));
        info.ArgumentList.Add(command);
        info.ArgumentList.Add(state);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start bash");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await output, await error);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
