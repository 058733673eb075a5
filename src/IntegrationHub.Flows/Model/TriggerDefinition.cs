namespace IntegrationHub.Flows.Model;

/// <summary>What starts a run of a flow. Subtypes per trigger kind.</summary>
public abstract record TriggerDefinition
{
    /// <summary>Gets the trigger kind as written in the file (http, schedule, event, manual).</summary>
    public abstract string Kind { get; }

    /// <summary>Gets the expression over the input giving the idempotency key, if any.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Gets the expression over the input giving the correlation id, if any.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Gets the JSON path of the trigger in its file.</summary>
    public string JsonPath { get; init; } = "$.trigger";
}

/// <summary>An HTTP trigger served at <c>/hooks/{path}</c>, synchronous until its respond step.</summary>
public sealed record HttpTrigger : TriggerDefinition
{
    /// <inheritdoc />
    public override string Kind => "http";

    /// <summary>Gets the hook path below <c>/hooks/</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Gets the HTTP method. The default value is POST.</summary>
    public string Method { get; init; } = "POST";

    /// <summary>Gets how long the caller waits for the respond step. The default value is 10 seconds.</summary>
    public TimeSpan SyncTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets the schema id the request body must satisfy, if any.</summary>
    public string? InputSchema { get; init; }
}

/// <summary>A cron schedule.</summary>
public sealed record ScheduleTrigger : TriggerDefinition
{
    /// <inheritdoc />
    public override string Kind => "schedule";

    /// <summary>Gets the cron expression (5 fields, or 6 with seconds first).</summary>
    public required string Cron { get; init; }

    /// <summary>Gets the IANA time zone the cron is read in. The default value is UTC.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Gets the input template of each scheduled run.</summary>
    public System.Text.Json.Nodes.JsonNode? Input { get; init; }
}

/// <summary>An event published inside the hub or posted to <c>/api/events</c>.</summary>
public sealed record EventTrigger : TriggerDefinition
{
    /// <inheritdoc />
    public override string Kind => "event";

    /// <summary>Gets the event type, e.g. <c>edi.850</c>.</summary>
    public required string Event { get; init; }

    /// <summary>Gets the filter expression, if any.</summary>
    public string? Filter { get; init; }
}

/// <summary>Started by a person or a script through the API.</summary>
public sealed record ManualTrigger : TriggerDefinition
{
    /// <inheritdoc />
    public override string Kind => "manual";

    /// <summary>Gets the schema id the input must satisfy, if any.</summary>
    public string? InputSchema { get; init; }
}
