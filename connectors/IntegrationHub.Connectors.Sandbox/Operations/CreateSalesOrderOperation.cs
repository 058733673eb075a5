using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Creates a draft sales order, once per idempotency key.</summary>
[Operation("createSalesOrder", Description = "Creates a draft sales order priced from the customer's contract, choosing a fulfilment warehouse per line; a repeated call with the same idempotency key returns the existing order.", Idempotent = true)]
internal sealed class CreateSalesOrderOperation : ConnectorOperation<SandboxSettings, CreateSalesOrderInput, CreateSalesOrderOutput>
{
    private const string Operation = "createSalesOrder";

    public override async Task<CreateSalesOrderOutput> ExecuteAsync(OperationContext context, SandboxSettings settings, CreateSalesOrderInput input, CancellationToken cancellationToken)
    {
        var key = context.IdempotencyKey
            ?? throw new ConnectorException(ErrorCategory.Platform, "createSalesOrder needs an idempotency key (the runtime passes {runId}/{stepPath}).", "idempotency_key_required");
        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        var number = await store.FindIdempotentAsync(Operation, key).ConfigureAwait(false);
        if (number is not null && await store.FindAsync<SalesOrder>("so", number).ConfigureAwait(false) is { } existing)
        {
            return new CreateSalesOrderOutput(false, existing);
        }

        var order = await BuildAsync(store, input).ConfigureAwait(false);
        var claimed = false;
        if (number is null)
        {
            var candidate = await store.NextNumberAsync("so", "SO-").ConfigureAwait(false);
            number = await store.ClaimIdempotentAsync(Operation, key, candidate).ConfigureAwait(false);
            claimed = number == candidate;
        }

        // Whoever owns the key creates the order under that number; a racing or resumed caller gets the same record.
        var (created, stored) = await store.CreateAsync("so", number, order with { Number = number }).ConfigureAwait(false);
        return new CreateSalesOrderOutput(created && claimed, stored);
    }

    private static async Task<SalesOrder> BuildAsync(SandboxStore store, CreateSalesOrderInput input)
    {
        if (input.Lines.Count == 0)
        {
            throw new ConnectorException(ErrorCategory.DataQuality, "createSalesOrder: the order has no lines.", "no_lines");
        }

        var customer = await store.GetAsync<Customer>("customer", input.Customer).ConfigureAwait(false);
        var warehouses = (await store.ListAsync<Warehouse>("warehouse").ConfigureAwait(false)).Select(w => w.Code).ToList();
        var stock = await store.ListAsync<Stock>("stock").ConfigureAwait(false);
        var lines = new List<SalesOrderLine>();
        for (var i = 0; i < input.Lines.Count; i++)
        {
            var line = input.Lines[i];
            var where = $"createSalesOrder line {i + 1}";
            Units.RequirePositive(line.Quantity, where);
            var item = await store.FindAsync<Item>("item", line.Sku).ConfigureAwait(false)
                ?? throw new ConnectorException(ErrorCategory.Business, $"{where}: item '{line.Sku}' does not exist.", "unknown_item");
            var baseQuantity = Units.ToBase(item, line.Quantity, line.Unit, where);
            var price = line.UnitPrice ?? (await Pricing.PriceAsync(store, customer, item, line.Quantity, line.Unit).ConfigureAwait(false)).UnitPrice;
            string warehouse;
            if (line.Warehouse is not null)
            {
                warehouse = warehouses.Contains(line.Warehouse, StringComparer.Ordinal)
                    ? line.Warehouse
                    : throw new ConnectorException(ErrorCategory.DataQuality, $"{where}: warehouse '{line.Warehouse}' does not exist; warehouses are {string.Join(", ", warehouses)}.", "unknown_warehouse");
            }
            else
            {
                var candidates = warehouses
                    .Select(w => (Code: w, Available: stock.FirstOrDefault(s => s.Warehouse == w && s.Sku == item.Sku) is { } s ? s.OnHand - s.Reserved : 0m))
                    .ToList();
                warehouse = candidates.FirstOrDefault(c => c.Available >= baseQuantity).Code ?? candidates.MaxBy(c => c.Available).Code;
            }

            lines.Add(new SalesOrderLine(i + 1, item.Sku, line.Quantity, line.Unit, price, warehouse, 0m));
        }

        var now = store.Now;
        return new SalesOrder(string.Empty, customer.Code, input.CustomerReference, "draft", customer.Currency, lines, lines.Sum(l => l.Quantity * l.UnitPrice), now, now);
    }
}
