using IntegrationHub.Flows.Validation;
using IntegrationHub.Storage.Audit;
using IntegrationHub.Storage.Flows;

namespace IntegrationHub.Server.Flows;

/// <summary>
/// Imports the flow files of the flows folder at start-up. A changed file becomes a new published
/// version; an unchanged one does nothing; an invalid one is reported with every error and skipped,
/// and the hub starts anyway.
/// </summary>
internal sealed partial class FlowImporter(FlowFolder folder, FlowValidationService validation, FlowRepository flows, AuditLog audit, ILogger<FlowImporter> logger)
{
    /// <summary>Imports every file; returns what happened per file.</summary>
    public async Task<IReadOnlyList<FlowImportResult>> ImportAllAsync(CancellationToken cancellationToken)
    {
        var files = folder.FlowFiles();
        var texts = new List<(string File, string Json)>();
        foreach (var file in files)
        {
            texts.Add((file, await File.ReadAllTextAsync(file, cancellationToken)));
        }

        // Flows in the folder may start each other as subflows: they all count as known.
        var folderIds = texts.Select(t => FlowValidationService.PeekId(t.Json)).OfType<string>().ToList();
        var results = new List<FlowImportResult>();
        foreach (var (file, json) in texts)
        {
            var relative = folder.Relative(file);
            var context = await validation.ContextAsync(relative, cancellationToken, folderIds);
            var result = FlowValidator.Validate(json, context);
            if (!result.IsValid)
            {
                foreach (var error in result.Errors)
                {
                    LogInvalid(logger, error.File, error.Path, error.Message);
                }

                results.Add(new FlowImportResult(relative, null, null, false, result.Errors));
                continue;
            }

            var outcome = await flows.ImportAsync(result.Definition!, result.Definition!.Document!, relative, "system", cancellationToken);
            if (outcome.Created)
            {
                await audit.WriteAsync("system", "system", "flows.import", outcome.FlowId, "created", $"version {outcome.Version} from {relative}", cancellationToken: cancellationToken);
            }

            LogImported(logger, relative, outcome.FlowId, outcome.Version, outcome.Created ? "new version" : "unchanged");
            results.Add(new FlowImportResult(relative, outcome.FlowId, outcome.Version, outcome.Created, []));
        }

        return results;
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Flow file {File}: {FlowId} version {Version} ({Outcome})")]
    private static partial void LogImported(ILogger logger, string file, string flowId, int version, string outcome);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Flow file {File} not imported: {Path}: {Message}")]
    private static partial void LogInvalid(ILogger logger, string file, string path, string message);
}

/// <summary>What importing one file did.</summary>
internal sealed record FlowImportResult(string File, string? FlowId, int? Version, bool Created, IReadOnlyList<FlowValidationError> Errors);
