using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Editor;

/// <summary>The cases of a switch (name, condition) or the lanes of a parallel step (name); their steps are edited in the graph.</summary>
public partial class LaneListEditor
{
    /// <summary>Gets or sets the switch or parallel step.</summary>
    [Parameter]
    [EditorRequired]
    public JsonObject Owner { get; set; } = default!;

    /// <summary>Gets or sets <c>cases</c> or <c>branches</c>.</summary>
    [Parameter]
    [EditorRequired]
    public string Property { get; set; } = string.Empty;

    /// <summary>Gets or sets <see cref="FieldKind.Cases"/> or <see cref="FieldKind.Branches"/>.</summary>
    [Parameter]
    public FieldKind Kind { get; set; } = FieldKind.Cases;

    /// <summary>Gets or sets the editor state (for errors).</summary>
    [Parameter]
    [EditorRequired]
    public FlowEditorState State { get; set; } = default!;

    /// <summary>Gets or sets the JSON path of the step.</summary>
    [Parameter]
    public string BasePath { get; set; } = "$";

    /// <summary>Gets or sets whether editing is off.</summary>
    [Parameter]
    public bool ReadOnly { get; set; }

    /// <summary>Gets or sets what happens after a change.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    // The schema asks for at least one case and at least two parallel lanes.
    private int MinimumLanes => Kind == FieldKind.Cases ? 1 : 2;

    private string? LaneError(int index, string field) =>
        State.ErrorsOfField($"{BasePath}.{Property}[{index}]", field) is { Count: > 0 } errors ? string.Join("; ", errors.Select(e => e.Message)) : null;

    private async Task SetName(JsonObject lane, string? name)
    {
        JsonFields.SetText(lane, "name", name, keepEmpty: Kind == FieldKind.Branches);
        await OnChanged.InvokeAsync();
    }

    private async Task SetWhen(JsonObject lane, string? when)
    {
        lane["when"] = when ?? string.Empty;
        await OnChanged.InvokeAsync();
    }

    private async Task Add()
    {
        if (Owner[Property] is not JsonArray lanes)
        {
            lanes = [];
            Owner[Property] = lanes;
        }

        var name = Kind == FieldKind.Cases ? $"case{lanes.Count + 1}" : $"lane{lanes.Count + 1}";
        lanes.Add(Kind == FieldKind.Cases
            ? new JsonObject { ["name"] = name, ["when"] = "=true", ["steps"] = new JsonArray() }
            : new JsonObject { ["name"] = name, ["steps"] = new JsonArray() });
        await OnChanged.InvokeAsync();
    }

    private async Task RemoveAt(int index)
    {
        if (Owner[Property] is JsonArray lanes)
        {
            lanes.RemoveAt(index);
            await OnChanged.InvokeAsync();
        }
    }
}
