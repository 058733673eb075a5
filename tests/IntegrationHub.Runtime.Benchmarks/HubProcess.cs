using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace IntegrationHub.Runtime.Benchmarks;

/// <summary>What the hub child process is started with.</summary>
internal sealed record HubStart(string Label, string Provider, string? ConnectionString, string WorkFolder, string FlowsFolder);

/// <summary>
/// The real hub: the build output of IntegrationHub.Server run with <c>dotnet</c> as a child process, configured
/// on the command line, with the benchmark's <see cref="MetricsProbe"/> loaded as a startup hook. Stopped on dispose.
/// </summary>
internal sealed class HubProcess : IAsyncDisposable
{
    private const int LogLines = 200;
    private readonly Process _process;
    private readonly Queue<string> _log = new();
    private readonly string _metricsFile;

    private HubProcess(Process process, Uri address, string apiKey, string metricsFile, string commandLine)
    {
        _process = process;
        Address = address;
        ApiKey = apiKey;
        _metricsFile = metricsFile;
        CommandLine = commandLine;
        Api = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, UseProxy = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        Api.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
    }

    public Uri Address { get; }

    public string ApiKey { get; }

    public HttpClient Api { get; }

    public string CommandLine { get; }

    public int ProcessId => _process.Id;

    public static string ServerDll =>
        Environment.GetEnvironmentVariable("HUB_SERVER_DLL") is { Length: > 0 } dll ? dll : Metadata("HubServerDll");

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public MetricsSnapshot Metrics() => MetricsSnapshot.Read(_metricsFile);

    public string LogTail()
    {
        lock (_log)
        {
            return string.Join('\n', _log);
        }
    }

    public static async Task<HubProcess> StartAsync(HubStart start, CancellationToken ct)
    {
        if (!File.Exists(ServerDll))
        {
            throw new FileNotFoundException($"The hub is not built at {ServerDll}: build this project (it builds the server) or set HUB_SERVER_DLL.");
        }

        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var apiKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var metricsFile = Path.Combine(start.WorkFolder, "metrics.txt");
        var plugins = Directory.CreateDirectory(Path.Combine(start.WorkFolder, "plugins")).FullName;
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = start.WorkFolder,
        };
        string[] args =
        [
            ServerDll,
            $"--Hub:Urls=http://127.0.0.1:{port}",
            $"--Hub:Storage:Provider={start.Provider}",
            $"--Hub:Storage:DataFolder={Path.Combine(start.WorkFolder, "data")}",
            $"--Hub:Flows:Folder={start.FlowsFolder}",
            $"--Connectors:PluginFolder={plugins}",
        ];
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        if (start.ConnectionString is not null)
        {
            info.ArgumentList.Add($"--Hub:Storage:ConnectionString={start.ConnectionString}");
        }

        info.Environment["Hub__Bootstrap__ApiKey"] = apiKey;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_STARTUP_HOOKS"] = typeof(HubProcess).Assembly.Location;
        info.Environment[MetricsProbe.FileVariable] = metricsFile;
        info.Environment.Remove("ASPNETCORE_URLS");
        info.Environment.Remove("DOTNET_URLS");

        var commandLine = "dotnet " + string.Join(' ', info.ArgumentList.Select(a => a.Contains("ConnectionString", StringComparison.Ordinal) ? a.Split('=')[0] + "=<fresh database>" : a));
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        var hub = new HubProcess(process, address, apiKey, metricsFile, commandLine);
        process.OutputDataReceived += (_, e) => hub.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => hub.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await hub.WaitReadyAsync(start.Label, ct);
            return hub;
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates an Http connection to the sink (loopback allowed explicitly: the SSRF guard blocks it by default).</summary>
    public async Task CreateSinkConnectionAsync(string name, Uri sink, CancellationToken ct)
    {
        var request = new JsonObject
        {
            ["name"] = name,
            ["connector"] = "http",
            ["settings"] = new JsonObject { ["baseUrl"] = sink.ToString(), ["timeoutSeconds"] = 30 },
            ["allowedHosts"] = new JsonArray("127.0.0.1"),
        };
        using var response = await Api.PostAsJsonAsync("api/connections", request, ct);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"POST /api/connections answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }
    }

    public async Task<int> CountRunsAsync(string flowId, string status, CancellationToken ct)
    {
        var runs = await Api.GetFromJsonAsync<JsonArray>($"api/runs?flowId={flowId}&status={status}&limit=1000", ct);
        return runs?.Count ?? 0;
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        if (!_process.HasExited)
        {
            try
            {
                // SIGTERM: a graceful stop (Hangfire and the store close cleanly); SIGKILL of the tree after 15 s.
                using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false });
                if (kill is not null)
                {
                    await kill.WaitForExitAsync();
                }

                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
    }

    private static string Metadata(string key) =>
        typeof(HubProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"assembly metadata {key} is missing");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Enqueue(line);
            while (_log.Count > LogLines)
            {
                _log.Dequeue();
            }
        }
    }

    private async Task WaitReadyAsync(string label, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            ct.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the hub ({label}) exited with code {_process.ExitCode} before it was ready:\n{LogTail()}");
            }

            try
            {
                using var response = await probe.GetAsync("health/ready", ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
            }

            await Task.Delay(250, ct);
        }

        throw new TimeoutException($"the hub ({label}) was not ready within 120 s:\n{LogTail()}");
    }
}
