namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>A contract price list.</summary>
/// <param name="Code">The code.</param>
/// <param name="Currency">The ISO currency.</param>
/// <param name="Entries">The prices.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record PriceList(string Code, string Currency, List<PriceListEntry> Entries, DateTimeOffset UpdatedAt);
