using System.ComponentModel;

namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Input of listShipments.</summary>
public sealed record ListShipmentsInput(
    [property: Description("draft, waiting, assigned, picked, packed, done or cancelled.")] string State,
    string? Warehouse = null,
    int Limit = 100);
