using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Mappings;
using IntegrationHub.Flows.Model;
using IntegrationHub.Flows.Validation;
using IntegrationHub.Mapping.Execution;
using IntegrationHub.Storage.Mappings;

namespace IntegrationHub.Server.Mappings;

/// <summary>Turns the engine's results into the API's (and the designer's) DTOs.</summary>
internal static class MappingDtos
{
    public static MappingPreviewResult ToResult(MappingPreview preview, int? version) =>
        new(
            preview.MappingId,
            version,
            preview.Succeeded,
            preview.Output,
            [.. preview.Errors.Select(ToDto)],
            [.. preview.Trace.Select(ToDto)]);

    public static MappingErrorDto ToDto(MappingError error) =>
        new(error.TargetPath, error.SourcePath, error.Rule, error.Message, Camel(error.Kind.ToString()), error.Category.ToWireName());

    public static RuleTraceDto ToDto(RuleTrace trace) =>
        new(trace.Rule, trace.TargetPath, trace.SourcePath, trace.Value, Camel(trace.Outcome.ToString()));

    /// <summary>A preview that could not run because the document is not a usable mapping: its errors as definition errors.</summary>
    public static MappingPreviewResult DefinitionErrors(string mappingId, int? version, IEnumerable<FlowValidationError> errors) =>
        new(
            mappingId,
            version,
            false,
            null,
            [.. errors.Select(e => new MappingErrorDto("$", null, e.Path, e.Message, "definition", ErrorCategory.Platform.ToWireName()))],
            []);

    /// <summary>A stored document as the file it would be exported as: the schema reference first, the version after the id.</summary>
    public static JsonObject ExportDocument(MappingVersionDetail detail)
    {
        var document = new JsonObject { ["$schema"] = "../schemas/mapping.schema.json" };
        foreach (var (key, value) in detail.Content)
        {
            if (key is not "$schema" and not "version")
            {
                document[key] = value?.DeepClone();
            }

            if (key == "id" && detail.Summary.Version != MappingRepository.DraftVersion)
            {
                document["version"] = detail.Summary.Version;
            }
        }

        return document;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
