using IntegrationHub.Server.Flows;
using IntegrationHub.Server.Mappings;
using IntegrationHub.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace IntegrationHub.Server.Hosting;

/// <summary>What a person starting the hub needs to read: where it listens and how to log in.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app, StorageOptions storage, string? flowsFolder, IReadOnlyList<FlowImportResult> imported, IReadOnlyList<MappingImportResult> mappings, string? bootstrapMessage)
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? "(no HTTP address)";
        var store = storage.Provider == StorageProvider.Sqlite ? $"SQLite in {storage.DataFolder}" : "PostgreSQL";
        var invalid = imported.Where(r => r.Errors.Count > 0).ToList();

        // Console, not the log: the one-time password must not land in log files or collectors.
        var lines = new List<string>
        {
            string.Empty,
            "  IntegrationHub is running",
            $"  Designer and API:  {url}",
            $"  API reference:     {url.TrimEnd('/')}/api/docs",
            $"  Health:            {url.TrimEnd('/')}/health/ready",
            $"  Store:             {store}",
            $"  Flows folder:      {flowsFolder ?? "(none found)"} - {imported.Count(r => r.Errors.Count == 0)} imported ({imported.Count(r => r.Created)} new version(s)), {invalid.Count} invalid",
        };
        lines.AddRange(invalid.Select(r => $"    ! {r.File}: {r.Errors.Count} error(s), first: {r.Errors[0].Path}: {r.Errors[0].Message}"));
        var invalidMappings = mappings.Where(r => r.Errors.Count > 0).ToList();
        lines.Add($"  Mappings, lookups: {mappings.Count(r => r.Errors.Count == 0)} imported ({mappings.Count(r => r.Created)} new version(s) or revision(s)), {invalidMappings.Count} invalid");
        lines.AddRange(invalidMappings.Select(r => $"    ! {r.File}: {r.Errors.Count} error(s), first: {r.Errors[0].Path}: {r.Errors[0].Message}"));
        lines.Add(bootstrapMessage is null
            ? "  Log in with your account (POST /api/auth/login) or send an API key in the X-Api-Key header."
            : "  " + bootstrapMessage);
        lines.Add(string.Empty);
        Console.Out.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
