using IntegrationHub.Flows.Validation;
using IntegrationHub.Mapping.Documents;
using IntegrationHub.Server.Flows;
using IntegrationHub.Storage.Audit;
using IntegrationHub.Storage.Mappings;

namespace IntegrationHub.Server.Mappings;

/// <summary>
/// Imports the flows folder's lookup tables (<c>lookups/*.json</c>) and then its mappings (<c>mappings/*.map.json</c>)
/// at start-up, before the flows that use them. A mapping file that differs from the latest published version becomes
/// a new published version; a table file changed since its last import replaces the table's content; unchanged files
/// do nothing. An invalid file is reported with every error and skipped; the hub starts anyway.
/// </summary>
internal sealed partial class MappingImporter(
    FlowFolder folder,
    MappingDocumentService documents,
    StoredLookupTables lookups,
    MappingRepository mappings,
    LookupTableRepository tables,
    AuditLog audit,
    ILogger<MappingImporter> logger)
{
    /// <summary>Imports every table, then every mapping; returns what happened per file.</summary>
    public async Task<IReadOnlyList<MappingImportResult>> ImportAllAsync(CancellationToken cancellationToken)
    {
        var results = new List<MappingImportResult>();
        foreach (var file in folder.LookupFiles())
        {
            results.Add(await ImportLookupAsync(file, cancellationToken));
        }

        // Mappings are checked against the tables just imported.
        await lookups.RefreshAsync(cancellationToken);
        foreach (var file in folder.MappingFiles())
        {
            results.Add(await ImportMappingAsync(file, cancellationToken));
        }

        return results;
    }

    private async Task<MappingImportResult> ImportLookupAsync(string file, CancellationToken cancellationToken)
    {
        var relative = folder.Relative(file);
        try
        {
            var (table, content) = MappingDocumentService.ParseLookup(await File.ReadAllTextAsync(file, cancellationToken), relative);
            var outcome = await tables.ImportAsync(table.Id, content, relative, "system", cancellationToken);
            if (outcome.Changed)
            {
                await audit.WriteAsync("system", "system", "lookups.import", outcome.TableId, "created", $"revision {outcome.Revision} from {relative}", cancellationToken: cancellationToken);
            }

            LogImported(logger, relative, outcome.TableId, outcome.Revision, outcome.Changed ? "new revision" : "unchanged");
            return new MappingImportResult(relative, outcome.TableId, outcome.Revision, outcome.Changed, []);
        }
        catch (MappingValidationException e)
        {
            return Invalid(relative, e.Errors);
        }
    }

    private async Task<MappingImportResult> ImportMappingAsync(string file, CancellationToken cancellationToken)
    {
        var relative = folder.Relative(file);
        var check = await documents.CheckAsync(await File.ReadAllTextAsync(file, cancellationToken), relative, cancellationToken);
        if (!check.IsValid)
        {
            return Invalid(relative, check.Errors);
        }

        var outcome = await mappings.ImportAsync(MappingDocumentService.ToInfo(check.Document!), relative, "system", cancellationToken);
        if (outcome.Created)
        {
            await audit.WriteAsync("system", "system", "mappings.import", outcome.MappingId, "created", $"version {outcome.Version} from {relative}", cancellationToken: cancellationToken);
        }

        LogImported(logger, relative, outcome.MappingId, outcome.Version, outcome.Created ? "new version" : "unchanged");
        return new MappingImportResult(relative, outcome.MappingId, outcome.Version, outcome.Created, []);
    }

    private MappingImportResult Invalid(string relative, IReadOnlyList<FlowValidationError> errors)
    {
        foreach (var error in errors)
        {
            LogInvalid(logger, relative, error.Path, error.Message);
        }

        return new MappingImportResult(relative, null, null, false, errors);
    }

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Mapping file {File}: {Id} version {Version} ({Outcome})")]
    private static partial void LogImported(ILogger logger, string file, string id, int version, string outcome);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Error, Message = "Mapping file {File} not imported: {Path}: {Message}")]
    private static partial void LogInvalid(ILogger logger, string file, string path, string message);
}
