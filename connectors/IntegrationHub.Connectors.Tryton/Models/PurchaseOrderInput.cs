using System.ComponentModel;

namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Input of confirmPurchaseOrder and markPurchaseOrderSent.</summary>
public sealed record PurchaseOrderInput([property: Description("Tryton purchase id.")] long PurchaseOrderId);
