using System.Text.Json.Nodes;

namespace IntegrationHub.Runtime.Model;

/// <summary>An event: published by a flow, posted to the API, or produced by a connector (EDI, WMS).</summary>
/// <param name="Id">Unique id: the same id twice is applied once.</param>
/// <param name="Type">Event type, e.g. <c>edi.855</c> or <c>order.accepted</c>.</param>
/// <param name="CorrelationKey">What waits match on (order number, PO number…), if any.</param>
/// <param name="Payload">The event body.</param>
/// <param name="Source">Who produced it (run id, API caller, connector).</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record HubEvent(string Id, string Type, string? CorrelationKey, JsonNode? Payload, string Source, DateTimeOffset OccurredAt);
