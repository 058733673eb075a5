namespace IntegrationHub.X12.ControlNumbers;

/// <summary>Limits of X12 control numbers.</summary>
public static class X12ControlNumbers
{
    /// <summary>The largest interchange / group control number (nine digits).</summary>
    public const long Max = 999_999_999;

    internal static long Next(long last, string partnerId, X12ControlNumberKind kind) =>
        last >= Max
            ? throw new InvalidOperationException($"The {kind.ToString().ToLowerInvariant()} control numbers of partner '{partnerId}' are exhausted ({Max}); numbers are never reused.")
            : last + 1;
}
