namespace IntegrationHub.Connectors.Sdk.Tests;

public sealed class ConnectorDefinitionTests
{
    [Fact]
    public void Create_ValidConnector_DescribesOperationsAndSecrets()
    {
        var definition = ConnectorDefinition.Create(new SampleConnector());

        Assert.Equal("sample", definition.Descriptor.Name);
        Assert.Equal("1.2.3", definition.Descriptor.Version);
        Assert.Equal(ConnectorSdk.Version, definition.Descriptor.RequiredSdkVersion);
        Assert.Equal(["echo", "fetch", "numbers"], definition.Descriptor.Operations.Select(o => o.Name));
        Assert.Equal(["apiKey"], definition.Descriptor.SecretSettings);
        var echo = definition.Descriptor.Operations.Single(o => o.Name == "echo");
        Assert.True(echo.IsIdempotent);
        Assert.False(echo.IsPageable);
        Assert.True(definition.Descriptor.Operations.Single(o => o.Name == "numbers").IsPageable);
    }

    [Fact]
    public void Create_NoConnectorAttribute_ThrowsNamingType()
    {
        var ex = Assert.Throws<ConnectorDefinitionException>(() => ConnectorDefinition.Create(new UnattributedConnector()));
        Assert.Contains(nameof(UnattributedConnector), ex.Message);
        Assert.Contains("[Connector]", ex.Message);
    }

    [Fact]
    public void Create_FutureSdkRequired_ThrowsVersionMismatch()
    {
        var ex = Assert.Throws<ConnectorDefinitionException>(() => ConnectorDefinition.Create(new FutureConnector()));
        Assert.Contains("needs connector SDK 2.0.0", ex.Message);
    }

    [Fact]
    public void Create_DuplicateOperationNames_Throws()
    {
        var ex = Assert.Throws<ConnectorDefinitionException>(() => ConnectorDefinition.Create(new DuplicateConnector()));
        Assert.Contains("'echo'", ex.Message);
    }

    [Fact]
    public void Create_PageableWithoutPagedTypes_Throws()
    {
        var ex = Assert.Throws<ConnectorDefinitionException>(() => ConnectorDefinition.Create(new BadPagingConnector()));
        Assert.Contains("IPagedInput", ex.Message);
    }

    [Theory]
    [InlineData("1.0.0", null)]
    [InlineData("1.0.0-beta.1", null)]
    [InlineData("0.9.0", "major versions differ")]
    [InlineData("1.1.0", "provides only 1.0.0")]
    [InlineData("2.0.0", "major versions differ")]
    [InlineData("one", "not a semantic version")]
    public void CheckCompatibility_Versions_ReportsReason(string required, string? expected)
    {
        var reason = ConnectorSdk.CheckCompatibility(required);

        if (expected is null)
        {
            Assert.Null(reason);
        }
        else
        {
            Assert.Contains(expected, reason);
        }
    }

    public sealed class UnattributedConnector : ConnectorModule<SampleSettings>
    {
        public override IEnumerable<IConnectorOperation> CreateOperations() => [new EchoOperation()];

        public override Task<ConnectionTestResult> TestConnectionAsync(OperationContext context, SampleSettings settings, CancellationToken cancellationToken) =>
            Task.FromResult(ConnectionTestResult.Success("ok"));
    }

    [Connector("future", "1.0.0", RequiredSdkVersion = "2.0.0")]
    public sealed class FutureConnector : ConnectorModule<SampleSettings>
    {
        public override IEnumerable<IConnectorOperation> CreateOperations() => [new EchoOperation()];

        public override Task<ConnectionTestResult> TestConnectionAsync(OperationContext context, SampleSettings settings, CancellationToken cancellationToken) =>
            Task.FromResult(ConnectionTestResult.Success("ok"));
    }

    [Connector("duplicate", "1.0.0")]
    public sealed class DuplicateConnector : ConnectorModule<SampleSettings>
    {
        public override IEnumerable<IConnectorOperation> CreateOperations() => [new EchoOperation(), new EchoOperation()];

        public override Task<ConnectionTestResult> TestConnectionAsync(OperationContext context, SampleSettings settings, CancellationToken cancellationToken) =>
            Task.FromResult(ConnectionTestResult.Success("ok"));
    }

    [Operation("badPaging", Pageable = true)]
    internal sealed class BadPagingOperation : ConnectorOperation<SampleSettings, EchoInput, EchoOutput>
    {
        public override Task<EchoOutput> ExecuteAsync(OperationContext context, SampleSettings settings, EchoInput input, CancellationToken cancellationToken) =>
            Task.FromResult(new EchoOutput(input.Text));
    }

    [Connector("bad-paging", "1.0.0")]
    public sealed class BadPagingConnector : ConnectorModule<SampleSettings>
    {
        public override IEnumerable<IConnectorOperation> CreateOperations() => [new BadPagingOperation()];

        public override Task<ConnectionTestResult> TestConnectionAsync(OperationContext context, SampleSettings settings, CancellationToken cancellationToken) =>
            Task.FromResult(ConnectionTestResult.Success("ok"));
    }
}
