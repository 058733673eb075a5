using System.ComponentModel;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.X12.Acknowledgments;
using IntegrationHub.X12.Model;
using IntegrationHub.X12.Partners;

namespace IntegrationHub.Connectors.Edi;

/// <summary>The trading partner profile of an EDI connection: identities, version, delimiters, acknowledgments.</summary>
[Description("Trading partner profile: ISA/GS identities and qualifiers, version, delimiters, acknowledgments, test or production.")]
public sealed class EdiPartnerSettings
{
    /// <summary>Gets the profile id; it keys the partner's control-number sequences.</summary>
    [Description("Profile id (letters, digits, '-', '_', '.'; at most 64). Keys the partner's control-number sequences: keep it stable.")]
    public required string Id { get; init; }

    /// <summary>Gets the partner's interchange id qualifier.</summary>
    [Description("Partner's interchange id qualifier (ISA05 of their interchanges, ISA07 of ours), e.g. ZZ, 01, 12.")]
    public required string InterchangeQualifier { get; init; }

    /// <summary>Gets the partner's interchange id.</summary>
    [Description("Partner's interchange id (ISA06 of their interchanges, ISA08 of ours), at most 15 characters.")]
    public required string InterchangeId { get; init; }

    /// <summary>Gets our interchange id qualifier.</summary>
    [Description("Our interchange id qualifier (ISA07 of their interchanges, ISA05 of ours).")]
    public required string LocalInterchangeQualifier { get; init; }

    /// <summary>Gets our interchange id.</summary>
    [Description("Our interchange id (ISA08 of their interchanges, ISA06 of ours), at most 15 characters.")]
    public required string LocalInterchangeId { get; init; }

    /// <summary>Gets the partner's application code (GS03 of ours).</summary>
    [Description("Partner's application code (GS03 of our groups); default: the partner's interchange id.")]
    public string? ApplicationCode { get; init; }

    /// <summary>Gets our application code (GS02 of ours).</summary>
    [Description("Our application code (GS02 of our groups); default: our interchange id.")]
    public string? LocalApplicationCode { get; init; }

    /// <summary>Gets the X12 version / release.</summary>
    [Description("Version / release (GS08), e.g. 004010, 004010VICS or 005010; ISA12 is derived from it.")]
    public string Version { get; init; } = "004010";

    /// <summary>Gets the element separator.</summary>
    [Description("Element separator of our interchanges (one character).")]
    public string ElementSeparator { get; init; } = "*";

    /// <summary>Gets the component separator.</summary>
    [Description("Component (sub-element) separator, ISA16 (one character).")]
    public string ComponentSeparator { get; init; } = ":";

    /// <summary>Gets the repetition separator (version 00402 and later); empty for none.</summary>
    [Description("Repetition separator, ISA11 from version 00402 on (one character; empty for none).")]
    public string RepetitionSeparator { get; init; } = "^";

    /// <summary>Gets the segment terminator.</summary>
    [Description("Segment terminator (one character).")]
    public string SegmentTerminator { get; init; } = "~";

    /// <summary>Gets the text written after each segment terminator.</summary>
    [Description("Text after each segment terminator: a line feed by default, empty for one line.")]
    public string SegmentSuffix { get; init; } = "\n";

    /// <summary>Gets whether the exchange is test or production data.</summary>
    [Description("Test or production (ISA15). Inbound interchanges with the other indicator are rejected with a TA1.")]
    public X12UsageIndicator Usage { get; init; } = X12UsageIndicator.Production;

    /// <summary>Gets the acknowledgment we send per received functional group.</summary>
    [Description("Acknowledgment we send for every functional group received: byVersion (997 below 005010, 999 from 005010), functional997, implementation999 or none.")]
    public X12AcknowledgmentType AcknowledgmentToSend { get; init; } = X12AcknowledgmentType.ByVersion;

    /// <summary>Gets the acknowledgment the partner sends for our groups.</summary>
    [Description("Acknowledgment the partner sends back for our groups (informational, for flows that wait for it).")]
    public X12AcknowledgmentType AcknowledgmentExpected { get; init; } = X12AcknowledgmentType.Functional997;

