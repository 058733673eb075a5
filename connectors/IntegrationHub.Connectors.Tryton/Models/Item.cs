namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>A Tryton product variant; <see cref="Unit"/> is the symbol of its default unit of measure.</summary>
public sealed record Item(
    long Id,
    string Code,
    string Name,
    string Type,
    string Unit,
    string? SaleUnit,
    string? PurchaseUnit,
    Money ListPrice,
    bool Salable,
    bool Purchasable);
