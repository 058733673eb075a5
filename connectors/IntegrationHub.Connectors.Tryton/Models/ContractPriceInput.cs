using System.ComponentModel;

namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Input of getContractPrice.</summary>
public sealed record ContractPriceInput(
    string Customer,
    string Item,
    decimal Quantity,
    [property: Description("Unit symbol; the item's sale unit when empty.")] string? Unit = null);
