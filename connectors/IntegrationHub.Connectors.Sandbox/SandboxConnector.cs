using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sandbox.Operations;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox;

/// <summary>
/// The Sandbox connector's entry type: an in-process reference ERP / WMS / TMS with deterministic seed data, its state in
/// the hub's store. Operation names match the Tryton connector's where they mean the same. For trying flows, never the
/// only thing a test checks.
/// </summary>
[Connector("sandbox", "1.0.0", DisplayName = "Sandbox ERP / WMS / TMS", Description = "In-process reference ERP, warehouse and transport system with seeded customers, items, prices, credit and stock.")]
public sealed class SandboxConnector : ConnectorModule<SandboxSettings>
{
    /// <inheritdoc />
    public override IEnumerable<IConnectorOperation> CreateOperations() =>
    [
        new GetCustomerOperation(),
        new ListItemsOperation(),
        new GetItemOperation(),
        new GetContractPriceOperation(),
        new CheckCreditOperation(),
        new GetAvailabilityOperation(),
        new CreateSalesOrderOperation(),
        new ConfirmSalesOrderOperation(),
        new GetSalesOrderOperation(),
        new GetSalesOrderStatusOperation(),
        new ListShipmentsOperation(),
        new ShipmentActionOperation(),
        new CreatePurchaseOrderOperation(),
        new ConfirmPurchaseOrderOperation(),
        new ListPurchaseOrdersToSendOperation(),
        new MarkPurchaseOrderSentOperation(),
        new ApplySupplierConfirmationOperation(),
        new ReceiveSupplierShipmentOperation(),
        new ListPostedInvoicesOperation(),
        new ListChangesOperation(),
    ];

    /// <inheritdoc />
    public override async Task<ConnectionTestResult> TestConnectionAsync(OperationContext context, SandboxSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        var customers = await store.ListAsync<Customer>("customer").ConfigureAwait(false);
        return ConnectionTestResult.Success($"{settings.Company}: sandbox ready with {customers.Count} customers.");
    }
}
