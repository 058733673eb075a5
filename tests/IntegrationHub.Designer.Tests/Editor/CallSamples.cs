using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;

namespace IntegrationHub.Designer.Tests.Editor;

/// <summary>Two connectors with operation schemas shaped like the ones connectors generate, and a flow that calls them.</summary>
internal static class CallSamples
{
    public const string Flow = """
        {
          "id": "orders", "name": "Orders", "trigger": { "kind": "manual" },
          "connections": {
            "erp": { "connector": "sandbox", "connection": "sandbox-erp" },
            "wms": { "connector": "warehouse" }
          },
          "steps": [
            { "id": "create", "kind": "call", "connection": "erp", "operation": "createSalesOrder",
              "input": { "lines": "=input.lines", "legacyFlag": true } },
            { "id": "fresh", "kind": "call", "connection": "", "operation": "" },
            { "id": "ship", "kind": "call", "connection": "wms", "operation": "pick" }
          ]
        }
        """;

    public static ConnectorInfo Sandbox { get; } = new(
        "sandbox",
        "1.0.0",
        "Sandbox ERP",
        "Reference ERP.",
        Schema("""{ "type": "object", "properties": { "company": { "type": "string" }, "apiKey": { "type": "string", "writeOnly": true } } }"""),
        ["apiKey"],
        [
            new("checkCredit", "Checks the customer's credit for an amount.", true, false,
                Schema("""{ "type": "object", "properties": { "customer": { "type": "string" }, "amount": { "type": ["string", "number"] } }, "required": ["customer", "amount"] }"""),
                Schema("""{ "type": "object", "properties": { "approved": { "type": "boolean" } } }""")),
            new("createSalesOrder", "Creates a sales order (idempotent by customer reference).", true, false,
                Schema("""
                    { "type": "object", "additionalProperties": false, "required": ["customer", "lines"], "properties": {
                        "customer": { "type": "string", "description": "Customer code." },
                        "lines": { "type": "array", "items": { "type": "object", "properties": { "sku": { "type": "string" } } } },
                        "customerReference": { "type": ["string", "null"], "default": null },
                        "priority": { "type": ["string", "integer"], "pattern": "^-?(?:0|[1-9]\\d*)$" },
                        "rush": { "type": "boolean" },
                        "channel": { "enum": ["portal", "edi"] },
                        "shipTo": { "type": "object", "required": ["city"], "properties": { "city": { "type": "string" }, "country": { "type": "string" } } } } }
                    """),
                Schema("""{ "type": "object", "properties": { "created": { "type": "boolean" }, "order": { "type": "object", "properties": { "number": { "type": "string", "description": "ERP order number." } } } } }""")),
        ]);

    public static ConnectorInfo Warehouse { get; } = new(
        "warehouse",
        "2.0.0",
        "Warehouse",
        null,
        Schema("""{ "type": "object", "properties": {} }"""),
        [],
        [
            new("listShipments", "Lists shipments page by page.", false, true, Schema("""{ "type": "object", "properties": { "since": { "type": "string", "format": "date-time" } } }"""), Schema("""{ "type": "object" }""")),
            new("pick", "Picks the lines of a shipment.", false, false,
                Schema("""{ "type": "object", "required": ["shipment"], "properties": { "shipment": { "type": "string" }, "quantity": { "type": ["string", "number"] } } }"""),
                Schema("""{ "type": "object", "properties": { "picked": { "type": "boolean" } } }""")),
        ]);

    private static JsonObject Schema(string json) => JsonNode.Parse(json)!.AsObject();
}
