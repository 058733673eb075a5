using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Sdk.Testing;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Tests;

[Collection(TrytonCollection.Name)]
public sealed class TrytonConnectorTests(TrytonTestBed bed)
{
    private TrytonSettings Settings => new() { DatabaseUrl = bed.Url.ToString(), User = bed.User, Password = bed.Password };

    [Fact]
    public void The_connector_declares_the_shared_erp_operations_and_hides_the_password()
    {
        using var harness = new ConnectorTestHarness(new TrytonConnector());

        var descriptor = harness.Definition.Descriptor;

        Assert.Equal("tryton", descriptor.Name);
        Assert.Equal(
            ["applySupplierConfirmation", "checkCredit", "confirmPurchaseOrder", "confirmSalesOrder", "createPurchaseOrder", "createSalesOrder",
             "getAvailability", "getContractPrice", "getCustomer", "getItem", "getSalesOrderStatus", "listChanges", "listItems",
             "listPostedInvoices", "listPurchaseOrdersToSend", "listShipments", "markPurchaseOrderSent", "receiveSupplierShipment", "shipmentAction"],
            descriptor.Operations.Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.Contains(descriptor.SecretSettings, s => s.Equals("password", StringComparison.OrdinalIgnoreCase));
        Assert.True(descriptor.Operations.Single(o => o.Name == "createSalesOrder").IsIdempotent);
    }

    [Fact]
    public async Task Operations_run_through_the_sdk_against_tryton()
    {
        using var harness = new ConnectorTestHarness(new TrytonConnector());

        var connection = await harness.TestConnectionAsync(Settings);
        var customer = await harness.RunAsync<Customer>("getCustomer", Settings, new CustomerInput("C-BETA"));
        var input = new CreateSalesOrderInput("C-BETA", [new SalesOrderLineRequest("WIDGET", 4m)], "PO-SDK");
        var key = $"run-{Guid.NewGuid():N}/createOrder";
        var first = await harness.RunAsync<OrderResult>("createSalesOrder", Settings, input, key);
        var second = await harness.RunAsync<OrderResult>("createSalesOrder", Settings, input, key);
        var confirmed = await harness.RunAsync<SalesOrderStatus>("confirmSalesOrder", Settings, new SalesOrderInput(first.Id));

        Assert.True(connection.Succeeded, connection.Message);
        Assert.Equal("Beta Stores", customer.Name);
        Assert.Equal((first.Id, true, false), (second.Id, first.Created, second.Created));
        Assert.Equal("processing", confirmed.State);
        Assert.Single(confirmed.ShipmentIds);
    }

    [Fact]
    public async Task Sdk_errors_keep_their_category()
    {
        using var harness = new ConnectorTestHarness(new TrytonConnector());

        var unknown = await Assert.ThrowsAnyAsync<ConnectorException>(() => harness.RunAsync<Customer>("getCustomer", Settings, new CustomerInput("C-NOPE")));
        var noKey = await Assert.ThrowsAnyAsync<ConnectorException>(() =>
            harness.RunAsync<OrderResult>("createSalesOrder", Settings, new CreateSalesOrderInput("C-BETA", [new SalesOrderLineRequest("WIDGET", 1m)])));
        var badUrl = await Assert.ThrowsAnyAsync<ConnectorException>(() =>
            harness.RunAsync<Customer>("getCustomer", new TrytonSettings { DatabaseUrl = "not a url", User = "u", Password = "p" }, new CustomerInput("C-BETA")));

        Assert.Equal(ErrorCategory.DataQuality, unknown.Category);
        Assert.Equal(ErrorCategory.Platform, noKey.Category);
        Assert.Equal(ErrorCategory.Platform, badUrl.Category);
    }
}
