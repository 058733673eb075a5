using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Applies a supplier's acknowledgement (quantities and dates) to a purchase order.</summary>
[Operation("applySupplierConfirmation", Description = "Applies the supplier's confirmed quantity and date per line (X12 855) and marks the purchase order acknowledged.", Idempotent = true)]
internal sealed class ApplySupplierConfirmationOperation : ConnectorOperation<SandboxSettings, SupplierConfirmationInput, PurchaseOrder>
{
    public override async Task<PurchaseOrder> ExecuteAsync(OperationContext context, SandboxSettings settings, SupplierConfirmationInput input, CancellationToken cancellationToken)
    {
        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        return await store.UpdateAsync<PurchaseOrder>("po", input.Number, p =>
        {
            if (p.State is not ("confirmed" or "acknowledged"))
            {
                throw new ConnectorException(ErrorCategory.Business, $"Purchase order {p.Number} is {p.State}; a supplier confirmation applies to confirmed orders.", "invalid_po_state");
            }

            foreach (var confirmed in input.Lines)
            {
                if (p.Lines.All(l => l.LineNo != confirmed.LineNo))
                {
                    throw new ConnectorException(ErrorCategory.DataQuality, $"Purchase order {p.Number} has no line {confirmed.LineNo}.", "unknown_line");
                }

                if (confirmed.ConfirmedQuantity < 0)
                {
                    throw new ConnectorException(ErrorCategory.DataQuality, $"Purchase order {p.Number} line {confirmed.LineNo}: confirmed quantity {confirmed.ConfirmedQuantity} must not be negative.", "invalid_quantity");
                }
            }

            var lines = p.Lines.Select(l => input.Lines.FirstOrDefault(c => c.LineNo == l.LineNo) is { } c
                ? l with { ConfirmedQuantity = c.ConfirmedQuantity, ConfirmedDate = c.ConfirmedDate }
                : l).ToList();
            return p with { Lines = lines, State = "acknowledged", UpdatedAt = store.Now };
        }).ConfigureAwait(false);
    }
}
