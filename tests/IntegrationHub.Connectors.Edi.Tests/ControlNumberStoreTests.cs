using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Edi.Internal;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Sdk.Testing;
using IntegrationHub.X12.ControlNumbers;

namespace IntegrationHub.Connectors.Edi.Tests;

public sealed class ControlNumberStoreTests
{
    [Fact]
    public async Task NextAsync_ManyParallelCallers_GetEveryNumberExactlyOnce()
    {
        var state = new InMemoryConnectorStateStore();
        var sut = new StateControlNumberStore(state);

        var numbers = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () => await sut.NextAsync("acme", X12ControlNumberKind.Interchange, CancellationToken.None))));

        Assert.Equal(Enumerable.Range(1, 200).Select(n => (long)n), numbers.Order());
        Assert.Equal(200, (await state.GetAsync("ctl/acme/interchange", CancellationToken.None))!.Value["last"]!.GetValue<long>());
    }

    [Fact]
    public async Task NextAsync_TwoStoresOverOneState_ContinueEachOtherLikeTwoNodes()
    {
        var state = new InMemoryConnectorStateStore();
        var a = new StateControlNumberStore(state);
        var b = new StateControlNumberStore(state);

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(async () => await (i % 2 == 0 ? a : b).NextAsync("acme", X12ControlNumberKind.Group, CancellationToken.None))));

        Assert.Equal(100, results.Distinct().Count());
        Assert.Equal(101, await a.NextAsync("acme", X12ControlNumberKind.Group, CancellationToken.None));
    }

    [Fact]
    public async Task NextAsync_SequencesArePerPartnerAndKindAndStartWhereConfigured()
    {
        var sut = new StateControlNumberStore(new InMemoryConnectorStateStore(), start: 5000);

        Assert.Equal(5000, await sut.NextAsync("acme", X12ControlNumberKind.Interchange, CancellationToken.None));
        Assert.Equal(5001, await sut.NextAsync("acme", X12ControlNumberKind.Interchange, CancellationToken.None));
        Assert.Equal(5000, await sut.NextAsync("acme", X12ControlNumberKind.Group, CancellationToken.None));
        Assert.Equal(5000, await sut.NextAsync("globex", X12ControlNumberKind.Interchange, CancellationToken.None));
    }

    [Fact]
    public async Task NextAsync_AtTheMaximum_ThrowsInsteadOfWrapping()
    {
        var state = new InMemoryConnectorStateStore();
        await state.TryCreateAsync("ctl/acme/interchange", new JsonObject { ["last"] = X12ControlNumbers.Max }, CancellationToken.None);
        var sut = new StateControlNumberStore(state);

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.NextAsync("acme", X12ControlNumberKind.Interchange, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task NextAsync_CorruptState_IsAPlatformErrorNotANewSequence()
    {
        var state = new InMemoryConnectorStateStore();
        await state.TryCreateAsync("ctl/acme/group", JsonValue.Create("twelve"), CancellationToken.None);
        var sut = new StateControlNumberStore(state);

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => sut.NextAsync("acme", X12ControlNumberKind.Group, CancellationToken.None).AsTask());

        Assert.Equal((ErrorCategory.Platform, "control_number_state_invalid"), (ex.Category, ex.ErrorCode));
    }
}
