using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("checkCredit", Description = "Checks an order amount against the customer's credit limit and exposure.")]
internal sealed class CheckCreditOperation : TrytonOperation<CreditCheckInput, CreditCheckResult>
{
    protected override async Task<CreditCheckResult> ExecuteAsync(TrytonErpClient client, OperationContext context, CreditCheckInput input, CancellationToken cancellationToken)
    {
        return await client.CheckCreditAsync(input.Customer, new Money(input.Amount, input.Currency), cancellationToken).ConfigureAwait(false);
    }
}
