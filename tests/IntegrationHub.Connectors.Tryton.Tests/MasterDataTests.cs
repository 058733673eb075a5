using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Tests;

[Collection(TrytonCollection.Name)]
public sealed class MasterDataTests(TrytonTestBed bed)
{
    [Fact]
    public async Task Customer_is_read_with_price_list_credit_limit_and_address()
    {
        var customer = await bed.Client.GetCustomerAsync("C-ACME");

        Assert.Equal("ACME Retail", customer.Name);
        Assert.Equal("Contract ACME", customer.PriceList);
        Assert.Equal(new Money(100000m, "USD"), customer.CreditLimit);
        Assert.Equal("Net 30", customer.PaymentTerm);
        Assert.Equal("Boston", Assert.Single(customer.Addresses).City);
    }

    [Fact]
    public async Task Unknown_customer_is_a_data_quality_error()
    {
        var error = await Assert.ThrowsAsync<TrytonException>(() => bed.Client.GetCustomerAsync("C-NOPE"));

        Assert.Equal(ErrorCategory.DataQuality, error.Category);
        Assert.Contains("C-NOPE", error.Message);
    }

    [Fact]
    public async Task Items_are_listed_by_code_and_filtered()
    {
        var all = await bed.Client.ListItemsAsync();
        var coffee = await bed.Client.ListItemsAsync("coff");

        Assert.Equal(["BOLT-BOX", "COFFEE", "FREIGHT", "GADGET", "WIDGET"], all.Select(i => i.Code));
        Assert.Equal("COFFEE", Assert.Single(coffee).Code);
    }

    [Fact]
    public async Task Item_is_read_with_units_and_list_price()
    {
        var bolts = await bed.Client.GetItemAsync("BOLT-BOX");

        Assert.Equal("Bolt box", bolts.Name);
        Assert.Equal("goods", bolts.Type);
        Assert.Equal("u", bolts.Unit);
        Assert.Equal("cs12", bolts.SaleUnit);
        Assert.Equal(new Money(2.00m, "USD"), bolts.ListPrice);
        Assert.True(bolts.Salable);
    }

    [Theory]
    [InlineData("C-ACME", "WIDGET", 10, null, 9.00, "Contract ACME")]
    [InlineData("C-ACME", "WIDGET", 150, null, 8.00, "Contract ACME")]
    [InlineData("C-ACME", "GADGET", 1, null, 23.75, "Contract ACME")]
    [InlineData("C-BETA", "GADGET", 1, null, 22.00, "Contract Beta")]
    [InlineData("C-HOLD", "WIDGET", 10, null, 10.00, null)]
    [InlineData("C-ACME", "BOLT-BOX", 2, "cs12", 22.80, "Contract ACME")]
    public async Task Contract_price_comes_from_the_customers_price_list(string customer, string item, int quantity, string? unit, double expected, string? priceList)
    {
        var price = await bed.Client.GetContractPriceAsync(customer, item, quantity, unit);

        Assert.Equal(new Money((decimal)expected, "USD"), price.UnitPrice);
        Assert.Equal(priceList, price.PriceList);
    }

    [Fact]
    public async Task Credit_check_approves_within_the_limit_and_holds_above_it()
    {
        var small = await bed.Client.CheckCreditAsync("C-HOLD", new Money(60m, "USD"));
        var large = await bed.Client.CheckCreditAsync("C-HOLD", new Money(500m, "USD"));

        Assert.Equal(CreditDecision.Approved, small.Decision);
        Assert.Equal(CreditDecision.Hold, large.Decision);
        Assert.Equal(new Money(100m, "USD"), large.Limit);
        Assert.Equal(large.Limit!.Amount - large.Exposure.Amount, large.Available!.Amount);
    }

    [Fact]
    public async Task Availability_is_reported_per_warehouse_and_drops_when_a_sale_is_confirmed()
    {
        var before = await bed.Client.GetAvailabilityAsync(["COFFEE"]);
        var sale = await bed.Client.CreateSalesOrderAsync(new SalesOrderRequest(
            $"atp-{Guid.NewGuid():N}", "C-ACME", [new SalesOrderLineRequest("COFFEE", 12m)], WarehouseCode: "EAST"));
        await bed.Client.ConfirmSalesOrderAsync(sale.Id);
        await bed.Client.ProcessSalesOrderAsync(sale.Id);
        var after = await bed.Client.GetAvailabilityAsync(["COFFEE"], ["EAST"]);

        Assert.Equal(250m, before.Single(a => a.WarehouseCode == "WH").OnHand);
        Assert.Equal(30m, before.Single(a => a.WarehouseCode == "EAST").OnHand);
        Assert.Equal(30m, before.Single(a => a.WarehouseCode == "EAST").Available);
        Assert.Equal("kg", before[0].Unit);
        var east = Assert.Single(after);
        Assert.Equal(30m, east.OnHand);
        Assert.Equal(18m, east.Available);
    }
}
