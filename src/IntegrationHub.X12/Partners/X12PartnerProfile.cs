using IntegrationHub.X12.Acknowledgments;
using IntegrationHub.X12.Model;

namespace IntegrationHub.X12.Partners;

/// <summary>How we exchange X12 with one trading partner: identities, version, delimiters and acknowledgments.</summary>
public sealed record X12PartnerProfile
{
    /// <summary>Gets the profile key (also the key of the partner's control-number sequences).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the partner's interchange id qualifier (ISA05 inbound / ISA07 outbound), e.g. <c>ZZ</c>, <c>01</c>, <c>12</c>.</summary>
    public required string InterchangeQualifier { get; init; }

    /// <summary>Gets the partner's interchange id (ISA06 inbound / ISA08 outbound), at most 15 characters.</summary>
    public required string InterchangeId { get; init; }

    /// <summary>Gets our interchange id qualifier (ISA05 outbound).</summary>
    public required string LocalInterchangeQualifier { get; init; }

    /// <summary>Gets our interchange id (ISA06 outbound), at most 15 characters.</summary>
    public required string LocalInterchangeId { get; init; }

    /// <summary>Gets the partner's application code (GS03 outbound); defaults to <see cref="InterchangeId"/>.</summary>
    public string? ApplicationCode { get; init; }

    /// <summary>Gets our application code (GS02 outbound); defaults to <see cref="LocalInterchangeId"/>.</summary>
    public string? LocalApplicationCode { get; init; }

    /// <summary>Gets the version / release (GS08), e.g. <c>004010</c> or <c>005010</c>; ISA12 is derived from it.</summary>
    /// <value>The default value is <c>004010</c>.</value>
    public string Version { get; init; } = "004010";

    /// <summary>Gets the delimiters of outbound interchanges.</summary>
    /// <value>The default value is <see cref="X12Delimiters.Default"/> (the repetition separator is dropped below version 00402).</value>
    public X12Delimiters Delimiters { get; init; } = X12Delimiters.Default;

    /// <summary>Gets the text written after each segment terminator.</summary>
    /// <value>The default value is a line feed.</value>
    public string SegmentSuffix { get; init; } = "\n";

    /// <summary>Gets the test / production indicator (ISA15).</summary>
    /// <value>The default value is <see cref="X12UsageIndicator.Production"/>.</value>
    public X12UsageIndicator Usage { get; init; } = X12UsageIndicator.Production;

    /// <summary>Gets the acknowledgment we send for each functional group received from the partner (<see cref="X12AcknowledgmentType.None"/>: none).</summary>
    /// <value>The default value is <see cref="X12AcknowledgmentType.Functional997"/>.</value>
    public X12AcknowledgmentType AcknowledgmentToSend { get; init; } = X12AcknowledgmentType.Functional997;

    /// <summary>Gets the acknowledgment the partner sends back for our groups (for flows that wait for it).</summary>
    /// <value>The default value is <see cref="X12AcknowledgmentType.Functional997"/>.</value>
    public X12AcknowledgmentType AcknowledgmentExpected { get; init; } = X12AcknowledgmentType.Functional997;

    /// <summary>Gets a value indicating whether our interchanges request a TA1 (ISA14 = 1).</summary>
    public bool RequestInterchangeAcknowledgment { get; init; }

    /// <summary>Gets the authorization information qualifier and value (ISA01 / ISA02).</summary>
    public (string Qualifier, string Value) Authorization { get; init; } = ("00", string.Empty);

    /// <summary>Gets the security information qualifier and value (ISA03 / ISA04).</summary>
    public (string Qualifier, string Value) Security { get; init; } = ("00", string.Empty);

    /// <summary>Gets the interchange control version (ISA12) for <see cref="Version"/>: <c>004010</c> → <c>00401</c>.</summary>
    public string ControlVersion => Version.Length >= 5 ? Version[..5] : Version;

    /// <summary>
    /// Checks that a received interchange comes from this partner and is addressed to us: sender qualifier and id (TA1 note
    /// codes 005, 006), receiver qualifier and id (007, 009) and the test / production indicator (020), so that a test
    /// interchange is never processed as production data or the other way round.
    /// </summary>
    /// <param name="received">The interchange as read.</param>
    /// <returns>Interchange-level errors; empty when the envelope matches the profile.</returns>
    public IReadOnlyList<X12Issue> CheckInbound(X12Interchange received)
    {
        ArgumentNullException.ThrowIfNull(received);
        var isa = received.Header;
        var issues = new List<X12Issue>();
        void Expect(int element, string expected, string code, string what)
        {
            var actual = isa.GetValue(element).Trim();
            if (!string.Equals(actual, expected.Trim(), StringComparison.Ordinal))
            {
                issues.Add(new X12Issue
                {
                    Level = X12IssueLevel.Interchange,
                    Severity = X12IssueSeverity.Error,
                    Position = isa.Position,
                    Offset = isa.Offset,
                    SegmentId = "ISA",
                    ElementIndex = element,
                    Code = code,
                    BadValue = actual,
                    Message = $"ISA{element:00} {what} '{actual}' is not the '{expected.Trim()}' of partner profile '{Id}'",
                });
            }
        }

        Expect(5, InterchangeQualifier, "005", "(sender id qualifier)");
        Expect(6, InterchangeId, "006", "(sender id)");
        Expect(7, LocalInterchangeQualifier, "007", "(receiver id qualifier)");
        Expect(8, LocalInterchangeId, "009", "(receiver id)");
        Expect(15, Usage == X12UsageIndicator.Test ? "T" : "P", "020", "(test / production indicator)");
        return issues;
    }

    /// <summary>Checks the profile: id lengths, version, delimiters.</summary>
    /// <exception cref="ArgumentException">A field is invalid; the message names it.</exception>
    public void Validate()
    {
        Check(InterchangeQualifier, 2, 2, nameof(InterchangeQualifier));
        Check(InterchangeId, 1, 15, nameof(InterchangeId));
        Check(LocalInterchangeQualifier, 2, 2, nameof(LocalInterchangeQualifier));
        Check(LocalInterchangeId, 1, 15, nameof(LocalInterchangeId));
        Check(Version, 6, 12, nameof(Version));
        if (Version.AsSpan(0, 6).ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException($"Partner '{Id}': Version '{Version}' must start with six digits (e.g. 004010, 005010).", nameof(Version));
        }

        Delimiters.Validate();
    }

    private void Check(string value, int min, int max, string name)
    {
        if (value is null || value.Length < min || value.Length > max)
        {
            throw new ArgumentException($"Partner '{Id}': {name} '{value}' must be {min} to {max} characters.", name);
        }
    }
}
