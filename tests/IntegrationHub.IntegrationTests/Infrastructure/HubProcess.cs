using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>A real hub server process (dotnet IntegrationHub.Server.dll) that tests can start, query and kill -9.</summary>
public sealed class HubProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HubProcess(Process process, string baseUrl, string apiKey)
    {
        _process = process;
        BaseUrl = baseUrl;
        Client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
    }

    public string BaseUrl { get; }

    public HttpClient Client { get; }

    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts a node on PostgreSQL and waits until /health/ready answers.</summary>
    public static async Task<HubProcess> StartAsync(string connectionString, string flowsFolder, string apiKey, string role = "all")
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(ServerDll)!,
        };
        info.ArgumentList.Add(ServerDll);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Hub__Urls"] = $"http://127.0.0.1:{port}";
        info.Environment["Hub__Role"] = role;
        info.Environment["Hub__Storage__Provider"] = "Postgres";
        info.Environment["Hub__Storage__ConnectionString"] = connectionString;
        info.Environment["Hub__Flows__Folder"] = flowsFolder;
        info.Environment["Hub__Bootstrap__ApiKey"] = apiKey;
        info.Environment["Hub__Runtime__LeaseDuration"] = "00:00:10";
        info.Environment["Hub__Runtime__RecoveryInterval"] = "00:00:01";
        info.Environment["Hub__Runtime__RecoveryGrace"] = "00:00:03";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__IntegrationHub.Runtime.Operations"] = "Information";
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var hub = new HubProcess(process, $"http://127.0.0.1:{port}", apiKey);
        process.OutputDataReceived += (_, e) => hub.Append(e.Data);
        process.ErrorDataReceived += (_, e) => hub.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the hub exited with {process.ExitCode}:\n{hub.Output}");
            }

            try
            {
                using var ready = await hub.Client.GetAsync("/health/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return hub;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        await hub.DisposeAsync();
        throw new TimeoutException($"the hub did not become ready within 60 s:\n{hub.Output}");
    }

    /// <summary>kill -9: the process dies at once, wherever it is.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public async Task<T> GetAsync<T>(string path) => (await Client.GetFromJsonAsync<T>(path))!;

    public async ValueTask DisposeAsync()
    {
        KillHard();
        Client.Dispose();
        _process.Dispose();
        await Task.CompletedTask;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static string ServerDll
    {
        get
        {
            // Same configuration as this test assembly: .../bin/<Configuration>/net10.0/
            var testBin = new DirectoryInfo(AppContext.BaseDirectory);
            var configuration = testBin.Parent!.Name;
            for (var dir = testBin; dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "IntegrationHub.sln")))
                {
                    var dll = Path.Combine(dir.FullName, "src", "IntegrationHub.Server", "bin", configuration, "net10.0", "IntegrationHub.Server.dll");
                    return File.Exists(dll) ? dll : throw new FileNotFoundException($"build the server first: {dll} is missing");
                }
            }

            throw new DirectoryNotFoundException("IntegrationHub.sln not found above the test output");
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
