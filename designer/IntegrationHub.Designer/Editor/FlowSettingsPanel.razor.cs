using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Editor;

/// <summary>The flow's own settings: id, name, triggers, connections, retry policies (with their schedules) and business keys.</summary>
public partial class FlowSettingsPanel
{
    private string? _newConnection;
    private string? _newPolicy;

    /// <summary>Gets or sets the editor state.</summary>
    [Parameter]
    [EditorRequired]
    public FlowEditorState State { get; set; } = default!;

    /// <summary>Gets or sets the catalog of kinds and known ids.</summary>
    [Parameter]
    [EditorRequired]
    public AuthoringCatalog Catalog { get; set; } = default!;

    /// <summary>Gets or sets whether the flow has never been saved (its id can still change).</summary>
    [Parameter]
    public bool IsNew { get; set; }

    private JsonObject Doc => State.Document;

    private List<JsonObject> Triggers => Doc["trigger"] switch
    {
        JsonObject one => [one],
        JsonArray many => [.. many.OfType<JsonObject>()],
        _ => [],
    };

    private JsonObject Connections => Doc["connections"] as JsonObject ?? [];

    private JsonObject Policies => Doc["retryPolicies"] as JsonObject ?? [];

    private string TriggerPath(int index) => Doc["trigger"] is JsonArray ? $"$.trigger[{index}]" : "$.trigger";

    private string? Error(string field) => State.ErrorsOfField("$", field) is { Count: > 0 } errors ? string.Join("; ", errors.Select(e => e.Message)) : null;

    private void SetText(string name, string? value, bool keepEmpty)
    {
        JsonFields.SetText(Doc, name, value, keepEmpty);
        State.MarkChanged();
    }

    private void SetTriggerKind(JsonObject trigger, string? kind)
    {
        // Fields of another kind would be rejected by the schema: keep only what every trigger has.
        foreach (var key in trigger.Select(p => p.Key).Where(k => k is not "idempotencyKey" and not "correlationId" and not "description").ToList())
        {
            trigger.Remove(key);
        }

        trigger["kind"] = kind;
        State.MarkChanged();
    }

    private void AddTrigger()
    {
        var trigger = new JsonObject { ["kind"] = "manual" };
        switch (Doc["trigger"])
        {
            case JsonObject one:
                Doc["trigger"] = new JsonArray(one.DeepClone(), trigger);
                break;
            case JsonArray many:
                many.Add(trigger);
                break;
            default:
                Doc["trigger"] = trigger;
                break;
        }

        State.MarkChanged();
    }

    private void RemoveTrigger(int index)
    {
        if (Doc["trigger"] is JsonArray many)
        {
            many.RemoveAt(index);
            if (many.Count == 1)
            {
                Doc["trigger"] = many[0]!.DeepClone();
            }

            State.MarkChanged();
        }
    }

    private void SetBinding(JsonObject binding, string field, string? value, bool keepEmpty)
    {
        JsonFields.SetText(binding, field, value, keepEmpty);
        State.MarkChanged();
    }

    private void AddConnection()
    {
        var name = _newConnection?.Trim();
        if (string.IsNullOrEmpty(name) || Connections.ContainsKey(name))
        {
            return;
        }

        if (Doc["connections"] is not JsonObject connections)
        {
            connections = [];
            Doc["connections"] = connections;
        }

        connections[name] = new JsonObject { ["connector"] = "sandbox" };
        _newConnection = null;
        State.MarkChanged();
    }

    private void AddPolicy()
    {
        var name = _newPolicy?.Trim();
        if (string.IsNullOrEmpty(name) || Policies.ContainsKey(name))
        {
            return;
        }

        if (Doc["retryPolicies"] is not JsonObject policies)
        {
            policies = [];
            Doc["retryPolicies"] = policies;
        }

        policies[name] = new JsonObject { ["maxAttempts"] = 3, ["backoff"] = "exponential", ["initialDelay"] = "PT1S", ["maxDelay"] = "PT5M", ["jitter"] = true, ["retryOn"] = new JsonArray("transient") };
        _newPolicy = null;
        State.MarkChanged();
    }

    private void RemoveEntry(string property, string name)
    {
        if (Doc[property] is JsonObject entries)
        {
            entries.Remove(name);
            if (entries.Count == 0)
            {
                Doc.Remove(property);
            }

            State.MarkChanged();
        }
    }
}
