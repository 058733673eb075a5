namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Output of listItems.</summary>
public sealed record ItemList(IReadOnlyList<Item> Items);
