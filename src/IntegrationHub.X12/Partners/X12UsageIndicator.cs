namespace IntegrationHub.X12.Partners;

/// <summary>ISA15: whether interchanges with a partner are test or production data.</summary>
public enum X12UsageIndicator
{
    /// <summary>Production data (ISA15 = P).</summary>
    Production,

    /// <summary>Test data (ISA15 = T).</summary>
    Test,
}
