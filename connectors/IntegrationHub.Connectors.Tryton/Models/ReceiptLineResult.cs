namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>A received item against what was expected; <see cref="Shortage"/> stays on order as a backorder.</summary>
public sealed record ReceiptLineResult(string ItemCode, decimal Expected, decimal Received, decimal Shortage, string Unit);
