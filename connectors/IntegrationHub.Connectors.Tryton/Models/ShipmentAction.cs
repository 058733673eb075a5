namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>A warehouse step on a customer shipment.</summary>
public enum ShipmentAction
{
    /// <summary>Reserve stock; with partial allowed, what is missing is left for a backorder.</summary>
    Assign,

    /// <summary>The goods were picked.</summary>
    Pick,

    /// <summary>The goods were packed.</summary>
    Pack,

    /// <summary>The goods left with the carrier.</summary>
    Done,
}
