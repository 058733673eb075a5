using System.ComponentModel;

namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Input of getCustomer.</summary>
public sealed record CustomerInput([property: Description("Customer (party) code.")] string Customer);
