using System.Text;
using IntegrationHub.Connectors.Edi.Tests.Transport;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Sdk.Testing;
using IntegrationHub.X12.ControlNumbers;
using IntegrationHub.X12.Parsing;
using IntegrationHub.X12.Partners;
using IntegrationHub.X12.Writing;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntegrationHub.Connectors.Edi.Tests.Infrastructure;

/// <summary>The EDI connector in the SDK test kit, pointed at a per-test folder of the real SFTP server, and the partner's side of the exchange.</summary>
internal sealed class EdiTestbed : IDisposable
{
    public EdiTestbed(SftpTestServer? server = null)
    {
        Server = server;
        // A minute ahead of the machine clock, so files dropped during the test are already "old enough" to be picked up.
        Harness.Time.SetUtcNow(DateTimeOffset.UtcNow.AddMinutes(1));
    }

    /// <summary>Our side of the partner profile: we are ZZ:HUB, the partner ZZ:ACME.</summary>
    public static EdiPartnerSettings Partner { get; } = new()
    {
        Id = "acme",
        InterchangeQualifier = "ZZ",
        InterchangeId = "ACME",
        LocalInterchangeQualifier = "ZZ",
        LocalInterchangeId = "HUB",
        Version = "004010",
    };

    /// <summary>The partner's own profile of us, used to write the files they send.</summary>
    public static X12PartnerProfile PartnerSide { get; } = new()
    {
        Id = "partner-side",
        InterchangeQualifier = "ZZ",
        InterchangeId = "HUB",
        LocalInterchangeQualifier = "ZZ",
        LocalInterchangeId = "ACME",
        Version = "004010",
    };

    public SftpTestServer? Server { get; }

    public ConnectorTestHarness Harness { get; } = new(new EdiConnector());

    public EdiSettings Settings(EdiPartnerSettings? partner = null, int maxFiles = 50, string? password = null, string? privateKey = null, string? inbound = null, bool withKey = true) => new()
    {
        Host = Server?.Host ?? "127.0.0.1",
        Port = Server?.Port ?? 22,
        UserName = Server?.User ?? "nobody",
        Password = password,
        PrivateKey = withKey ? privateKey ?? Server?.PrivateKey ?? "unused" : null,
        HostKeySha256 = Server?.HostKeySha256,
        ConnectTimeoutSeconds = 10,
        InboundFolder = inbound ?? Server?.Inbox ?? "/inbox",
        OutboundFolder = Server?.Outbox ?? "/outbox",
        MinimumFileAgeSeconds = 0,
        MaxFilesPerPoll = maxFiles,
        ClaimTimeoutMinutes = 1,
        Partner = partner ?? Partner,
    };

    /// <summary>Runs an operation the way the host does, optionally with another state store (for crash injection).</summary>
    public async Task<TOutput> RunAsync<TOutput>(string operation, object input, string? idempotencyKey, EdiSettings? settings = null, IConnectorStateStore? state = null)
    {
        if (state is null)
        {
            return await Harness.RunAsync<TOutput>(operation, settings ?? Settings(), input, idempotencyKey);
        }

        Assert.True(Harness.Definition.TryGetOperation(operation, out var op));
        var context = new OperationContext
        {
            ConnectorName = "edi",
            OperationName = operation,
            IdempotencyKey = idempotencyKey,
            CorrelationId = "test",
            Logger = NullLogger.Instance,
            TimeProvider = Harness.Time,
            HttpClientFactory = Harness.CreateContext(operation).HttpClientFactory,
            State = state,
        };
        return (TOutput)(await op.ExecuteAsync(context, settings ?? Settings(), input, CancellationToken.None))!;
    }

    /// <summary>Writes what the partner sends: the sets of a sample file (its version and delimiters) in one interchange from ZZ:ACME to ZZ:HUB.</summary>
    public static async Task<byte[]> PartnerInterchangeAsync(string sample, long interchangeNumber, X12PartnerProfile? profile = null)
    {
        var read = X12Parser.Parse(File.ReadAllBytes(Samples.Valid(sample)))[0];
        var sets = read.Groups[0].TransactionSets;
        var numbers = new InMemoryControlNumberStore();
        var side = (profile ?? PartnerSide) with { Version = read.Groups[0].Version, Delimiters = read.Delimiters };
        numbers.Seed(side.Id, X12ControlNumberKind.Interchange, interchangeNumber - 1);
        numbers.Seed(side.Id, X12ControlNumberKind.Group, interchangeNumber + 99);
        var interchange = await new X12InterchangeGenerator(numbers, TimeProvider.System).CreateAsync(side, [.. sets]);
        return Encoding.UTF8.GetBytes(X12Writer.Format([interchange], side.SegmentSuffix));
    }

    public void Dispose() => Harness.Dispose();
}
