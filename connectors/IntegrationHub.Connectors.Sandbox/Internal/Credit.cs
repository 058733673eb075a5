using IntegrationHub.Connectors.Sandbox.Model;

namespace IntegrationHub.Connectors.Sandbox.Internal;

/// <summary>Credit exposure: confirmed orders not yet invoiced plus unpaid invoices.</summary>
internal static class Credit
{
    public static async Task<CreditCheckOutput> CheckAsync(SandboxStore store, Customer customer, decimal amount)
    {
        var orders = await store.ListAsync<SalesOrder>("so").ConfigureAwait(false);
        var invoices = await store.ListAsync<Invoice>("invoice").ConfigureAwait(false);
        var openOrders = orders
            .Where(o => o.Customer == customer.Code && o.State is "confirmed" or "processing")
            .Sum(o => o.Lines.Sum(l => (l.Quantity - l.ShippedQuantity) * l.UnitPrice));
        var unpaid = invoices.Where(i => i.Customer == customer.Code && !i.Paid).Sum(i => i.Total);
        var exposure = openOrders + unpaid;
        var available = customer.CreditLimit - exposure;
        string? reason = customer.OnCreditHold
            ? "the customer is on credit hold"
            : amount > available ? $"the order amount {amount} exceeds the available credit {available}" : null;
        return new CreditCheckOutput(customer.Code, reason is null ? "approved" : "hold", customer.CreditLimit, exposure, available, customer.Currency, reason);
    }
}
