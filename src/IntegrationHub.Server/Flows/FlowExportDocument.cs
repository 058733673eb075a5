using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Storage.Flows;

namespace IntegrationHub.Server.Flows;

/// <summary>The file a flow version is exported as (API export and designer download alike).</summary>
internal static class FlowExportDocument
{
    /// <summary>
    /// Builds the exported document: the stored content with the schema reference first and, for a
    /// published or retired version, the version number after the id, so re-importing the file unchanged creates nothing.
    /// </summary>
    public static JsonObject From(FlowVersionDetail detail)
    {
        var document = new JsonObject { ["$schema"] = "./schemas/flow.schema.json" };
        foreach (var (key, value) in detail.Content)
        {
            if (key is not "$schema" and not "version")
            {
                document[key] = value?.DeepClone();
            }

            if (key == "id" && detail.Summary.Version != FlowRepository.DraftVersion)
            {
                document["version"] = detail.Summary.Version;
            }
        }

        return document;
    }
}
