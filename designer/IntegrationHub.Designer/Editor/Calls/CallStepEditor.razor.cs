using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Editor.Calls;

/// <summary>
/// The parts of a <c>call</c> step that depend on the hub: the connection (picked from the flow's logical connections
/// and the configured ones; any name may be typed, with a warning when runs could not use it), the operation (picked
/// from that connector's operations), the input as a form generated from the operation's schema, and its output.
/// </summary>
public partial class CallStepEditor
{
    private string? _declared;
    private IReadOnlyList<ConnectionChoice> _choices = [];

    /// <summary>Gets or sets the editor state.</summary>
    [Parameter]
    [EditorRequired]
    public FlowEditorState State { get; set; } = default!;

    /// <summary>Gets or sets the call step.</summary>
    [Parameter]
    [EditorRequired]
    public JsonObject Step { get; set; } = default!;

    /// <summary>Gets or sets the step's JSON path.</summary>
    [Parameter]
    [EditorRequired]
    public string StepPath { get; set; } = "$";

    /// <summary>Gets or sets the hub's connections and connectors.</summary>
    [Parameter]
    [EditorRequired]
    public ConnectorDirectory Directory { get; set; } = default!;

    /// <summary>Gets or sets the flow schema's <c>input</c> field (for the raw editor).</summary>
    [Parameter]
    [EditorRequired]
    public FieldDescriptor InputField { get; set; } = default!;

    /// <summary>Gets or sets whether editing is off.</summary>
    [Parameter]
    public bool ReadOnly { get; set; }

    private string? StepId => (string?)Step["id"];

    private CallConnection Connection => CallConnection.Resolve(State.Document, JsonFields.Text(Step, "connection"), Directory);

    private string? OperationName => JsonFields.Text(Step, "operation");

    private ConnectorOperationInfo? Operation => Connection.Connector?.Operations.FirstOrDefault(o => o.Name == OperationName);

    private string ConnectionHelp => Connection is { IsDeclared: true, ConnectorName: { } connector } c
        ? $"{connector} · connection {c.ConfiguredName}"
        : "a connection of this flow or of the hub";

    private string? ConnectionError => FieldErrors("connection");

    private string? OperationError => FieldErrors("operation") ?? (OperationName is { Length: > 0 } name && Connection.Connector is { } connector && Operation is null
        ? $"{connector.DisplayName} has no operation '{name}': pick one of its operations."
        : null);

    /// <inheritdoc />
    protected override async Task OnInitializedAsync() => await Directory.LoadAsync();

    private string? FieldErrors(string field) =>
        State.ErrorsOfField(StepPath, field) is { Count: > 0 } errors ? string.Join("; ", errors.Select(e => e.Message)) : null;

    private string ChoiceDetail(string name) => _choices.FirstOrDefault(c => c.Name == name)?.Detail ?? string.Empty;

    private Task<IEnumerable<string>> SearchConnectionsAsync(string? text, CancellationToken cancellationToken)
    {
        _choices = FlowConnections.Choices(State.Document, Directory);
        var names = _choices.Select(c => c.Name);

        // The whole list while nothing (or a complete name) is typed; else the names that contain the text.
        if (!string.IsNullOrEmpty(text) && text != Connection.Name)
        {
            names = names.Where(n => n.Contains(text, StringComparison.OrdinalIgnoreCase));
        }

        return Task.FromResult(names);
    }

    private void SetConnection(string? name)
    {
        name = name?.Trim();
        _declared = null;
        JsonFields.SetText(Step, "connection", name, keepEmpty: true);

        // A configured connection the flow does not use yet is declared under its own name, so the flow stays valid.
        if (name is { Length: > 0 } && FlowConnections.Binding(State.Document, name) is null && Directory.Connection(name) is { } configured)
        {
            FlowConnections.Declare(State.Document, configured);
            _declared = $"Added '{name}' to the flow's connections (connector {configured.Connector}).";
        }

        State.MarkChanged();
    }

    private void SetOperation(string? name)
    {
        JsonFields.SetText(Step, "operation", name, keepEmpty: true);
        State.MarkChanged();
    }

    private async Task ReloadAsync()
    {
        await Directory.ReloadAsync();
    }
}
