using System.Diagnostics;

namespace IntegrationHub.Connectors.Tryton.Tests;

/// <summary>
/// The Tryton started by tests/testbed/tryton.sh (via tests/run.sh), from its environment variables.
/// Master data codes come from tests/testbed/tryton/setup_master_data.py.
/// </summary>
public sealed class TrytonTestBed : IDisposable
{
    private readonly List<HttpClient> _httpClients = [];

    public TrytonTestBed()
    {
        Url = new Uri(Require("TRYTON_URL"));
        User = Require("TRYTON_USER");
        Password = Require("TRYTON_PASSWORD");
        ControlScript = Require("TRYTON_CTL");
        Client = CreateClient();
    }

    public Uri Url { get; }

    public string User { get; }

    public string Password { get; }

    public string ControlScript { get; }

    /// <summary>A client shared by the tests (one session).</summary>
    public TrytonErpClient Client { get; }

    public TrytonErpClient CreateClient(string? password = null, TimeSpan? timeout = null)
    {
        var http = new HttpClient();
        _httpClients.Add(http);
        return new TrytonErpClient(http, new TrytonConnectionOptions
        {
            DatabaseUrl = Url,
            User = User,
            Password = password ?? Password,
            RequestTimeout = timeout ?? TimeSpan.FromSeconds(60),
        });
    }

    /// <summary>Runs the test bed's control script (stop | start) and fails the test when it fails.</summary>
    public async Task ControlAsync(string command)
    {
        using var process = Process.Start(new ProcessStartInfo(ControlScript, command)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException($"Cannot run {ControlScript}.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{ControlScript} {command}' failed ({process.ExitCode}): {await stderr}");
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        foreach (var http in _httpClients)
        {
            http.Dispose();
        }
    }

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"Environment variable {name} is not set: run the tests with tests/run.sh, or start Tryton with " +
                "'tests/testbed/tryton.sh start <state-dir>' and export the KEY=VALUE lines it prints.");
}
