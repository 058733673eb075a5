using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace IntegrationHub.Designer.Editor;

/// <summary>
/// One step in the graph: kind, id, a one-line summary, its validation errors, and its nested lanes (switch cases,
/// loop body, parallel lanes, wait time-out). Enter selects; Alt+↑/↓ moves it within its lane.
/// </summary>
public partial class StepNode
{
    /// <summary>Gets or sets the editor state.</summary>
    [Parameter]
    [EditorRequired]
    public FlowEditorState State { get; set; } = default!;

    /// <summary>Gets or sets the step's JSON path.</summary>
    [Parameter]
    [EditorRequired]
    public string Path { get; set; } = string.Empty;

    /// <summary>Gets or sets the step kinds (for nested lanes).</summary>
    [Parameter]
    public IReadOnlyList<NodeKindDescriptor> Kinds { get; set; } = [];

    /// <summary>Gets or sets the 1-based position in its lane.</summary>
    [Parameter]
    public int Position { get; set; }

    /// <summary>Gets or sets how many steps its lane has.</summary>
    [Parameter]
    public int Count { get; set; }

    private JsonObject? Step => State.StepAt(Path);

    private string? Kind => (string?)Step?["kind"];

    private string? Id => (string?)Step?["id"];

    private string? NameText => (string?)Step?["name"];

    private bool Selected => State.SelectedPath == Path;

    private IReadOnlyList<FlowErrorDto> Errors => State.ErrorsAt(Path);

    private List<(string Label, string ListPath)> Lanes => Step is { } step ? [.. StepLists.Nested(step, Path)] : [];

    private string NodeClass =>
        "ih-node"
        + (Selected ? " ih-node-selected" : string.Empty)
        + (Errors.Count > 0 ? " ih-node-invalid" : string.Empty)
        + (Kind is "call" or "publish" or "respond" or "wait" or "subflow" or "delay" ? " ih-node-checkpoint" : string.Empty);

    private string AriaLabel =>
        $"Step {Position} of {Count}: {Kind} {Id}" + (Errors.Count > 0 ? $", {Errors.Count} errors" : string.Empty) + (Selected ? ", selected" : string.Empty);

    private string Summary => Step is not { } s ? string.Empty : Kind switch
    {
        "call" => $"{(string?)s["connection"]}.{(string?)s["operation"]}",
        "map" => $"mapping {(string?)s["mapping"]}",
        "validate" => $"schema {(string?)s["schema"]}",
        "foreach" => $"{(string?)s["items"]} as {(string?)s["as"] ?? "item"}",
        "wait" => $"{(string?)s["event"]} · {(string?)s["timeout"]}",
        "delay" => (string?)s["duration"] ?? (string?)s["until"] ?? string.Empty,
        "respond" => $"status {s["status"]?.ToJsonString()}",
        "publish" => (string?)s["event"] ?? string.Empty,
        "subflow" => $"flow {(string?)s["flow"]}",
        "set" => s["vars"] is JsonObject vars ? string.Join(", ", vars.Select(v => v.Key)) : string.Empty,
        "fail" => $"{(string?)s["category"]}: {(string?)s["message"]}",
        _ => string.Empty,
    };

    private string LaneHeader(string label, string listPath)
    {
        if (Kind == "switch" && listPath.EndsWith(".steps", StringComparison.Ordinal)
            && JsonPaths.Resolve(State.Document, listPath[..^".steps".Length]) is JsonObject lane)
        {
            return $"{label}: when {(string?)lane["when"]}";
        }

        return label;
    }

    private string FieldOf(string errorPath) =>
        errorPath.Length > Path.Length && errorPath[Path.Length] == '.' ? $"{errorPath[(Path.Length + 1)..]}: " : string.Empty;

    private void Select() => State.Select(Path);

    private async Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        switch (e.Key)
        {
            case "Enter" or " ":
                Select();
                break;
            case "ArrowUp" when e.AltKey && !State.ReadOnly:
                await MoveAsync(-1);
                break;
            case "ArrowDown" when e.AltKey && !State.ReadOnly:
                await MoveAsync(1);
                break;
        }
    }

    private Task MoveAsync(int delta)
    {
        State.MoveStep(Path, delta);
        return Task.CompletedTask;
    }

    private void Remove() => State.RemoveStep(Path);

    private void AddTimeoutLane()
    {
        if (Step is { } step)
        {
            step["onTimeout"] = new JsonArray();
            State.MarkChanged();
        }
    }
}
