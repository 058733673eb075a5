namespace IntegrationHub.X12.Acknowledgments;

/// <summary>TA104: what the receiver of an interchange did with it.</summary>
public enum X12InterchangeAcknowledgmentStatus
{
    /// <summary>The interchange was accepted with no errors (TA104 = A).</summary>
    Accepted,

    /// <summary>The interchange was accepted, but errors are noted (TA104 = E).</summary>
    AcceptedWithErrors,

    /// <summary>The interchange was rejected because of errors (TA104 = R); nothing in it is processed.</summary>
    Rejected,
}
