using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Creates a draft purchase order, once per idempotency key.</summary>
[Operation("createPurchaseOrder", Description = "Creates a draft purchase order; a repeated call with the same idempotency key returns the existing one.", Idempotent = true)]
internal sealed class CreatePurchaseOrderOperation : ConnectorOperation<SandboxSettings, CreatePurchaseOrderInput, CreatePurchaseOrderOutput>
{
    private const string Operation = "createPurchaseOrder";

    public override async Task<CreatePurchaseOrderOutput> ExecuteAsync(OperationContext context, SandboxSettings settings, CreatePurchaseOrderInput input, CancellationToken cancellationToken)
    {
        var key = context.IdempotencyKey
            ?? throw new ConnectorException(ErrorCategory.Platform, "createPurchaseOrder needs an idempotency key (the runtime passes {runId}/{stepPath}).", "idempotency_key_required");
        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        var number = await store.FindIdempotentAsync(Operation, key).ConfigureAwait(false);
        if (number is not null && await store.FindAsync<PurchaseOrder>("po", number).ConfigureAwait(false) is { } existing)
        {
            return new CreatePurchaseOrderOutput(false, existing);
        }

        if (string.IsNullOrWhiteSpace(input.Supplier) || input.Lines.Count == 0)
        {
            throw new ConnectorException(ErrorCategory.DataQuality, "createPurchaseOrder: a supplier and at least one line are required.", "invalid_input");
        }

        await store.GetAsync<Warehouse>("warehouse", input.Warehouse, ErrorCategory.DataQuality).ConfigureAwait(false);
        var lines = new List<PurchaseOrderLine>();
        for (var i = 0; i < input.Lines.Count; i++)
        {
            var line = input.Lines[i];
            var where = $"createPurchaseOrder line {i + 1}";
            Units.RequirePositive(line.Quantity, where);
            var item = await store.GetAsync<Item>("item", line.Sku, ErrorCategory.DataQuality).ConfigureAwait(false);
            Units.Factor(item, line.Unit, where);
            var price = line.UnitPrice ?? throw new ConnectorException(ErrorCategory.DataQuality, $"{where}: unitPrice is required.", "price_required");
            lines.Add(new PurchaseOrderLine(i + 1, item.Sku, line.Quantity, line.Unit, price, null, null, 0m));
        }

        var claimed = false;
        if (number is null)
        {
            var candidate = await store.NextNumberAsync("po", "PO-").ConfigureAwait(false);
            number = await store.ClaimIdempotentAsync(Operation, key, candidate).ConfigureAwait(false);
            claimed = number == candidate;
        }

        var now = store.Now;
        var (created, stored) = await store.CreateAsync("po", number, new PurchaseOrder(number, input.Supplier, input.Warehouse, "draft", "USD", lines, null, now, now)).ConfigureAwait(false);
        return new CreatePurchaseOrderOutput(created && claimed, stored);
    }
}
