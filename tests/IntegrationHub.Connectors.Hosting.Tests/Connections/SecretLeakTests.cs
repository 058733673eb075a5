using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Hosting.Connections;
using IntegrationHub.Connectors.Hosting.Invocation;
using IntegrationHub.Connectors.Hosting.Secrets;
using IntegrationHub.Connectors.Hosting.Tests.Support;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.TestUtils.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Connectors.Hosting.Tests.Connections;

/// <summary>Drives a connection through its whole life, then scans every API response, log line and journal entry for secret values.</summary>
public sealed class SecretLeakTests : IDisposable
{
    private const string ApiKey = "apikey-7f3e9c2d1b";
    private const string ClientSecret = "client-secret-5a6b7c8d";
    private const string WebhookSecret = "whsec-0a1b2c3d4e";
    private static readonly string[] Secrets = [ApiKey, ClientSecret, WebhookSecret];
    private readonly HostFixture _host = new();
    private readonly List<string> _apiResponses = [];
    private readonly List<string> _journal = [];

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ConnectionLifecycle_SecretsNeverInResponsesLogsOrJournal()
    {
        // The partner echoes what it received, the way real APIs echo bad requests back in error bodies.
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/echo", (HttpContext http) => Results.Json(new { key = http.Request.Headers["X-Api-Key"].ToString() }));
            app.MapGet("/reject", (HttpContext http) => Results.Json(new { error = $"key {http.Request.Headers["X-Api-Key"]} is not valid" }, statusCode: 400));
        });
        var service = _host.Connections();
        var settings = new JsonObject
        {
            ["baseUrl"] = server.BaseUri.ToString(),
            ["auth"] = "apiKey",
            ["apiKey"] = ApiKey,
            ["clientSecret"] = ClientSecret,
            ["webhookSecret"] = WebhookSecret,
            ["testPath"] = "echo",
        };

        var created = Record(await service.CreateAsync(new CreateConnectionRequest("partner", "http", settings, ["127.0.0.1"])));
        Record(await service.UpdateAsync(created.Id, new UpdateConnectionRequest(new JsonObject { ["baseUrl"] = server.BaseUri.ToString(), ["auth"] = "apiKey", ["testPath"] = "echo" })));
        Record(await service.ListAsync());
        Record(await service.GetAsync(created.Id));
        Record(await service.TestAsync(created.Id));
        var invalid = await Assert.ThrowsAsync<ConnectionValidationException>(() => service.UpdateAsync(created.Id, new UpdateConnectionRequest(new JsonObject { ["baseUrl"] = server.BaseUri.ToString(), ["timeoutSeconds"] = ApiKey, ["apiKey"] = ApiKey })));
        Record(invalid.Errors);

        var connection = (await service.ResolveAsync("partner"))!;
        var invoker = _host.Get<IConnectorInvoker>();
        var context = connection.CreateInvocationContext("corr-7", "run-7/call");
        _journal.Add((await invoker.InvokeAsync("http", "request", connection.Settings, new JsonObject { ["path"] = "echo" }, context))!.ToJsonString());
        var rejected = await Assert.ThrowsAsync<ConnectorInvocationException>(() => invoker.InvokeAsync("http", "request", connection.Settings, new JsonObject { ["path"] = "reject" }, context));
        _journal.Add($"{rejected.Category} {rejected.ErrorCode} {rejected.Message} {rejected}");
        var badInput = await Assert.ThrowsAsync<ConnectorInvocationException>(() => invoker.InvokeAsync("http", "request", connection.Settings, new JsonObject { ["path"] = $"x/{ApiKey}", ["unknown"] = ApiKey }, context));
        _journal.Add($"{badInput.Message} {badInput}");
        _journal.Add(_host.Get<ISecretRedactor>().Redact(new JsonObject { ["stepInput"] = $"Bearer {ClientSecret}" })!.ToJsonString());

        Assert.Equal(ErrorCategory.DataQuality, rejected.Category);
        Assert.Contains(ISecretRedactor.Mask, rejected.Message, StringComparison.Ordinal);
        Assert.Contains(ISecretRedactor.Mask, _journal[0], StringComparison.Ordinal);
        Assert.NotEmpty(_host.Logs.Lines);
        foreach (var secret in Secrets)
        {
            Assert.All(_apiResponses, response => Assert.DoesNotContain(secret, response, StringComparison.Ordinal));
            Assert.All(_journal, entry => Assert.DoesNotContain(secret, entry, StringComparison.Ordinal));
            Assert.All(_host.Logs.Lines, line => Assert.DoesNotContain(secret, line, StringComparison.Ordinal));
        }
    }

    private T Record<T>(T response)
    {
        _apiResponses.Add(JsonSerializer.Serialize(response, JsonSerializerOptions.Web));
        return response;
    }
}
