using IntegrationHub.Connectors.Edi.Internal;
using IntegrationHub.Connectors.Edi.Operations;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.X12.Partners;

namespace IntegrationHub.Connectors.Edi;

/// <summary>
/// The EDI connector's entry type: X12 (850, 855, 856, 810, 997, 999, TA1) with one trading partner over SFTP. Control
/// numbers and the idempotency records of inbound polls and sent documents live in the hub's database (connector state).
/// </summary>
[Connector("edi", "1.0.0", DisplayName = "EDI X12 over SFTP", Description = "Receives and sends X12 850/855/856/810 with a trading partner over SFTP, with 997/999/TA1 acknowledgments and per-partner control numbers.")]
public sealed class EdiConnector : ConnectorModule<EdiSettings>
{
    /// <inheritdoc />
    public override IEnumerable<IConnectorOperation> CreateOperations() =>
    [
        new ReceiveInterchangesOperation(),
        new SendDocumentOperation(),
        new ParseOperation(),
        new AcknowledgeOperation(),
    ];

    /// <inheritdoc />
    public override async Task<ConnectionTestResult> TestConnectionAsync(OperationContext context, EdiSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            var partner = settings.Partner.ToProfile();
            var connection = settings.ToConnectionOptions();
            var missing = await SftpScope.RunAsync(connection, "checking the folders", async session =>
            {
                var absent = new List<string>();
                foreach (var folder in new[] { settings.InboundFolder, settings.OutboundFolder, settings.Acknowledgments }.Distinct(StringComparer.Ordinal))
                {
                    if (!await session.ExistsAsync(folder, cancellationToken).ConfigureAwait(false))
                    {
                        absent.Add(folder);
                    }
                }

                return absent;
            }, cancellationToken).ConfigureAwait(false);
            return missing.Count > 0
                ? ConnectionTestResult.Failure($"Connected to {settings.Host}:{settings.Port} as {settings.UserName}, but these folders do not exist: {string.Join(", ", missing)}.")
                : ConnectionTestResult.Success($"Connected to {settings.Host}:{settings.Port} as {settings.UserName}; inbound {settings.InboundFolder} and outbound {settings.OutboundFolder} exist; partner '{partner.Id}' ({partner.InterchangeQualifier}:{partner.InterchangeId}, {partner.Version}, {(partner.Usage == X12UsageIndicator.Test ? "test" : "production")}).");
        }
        catch (ConnectorException ex)
        {
            return ConnectionTestResult.Failure(ex.Message);
        }
    }
}
