using System.ComponentModel;

namespace IntegrationHub.Connectors.Sdk.Tests;

[Description("Sample settings.")]
public sealed record SampleSettings(
    [property: Description("Where to go.")] Uri Endpoint,
    [property: Secret, Description("The key.")] string? ApiKey = null);

public sealed record EchoInput([property: Description("Text to echo.")] string Text, int Times = 1);

public sealed record EchoOutput(string Text);

public sealed record PageInput(string? PageToken = null) : IPagedInput;

public sealed record PageOutput(IReadOnlyList<int> Items, string? NextPageToken) : IPagedOutput;

[Operation("echo", Description = "Echoes text.", Idempotent = true)]
internal sealed class EchoOperation : ConnectorOperation<SampleSettings, EchoInput, EchoOutput>
{
    public override Task<EchoOutput> ExecuteAsync(OperationContext context, SampleSettings settings, EchoInput input, CancellationToken cancellationToken) =>
        Task.FromResult(new EchoOutput(string.Concat(Enumerable.Repeat(input.Text, input.Times))));
}

[Operation("numbers", Pageable = true)]
internal sealed class NumbersOperation : ConnectorOperation<SampleSettings, PageInput, PageOutput>
{
    public override Task<PageOutput> ExecuteAsync(OperationContext context, SampleSettings settings, PageInput input, CancellationToken cancellationToken) =>
        Task.FromResult(input.PageToken is null ? new PageOutput([1, 2], "2") : new PageOutput([3], null));
}

[Operation("fetch")]
internal sealed class FetchOperation : ConnectorOperation<SampleSettings, EchoInput, EchoOutput>
{
    public override async Task<EchoOutput> ExecuteAsync(OperationContext context, SampleSettings settings, EchoInput input, CancellationToken cancellationToken)
    {
        using var client = context.HttpClientFactory.CreateClient();
        var text = await client.GetStringAsync(new Uri(settings.Endpoint, input.Text), cancellationToken);
        return new EchoOutput(text);
    }
}

[Connector("sample", "1.2.3", DisplayName = "Sample")]
public sealed class SampleConnector : ConnectorModule<SampleSettings>
{
    public override IEnumerable<IConnectorOperation> CreateOperations() => [new EchoOperation(), new NumbersOperation(), new FetchOperation()];

    public override Task<ConnectionTestResult> TestConnectionAsync(OperationContext context, SampleSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult(ConnectionTestResult.Success("ok"));
}
