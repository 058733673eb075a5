using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Checks a customer's credit for an order amount.</summary>
[Operation("checkCredit", Description = "Approves an order amount or puts it on hold, with the credit limit and the current exposure.", Idempotent = true)]
internal sealed class CheckCreditOperation : ConnectorOperation<SandboxSettings, CreditCheckInput, CreditCheckOutput>
{
    public override async Task<CreditCheckOutput> ExecuteAsync(OperationContext context, SandboxSettings settings, CreditCheckInput input, CancellationToken cancellationToken)
    {
        if (input.Amount < 0)
        {
            throw new ConnectorException(ErrorCategory.DataQuality, $"checkCredit: amount {input.Amount} must not be negative.", "invalid_amount");
        }

        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        var customer = await store.GetAsync<Customer>("customer", input.Customer).ConfigureAwait(false);
        return await Credit.CheckAsync(store, customer, input.Amount).ConfigureAwait(false);
    }
}
