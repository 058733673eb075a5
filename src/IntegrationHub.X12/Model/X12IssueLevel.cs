namespace IntegrationHub.X12.Model;

/// <summary>What an <see cref="X12Issue"/> is about; decides where an acknowledgment reports it.</summary>
public enum X12IssueLevel
{
    /// <summary>The interchange envelope (ISA/IEA); reported in a TA1 (TA105 code).</summary>
    Interchange,

    /// <summary>A functional group envelope (GS/GE); reported in AK9 (AK905-AK909 codes).</summary>
    Group,

    /// <summary>A transaction set envelope (ST/SE); reported in AK5/IK5 (AK502 codes).</summary>
    TransactionSet,

    /// <summary>A segment inside a set; reported in AK3/IK3 (AK304 codes).</summary>
    Segment,

    /// <summary>An element inside a segment; reported in AK4/IK4 (AK403 codes).</summary>
    Element,
}
