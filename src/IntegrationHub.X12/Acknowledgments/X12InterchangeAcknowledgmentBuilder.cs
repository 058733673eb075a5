using IntegrationHub.X12.Model;

namespace IntegrationHub.X12.Acknowledgments;

/// <summary>
/// Decides the TA1 for a received interchange from its interchange-level issues (envelope errors found by the reader,
/// plus checks such as <see cref="Partners.X12PartnerProfile.CheckInbound"/>): any error rejects the interchange (TA104
/// R with the first error's note code), warnings only accept it with errors (E), otherwise it is accepted (A, 000).
/// </summary>
public static class X12InterchangeAcknowledgmentBuilder
{
    /// <summary>Builds the TA1 of a received interchange.</summary>
    /// <param name="received">The interchange as read (header and issues).</param>
    /// <param name="additionalIssues">More interchange-level findings (for example a partner-profile check).</param>
    /// <returns>The acknowledgment; <see cref="X12InterchangeAcknowledgment.Issues"/> lists every interchange-level issue considered.</returns>
    public static X12InterchangeAcknowledgment Build(X12Interchange received, IEnumerable<X12Issue>? additionalIssues = null)
    {
        ArgumentNullException.ThrowIfNull(received);
        var issues = received.Issues.Concat(additionalIssues ?? []).Where(i => i.Level == X12IssueLevel.Interchange).ToList();
        var firstError = issues.FirstOrDefault(i => i.Severity == X12IssueSeverity.Error);
        var firstWarning = issues.FirstOrDefault(i => i.Severity == X12IssueSeverity.Warning);
        var (status, note) = firstError is not null ? (X12InterchangeAcknowledgmentStatus.Rejected, NoteCode(firstError))
            : firstWarning is not null ? (X12InterchangeAcknowledgmentStatus.AcceptedWithErrors, NoteCode(firstWarning))
            : (X12InterchangeAcknowledgmentStatus.Accepted, X12InterchangeNoteCodes.NoError);
        return new X12InterchangeAcknowledgment
        {
            ControlNumber = received.ControlNumber.Trim(),
            Date = received.Header.GetValue(9).Trim(),
            Time = received.Header.GetValue(10).Trim(),
            Status = status,
            NoteCode = note,
            Issues = issues,
        };
    }

    /// <summary>Whether a TA1 is sent back: when the sender asked for one (ISA14 = 1) or when the interchange is not plainly accepted.</summary>
    /// <param name="received">The received interchange.</param>
    /// <param name="acknowledgment">Its acknowledgment from <see cref="Build"/>.</param>
    /// <returns><see langword="true"/> when a TA1 goes back.</returns>
    public static bool ShouldSend(X12Interchange received, X12InterchangeAcknowledgment acknowledgment)
    {
        ArgumentNullException.ThrowIfNull(received);
        ArgumentNullException.ThrowIfNull(acknowledgment);
        return received.Header.GetValue(14).Trim() == "1" || acknowledgment.Status != X12InterchangeAcknowledgmentStatus.Accepted;
    }

    // Interchange issues carry TA105 codes; anything else (a code meant for another level) is reported as invalid content.
    private static string NoteCode(X12Issue issue) => X12InterchangeNoteCodes.IsDefined(issue.Code) && issue.Code != X12InterchangeNoteCodes.NoError ? issue.Code : "024";
}
