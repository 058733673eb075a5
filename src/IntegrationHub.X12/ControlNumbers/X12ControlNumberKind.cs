namespace IntegrationHub.X12.ControlNumbers;

/// <summary>Which control-number sequence.</summary>
public enum X12ControlNumberKind
{
    /// <summary>Interchange control number (ISA13 / IEA02).</summary>
    Interchange,

    /// <summary>Group control number (GS06 / GE02).</summary>
    Group,
}