    /// <summary>Gets whether our interchanges ask for a TA1.</summary>
    [Description("Ask the partner for a TA1 interchange acknowledgment (ISA14 = 1).")]
    public bool RequestInterchangeAcknowledgment { get; init; }

    /// <summary>Gets the first control number used when the partner's sequences start.</summary>
    [Description("First interchange and group control number when the partner's sequences start (e.g. to continue from a previous system); ignored once numbers were issued.")]
    public long ControlNumberStart { get; init; } = 1;

    /// <summary>Gets the authorization information qualifier (ISA01).</summary>
    [Description("Authorization information qualifier (ISA01).")]
    public string AuthorizationQualifier { get; init; } = "00";

    /// <summary>Gets the authorization information (ISA02).</summary>
    [Description("Authorization information (ISA02), at most 10 characters.")]
    public string AuthorizationInformation { get; init; } = string.Empty;

    /// <summary>Gets the security information qualifier (ISA03).</summary>
    [Description("Security information qualifier (ISA03).")]
    public string SecurityQualifier { get; init; } = "00";

    /// <summary>Gets the security information (ISA04).</summary>
    [Description("Security information (ISA04), at most 10 characters; it travels in clear text in every interchange.")]
    public string SecurityInformation { get; init; } = string.Empty;

    /// <summary>Builds and checks the X12 partner profile.</summary>
    /// <returns>The profile.</returns>
    /// <exception cref="ConnectorConfigurationException">A field is invalid; the message names it.</exception>
    public X12PartnerProfile ToProfile()
    {
        if (string.IsNullOrEmpty(Id) || Id.Length > 64 || Id.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_' and not '.'))
        {
            throw new ConnectorConfigurationException($"EDI partner id '{Id}' must be 1 to 64 letters, digits, '-', '_' or '.'.");
        }

        if (ControlNumberStart is < 1 or > X12.ControlNumbers.X12ControlNumbers.Max)
        {
            throw new ConnectorConfigurationException($"EDI partner '{Id}': ControlNumberStart {ControlNumberStart} must be 1 to 999999999.");
        }

        try
        {
            var profile = new X12PartnerProfile
            {
                Id = Id,
                InterchangeQualifier = InterchangeQualifier,
                InterchangeId = InterchangeId,
                LocalInterchangeQualifier = LocalInterchangeQualifier,
                LocalInterchangeId = LocalInterchangeId,
                ApplicationCode = string.IsNullOrEmpty(ApplicationCode) ? null : ApplicationCode,
                LocalApplicationCode = string.IsNullOrEmpty(LocalApplicationCode) ? null : LocalApplicationCode,
                Version = Version,
                Delimiters = new X12Delimiters(
                    Single(ElementSeparator, nameof(ElementSeparator)),
                    Single(ComponentSeparator, nameof(ComponentSeparator)),
                    string.IsNullOrEmpty(RepetitionSeparator) ? null : Single(RepetitionSeparator, nameof(RepetitionSeparator)),
                    Single(SegmentTerminator, nameof(SegmentTerminator))),
                SegmentSuffix = SegmentSuffix ?? string.Empty,
                Usage = Usage,
                AcknowledgmentToSend = AcknowledgmentToSend,
                AcknowledgmentExpected = AcknowledgmentExpected,
                RequestInterchangeAcknowledgment = RequestInterchangeAcknowledgment,
                Authorization = (AuthorizationQualifier, AuthorizationInformation ?? string.Empty),
                Security = (SecurityQualifier, SecurityInformation ?? string.Empty),
            };
            profile.Validate();
            if (profile.Authorization.Value.Length > 10 || profile.Security.Value.Length > 10 || profile.Authorization.Qualifier.Length != 2 || profile.Security.Qualifier.Length != 2)
            {
                throw new ArgumentException($"Partner '{Id}': ISA01/ISA03 qualifiers are 2 characters and ISA02/ISA04 at most 10.");
            }

            return profile;
        }
        catch (ArgumentException ex)
        {
            throw new ConnectorConfigurationException($"EDI partner profile: {ex.Message}", ex);
        }
    }

    private static char Single(string? value, string name) =>
        value is { Length: 1 } ? value[0] : throw new ArgumentException($"{name} '{value}' must be exactly one character.", name);
}
