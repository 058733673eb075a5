using System.ComponentModel;

namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Input of listItems.</summary>
public sealed record ListItemsInput(
    [property: Description("Part of the code or name; all items when empty.")] string? Search = null,
    int Offset = 0,
    int Limit = 100);
