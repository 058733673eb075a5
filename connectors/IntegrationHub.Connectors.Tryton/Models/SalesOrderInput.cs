using System.ComponentModel;

namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Input of confirmSalesOrder and getSalesOrderStatus.</summary>
public sealed record SalesOrderInput([property: Description("Tryton sale id.")] long SalesOrderId);
