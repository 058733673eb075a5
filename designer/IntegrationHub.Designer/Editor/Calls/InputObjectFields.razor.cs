using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Editor.Calls;

/// <summary>
/// The fields of one object of a call's input, generated from its JSON Schema: one field per property (nested objects
/// as nested field sets), then the properties the input holds that the schema does not know, kept and marked.
/// </summary>
public partial class InputObjectFields
{
    private JsonObject? _readSchema;
    private IReadOnlyList<InputProperty> _properties = [];

    /// <summary>Gets or sets the object's JSON Schema.</summary>
    [Parameter]
    [EditorRequired]
    public JsonObject Schema { get; set; } = default!;

    /// <summary>Gets or sets how deep the object is nested in the input (0 for the input itself).</summary>
    [Parameter]
    public int Depth { get; set; }

    private IReadOnlyList<InputProperty> Properties => _properties;

    private List<string> UnknownNames =>
        [.. (Scope.Current ?? []).Select(p => p.Key).Where(name => !_properties.Any(p => p.Name == name))];

    private string UnknownLabel => Depth == 0 ? "Not in the operation's input schema" : "Not in this object's schema";

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(_readSchema, Schema))
        {
            _readSchema = Schema;
            _properties = InputSchemaReader.Read(Schema, Depth);
        }
    }
}
