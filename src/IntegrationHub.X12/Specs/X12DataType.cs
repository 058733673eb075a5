namespace IntegrationHub.X12.Specs;

/// <summary>X12 simple data element types.</summary>
public enum X12DataType
{
    /// <summary>AN: string.</summary>
    String,

    /// <summary>ID: identifier from a code list.</summary>
    Identifier,

    /// <summary>N0..N9: implied-decimal integer.</summary>
    Numeric,

    /// <summary>R: decimal number.</summary>
    Decimal,

    /// <summary>DT: date, CCYYMMDD (or YYMMDD).</summary>
    Date,

    /// <summary>TM: time, HHMM[SS[d..]].</summary>
    Time,
}
