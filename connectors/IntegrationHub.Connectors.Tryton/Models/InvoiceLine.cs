namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>An invoice line.</summary>
public sealed record InvoiceLine(string? ItemCode, string? Description, decimal Quantity, string? Unit, Money UnitPrice, Money Amount);
