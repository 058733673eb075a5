using System.Net;

namespace IntegrationHub.Connectors.Sdk.Tests;

public sealed class NetworkAccessPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("169.254.169.254", "metadata")]
    [InlineData("169.254.10.1", "link-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("172.20.0.1", "private")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("0.0.0.0", "unspecified")]
    public void CheckAddress_DefaultPolicySpecialAddress_Blocked(string address, string reason)
    {
        var result = NetworkAccessPolicy.Default.CheckAddress("example.com", IPAddress.Parse(address));

        Assert.NotNull(result);
        Assert.Contains(reason, result);
    }

    [Fact]
    public void CheckAddress_DefaultPolicyPublicAddress_Allowed()
    {
        Assert.Null(NetworkAccessPolicy.Default.CheckAddress("example.com", IPAddress.Parse("93.184.216.34")));
    }

    [Fact]
    public void CheckAddress_AllowListedRange_Allowed()
    {
        var policy = NetworkAccessPolicy.Create(["10.0.0.0/8", "127.0.0.1"]);

        Assert.Null(policy.CheckAddress("erp.internal", IPAddress.Parse("10.4.5.6")));
        Assert.Null(policy.CheckAddress("127.0.0.1", IPAddress.Loopback));
        Assert.NotNull(policy.CheckAddress("erp.internal", IPAddress.Parse("192.168.0.1")));
    }

    [Fact]
    public void CheckHost_HostEntries_RestrictHosts()
    {
        var policy = NetworkAccessPolicy.Create(["api.example.com", "*.partner.example"]);

        Assert.Null(policy.CheckHost("api.example.com"));
        Assert.Null(policy.CheckHost("edi.partner.example"));
        Assert.Contains("not in the connection's allow-list", policy.CheckHost("evil.example"));
    }

    [Fact]
    public void Create_InvalidEntry_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => NetworkAccessPolicy.Create(["10.0.0.0/99"]));
        Assert.Contains("10.0.0.0/99", ex.Message);
    }
}
