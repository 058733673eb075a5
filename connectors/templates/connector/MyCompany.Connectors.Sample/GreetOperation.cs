using IntegrationHub.Connectors.Sdk;

namespace MyCompany.Connectors.Sample;

/// <summary>Greets someone; replace with a real operation.</summary>
[Operation("greet", Description = "Greets someone.", Idempotent = true)]
internal sealed class GreetOperation : ConnectorOperation<SampleSettings, GreetInput, GreetOutput>
{
    public override Task<GreetOutput> ExecuteAsync(OperationContext context, SampleSettings settings, GreetInput input, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            // Bad data is a dataQuality error: the runtime does not retry it.
            throw new ConnectorException(ErrorCategory.DataQuality, "Input name is empty.", "name_required");
        }

        return Task.FromResult(new GreetOutput($"{settings.Greeting}, {input.Name}!", context.TimeProvider.GetUtcNow()));
    }
}
