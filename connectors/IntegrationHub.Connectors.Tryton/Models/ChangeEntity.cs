namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>What <c>listChanges</c> can watch.</summary>
public enum ChangeEntity
{
    /// <summary>Parties (customers and suppliers), keyed by party code.</summary>
    Customer,

    /// <summary>Products, keyed by code.</summary>
    Item,

    /// <summary>Sales, keyed by number.</summary>
    SalesOrder,

    /// <summary>Customer shipments, keyed by number.</summary>
    Shipment,

    /// <summary>Purchases, keyed by number.</summary>
    PurchaseOrder,

    /// <summary>Supplier shipments, keyed by number.</summary>
    SupplierShipment,

    /// <summary>Invoices, keyed by number.</summary>
    Invoice,
}
