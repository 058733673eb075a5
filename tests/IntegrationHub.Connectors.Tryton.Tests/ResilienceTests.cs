using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Tryton.Tests;

[Collection(TrytonCollection.Name)]
public sealed class ResilienceTests(TrytonTestBed bed)
{
    [Fact]
    public async Task Stopped_trytond_is_a_transient_error_and_the_retried_call_succeeds_once_it_is_back()
    {
        using var client = bed.CreateClient(timeout: TimeSpan.FromSeconds(10));
        await client.GetItemAsync("WIDGET");

        await bed.ControlAsync("stop");
        TrytonException error;
        try
        {
            error = await Assert.ThrowsAsync<TrytonException>(() => client.GetItemAsync("WIDGET"));
        }
        finally
        {
            await bed.ControlAsync("start");
        }

        Assert.Equal(ErrorCategory.Transient, error.Category);
        Assert.True(error.IsTransient);
        Assert.Contains(bed.Url.ToString(), error.Message);
        var item = await RetryTransientAsync(() => client.GetItemAsync("WIDGET"));
        Assert.Equal("Widget", item.Name);
    }

    [Fact]
    public async Task An_expired_session_is_replaced_by_a_new_login_transparently()
    {
        using var client = bed.CreateClient();
        await client.GetCustomerAsync("C-ACME");

        // Tryton forgets the session (as when it expires); the client still holds it.
        await client.LogoutAsync();
        var customer = await client.GetCustomerAsync("C-ACME");

        Assert.Equal("ACME Retail", customer.Name);
    }

    [Fact]
    public async Task A_wrong_password_is_a_platform_error()
    {
        using var client = bed.CreateClient(password: "not-the-password");

        var error = await Assert.ThrowsAsync<TrytonException>(() => client.GetItemAsync("WIDGET"));

        Assert.Equal(ErrorCategory.Platform, error.Category);
        Assert.Contains("login", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_Tryton_user_error_is_a_data_quality_error()
    {
        var error = await Assert.ThrowsAsync<TrytonException>(() => bed.Client.ExecuteAsync("party.party", "create",
            new JsonArray(new JsonArray(new JsonObject { ["name"] = "Duplicate", ["code"] = "C-ACME" })), null, CancellationToken.None));

        Assert.Equal(ErrorCategory.DataQuality, error.Category);
        Assert.Equal("UserError", error.ErrorCode);
    }

    [Fact]
    public async Task An_unknown_model_is_a_platform_error()
    {
        var error = await Assert.ThrowsAsync<TrytonException>(() => bed.Client.ExecuteAsync("no.such.model", "search", new JsonArray(new JsonArray()), null, CancellationToken.None));

        Assert.Equal(ErrorCategory.Platform, error.Category);
    }

    private static async Task<T> RetryTransientAsync<T>(Func<Task<T>> call)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                return await call();
            }
            catch (TrytonException ex) when (ex.IsTransient && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }
}
