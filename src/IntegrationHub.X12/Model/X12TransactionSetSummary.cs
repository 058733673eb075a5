namespace IntegrationHub.X12.Model;

/// <summary>What an acknowledgment needs to know about one received set (kept per group even when the sets themselves are streamed away).</summary>
/// <param name="Id">ST01.</param>
/// <param name="ControlNumber">ST02.</param>
/// <param name="ImplementationReference">ST03 (5010), or empty.</param>
/// <param name="Issues">Problems found in the set.</param>
public sealed record X12TransactionSetSummary(string Id, string ControlNumber, string ImplementationReference, IReadOnlyList<X12Issue> Issues)
{
    /// <summary>Gets a value indicating whether the set is rejected (has an error-severity issue).</summary>
    public bool IsRejected => Issues.Any(i => i.Severity == X12IssueSeverity.Error);
}
