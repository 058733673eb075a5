using System.ComponentModel;

namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Input of getItem.</summary>
public sealed record ItemInput([property: Description("Item (product) code.")] string Item);
