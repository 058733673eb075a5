namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>A warehouse step on a shipment.</summary>
public enum ShipmentAction
{
    /// <summary>Reserve stock (waiting → assigned).</summary>
    Assign = 0,

    /// <summary>Pick the assigned stock, optionally short (assigned → picked).</summary>
    Pick = 1,

    /// <summary>Pack (picked → packed).</summary>
    Pack = 2,

    /// <summary>Ship with carrier and tracking number (packed → done); posts the invoice.</summary>
    Done = 3,
}
