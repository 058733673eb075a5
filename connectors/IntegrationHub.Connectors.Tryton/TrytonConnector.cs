using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Operations;

namespace IntegrationHub.Connectors.Tryton;

/// <summary>The Tryton ERP and warehouse connector (Tryton 6.0 over JSON-RPC, with the <c>integrationhub</c> companion module).</summary>
[Connector("tryton", "1.0.0", DisplayName = "Tryton ERP / WMS", Description = "Customers, items, contract prices, credit, availability, sales, shipments, purchases, receipts, invoices and change polling in Tryton 6.0 over JSON-RPC.")]
public sealed class TrytonConnector : ConnectorModule<TrytonSettings>
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
    public override async Task<ConnectionTestResult> TestConnectionAsync(OperationContext context, TrytonSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            var client = TrytonClientPool.Get(context, settings);
            var items = await client.ListItemsAsync(limit: 1, cancellationToken: cancellationToken).ConfigureAwait(false);
            return ConnectionTestResult.Success($"Connected to Tryton at {settings.DatabaseUrl} as {settings.User}; {(items.Count == 0 ? "no items yet" : "items readable")}.");
        }
        catch (ConnectorException ex)
        {
            return ConnectionTestResult.Failure(ex.Message);
        }
    }
}
