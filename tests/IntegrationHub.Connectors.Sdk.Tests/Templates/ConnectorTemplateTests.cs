using System.Diagnostics;
using System.Text;

namespace IntegrationHub.Connectors.Sdk.Tests.Templates;

/// <summary>Instantiates the <c>dotnet new</c> connector template in a temporary hive, builds it and runs its test.</summary>
/// <remarks>Slow (two restores and builds, about a minute): trait Category=Slow, but part of the normal suite.</remarks>
public sealed class ConnectorTemplateTests : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(8);
    private readonly string _work = Directory.CreateTempSubdirectory("hub-template-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Template_InstantiateBuildAndTest_GeneratedTestPasses()
    {
        var connectors = FindConnectorsFolder();
        var hive = Path.Combine(_work, "hive");
        var output = Path.Combine(_work, "out");

        await RunDotnetAsync(_work, "new", "install", Path.Combine(connectors, "templates", "connector"), "--debug:custom-hive", hive);
        await RunDotnetAsync(_work, "new", "integrationhub-connector", "-n", "Acme.Connectors.Widgets", "-o", output, "--connectorId", "widgets", "--sdkPath", connectors, "--debug:custom-hive", hive);
        var test = await RunDotnetAsync(output, "test", Path.Combine("Acme.Connectors.Widgets.Tests", "Acme.Connectors.Widgets.Tests.csproj"));

        Assert.Contains("[Connector(\"widgets\"", await File.ReadAllTextAsync(Path.Combine(output, "Acme.Connectors.Widgets", "SampleConnector.cs")));
        Assert.Contains("Passed!", test);
        Assert.Contains("Failed:     0", test);
    }

    private static string FindConnectorsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "connectors", "templates", "connector", ".template.config", "template.json");
            if (File.Exists(candidate))
            {
                return Path.Combine(dir.FullName, "connectors");
            }
        }

        throw new InvalidOperationException($"connectors/templates/connector not found above {AppContext.BaseDirectory}.");
    }

    private static async Task<string> RunDotnetAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host inherits MSBuild variables from the outer `dotnet test`; they would point the child build at the wrong toolset state.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StepTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish within {StepTimeout}.");
        }

        var text = new StringBuilder().Append(await stdout).Append(await stderr).ToString();
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} exited with {process.ExitCode}:{Environment.NewLine}{text}");
        return text;
    }
}
