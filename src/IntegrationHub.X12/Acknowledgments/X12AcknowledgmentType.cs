namespace IntegrationHub.X12.Acknowledgments;

/// <summary>Which functional acknowledgment is exchanged.</summary>
public enum X12AcknowledgmentType
{
    /// <summary>No acknowledgment.</summary>
    None,

    /// <summary>997 Functional Acknowledgment (AK1-AK9).</summary>
    Functional997,

    /// <summary>999 Implementation Acknowledgment (AK1, AK2, IK3, IK4, IK5, AK9), usual from 005010 on.</summary>
    Implementation999,

    /// <summary>997 for groups below 005010, 999 from 005010 on (see <see cref="X12AcknowledgmentBuilder.ForVersion"/>).</summary>
    ByVersion,
}
