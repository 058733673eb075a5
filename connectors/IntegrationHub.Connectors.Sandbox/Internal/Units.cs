using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Internal;

/// <summary>Unit-of-measure conversions of an item.</summary>
internal static class Units
{
    public static decimal Factor(Item item, string unit, string where) =>
        item.Units.TryGetValue(unit, out var factor)
            ? factor
            : throw new ConnectorException(ErrorCategory.DataQuality, $"{where}: unit '{unit}' is not defined for item {item.Sku}; use one of {string.Join(", ", item.Units.Keys.Order(StringComparer.Ordinal))}.", "unknown_unit");

    public static decimal ToBase(Item item, decimal quantity, string unit, string where) => quantity * Factor(item, unit, where);

    public static void RequirePositive(decimal quantity, string where)
    {
        if (quantity <= 0)
        {
            throw new ConnectorException(ErrorCategory.DataQuality, $"{where}: quantity {quantity} must be positive.", "invalid_quantity");
        }
    }
}
