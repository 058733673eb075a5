namespace IntegrationHub.X12.Writing;

/// <summary>Functional identifier codes (GS01) of transaction sets.</summary>
public static class X12FunctionalIds
{
    /// <summary>Gets GS01 for a set id: 850 PO, 855 PR, 856 SH, 810 IN, 997/999 FA.</summary>
    /// <param name="setId">ST01.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentException">The set is not one the hub generates.</exception>
    public static string For(string setId) => setId switch
    {
        "850" => "PO",
        "855" => "PR",
        "856" => "SH",
        "810" => "IN",
        "997" or "999" => "FA",
        _ => throw new ArgumentException($"No functional identifier code is known for transaction set '{setId}'.", nameof(setId)),
    };
}
