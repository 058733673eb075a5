namespace IntegrationHub.X12.ControlNumbers;

/// <summary>Limits of X12 control numbers.</summary>
public static class X12ControlNumbers
{
    /// <summary>The largest interchange / group control number (nine digits).</summary>
    public const long Max = 999_999_999;

    /// <summary>The number after <paramref name="last"/>; sequences never wrap around (a number is never reused).</summary>
    /// <param name="last">The last number handed out (0 when none was).</param>
    /// <param name="partnerId">The partner, for the error message.</param>
    /// <param name="kind">The sequence, for the error message.</param>
    /// <returns><paramref name="last"/> + 1.</returns>
    /// <exception cref="InvalidOperationException">The sequence is exhausted (<see cref="Max"/> was handed out).</exception>
    public static long Next(long last, string partnerId, X12ControlNumberKind kind) =>
        last >= Max
            ? throw new InvalidOperationException($"The {kind.ToString().ToLowerInvariant()} control numbers of partner '{partnerId}' are exhausted ({Max}); numbers are never reused.")
            : last + 1;
}
