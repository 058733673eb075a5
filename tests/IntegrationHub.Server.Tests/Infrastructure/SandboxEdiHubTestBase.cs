using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.X12.Json;
using IntegrationHub.X12.Parsing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Server.Tests.Infrastructure;

/// <summary>
/// A full hub (API + Hangfire worker) for the reference flows that pair the Sandbox ERP (connection sandbox-erp) with a
/// trading partner on the real OpenSSH server of tests/testbed/sshd.sh: the ERP as a test drives it, a business object's
/// own run found by its business key, and the X12 documents the partner received.
/// </summary>
public abstract class SandboxEdiHubTestBase : WorkerHubTestBase
{
    /// <summary>Creates the sandbox-erp connection and an edi connection to a fresh pair of SFTP folders.</summary>
    protected async Task<(string Inbox, string Outbox)> ConnectAsync(string ediConnection, string partnerId)
    {
        var (inbox, outbox) = SftpTestbed.NewFolders();
        await CreateConnectionAsync("sandbox-erp", "sandbox");
        await CreateConnectionAsync(ediConnection, "edi", await SftpTestbed.EdiSettingsAsync(partnerId, inbox, outbox));
        return (inbox, outbox);
    }

    /// <summary>Calls a Sandbox operation on sandbox-erp directly, as the ERP's own users would act.</summary>
    protected async Task<JsonNode> ErpAsync(string operation, JsonObject input)
    {
        var gateway = Hub.Services.GetRequiredService<IConnectorGateway>();
        return (await gateway.InvokeAsync(new ConnectorInvocation("sandbox", "sandbox-erp", operation, input, $"test/{Guid.NewGuid()}", "test", Guid.NewGuid(), "test", 1), CancellationToken.None))!;
    }

    /// <summary>The flow's one run for a business key (started by its poll's event), once it reached one of the statuses.</summary>
    protected async Task<RunDetailDto> RunByKeyAsync(string flowId, string keyName, string key, params string[] statuses)
    {
        var runs = await Poll.UntilAsync(
            async () => (await Admin.GetFromJsonAsync<List<RunSummaryDto>>($"/api/runs?flowId={flowId}&key={key}&keyName={keyName}"))!,
            runs => runs.Count > 0,
            runs =>
            {
                Assert.Single(runs);
                return Task.CompletedTask;
            });
        return await WaitForRunAsync(Assert.Single(runs).Id, statuses);
    }

    /// <summary>The one transaction set of the one file matching the pattern in the folder, checked clean, in its JSON form.</summary>
    protected static async Task<JsonObject> ReceivedSetAsync(string folder, string pattern)
    {
        var interchange = Assert.Single(X12Parser.Parse(await File.ReadAllBytesAsync(Assert.Single(Directory.GetFiles(folder, pattern)))));
        Assert.Empty(interchange.Issues);
        Assert.Equal(("999999999", "4405197800"), (interchange.SenderId, interchange.ReceiverId));
        var set = Assert.Single(Assert.Single(interchange.Groups).TransactionSets);
        Assert.Empty(set.Issues);
        return X12Json.ToJson(set);
    }

    /// <summary>Checks that the repository's flows/&lt;id&gt;.flow.json validates through the API and was imported at start as version 1 with the triggers.</summary>
    protected async Task AssertShippedFlowPublishedAsync(string flowId, params string[] triggers)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryFlows.Folder, flowId + ".flow.json"));

        using var content = new StringContent(text, Encoding.UTF8, "application/json");
        var report = await (await Admin.PostAsync("/api/flows/validate", content)).Content.ReadFromJsonAsync<FlowValidationReport>();
        var flows = await Admin.GetFromJsonAsync<List<FlowSummary>>("/api/flows");

        Assert.True(report!.Valid, string.Join(Environment.NewLine, report.Errors.Select(e => $"{e.Path}: {e.Message}")));
        var flow = Assert.Single(flows!, f => f.Id == flowId);
        Assert.Equal(1, flow.PublishedVersion);
        Assert.Equal(triggers, flow.Triggers);
    }
}
