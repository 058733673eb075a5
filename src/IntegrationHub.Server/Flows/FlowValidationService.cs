using System.Text.Json.Nodes;
using IntegrationHub.Flows.Validation;
using IntegrationHub.Storage;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Server.Flows;

/// <summary>Validates flow documents against everything the hub knows: mappings, schemas, other flows.</summary>
internal sealed class FlowValidationService(FlowFolder folder, HubDbContext db)
{
    /// <summary>Validates text submitted through the API or read from a file.</summary>
    public async Task<FlowValidationResult> ValidateAsync(string json, string file, CancellationToken cancellationToken)
    {
        var context = await ContextAsync(file, cancellationToken);
        var result = FlowValidator.Validate(json, context);
        return result;
    }

    /// <summary>Validates a set of documents together, so that flows may refer to each other.</summary>
    public async Task<FlowValidationContext> ContextAsync(string file, CancellationToken cancellationToken, IEnumerable<string>? extraFlowIds = null)
    {
        var flows = await db.Flows.AsNoTracking().Select(f => f.Id).ToListAsync(cancellationToken);

        // Map steps run mappings from the store (imported from the folder before the flows are).
        var mappings = await db.Mappings.AsNoTracking().Select(m => m.Id).ToListAsync(cancellationToken);
        return new FlowValidationContext
        {
            File = file,
            Mappings = mappings.ToHashSet(StringComparer.Ordinal),
            Schemas = folder.SchemaIds(),
            Flows = flows.Concat(extraFlowIds ?? []).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>Reads the flow id of a document without validating it (for cross-references between files).</summary>
    public static string? PeekId(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject o && o["id"] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
