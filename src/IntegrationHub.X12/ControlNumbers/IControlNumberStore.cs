namespace IntegrationHub.X12.ControlNumbers;

/// <summary>
/// Allocates control numbers per partner. An allocated number is never handed out again, also after a crash:
/// implementations persist the allocation before returning it.
/// </summary>
public interface IControlNumberStore
{
    /// <summary>Allocates the next control number (1 to 999,999,999) of a partner's sequence.</summary>
    /// <param name="partnerId">The partner profile id.</param>
    /// <param name="kind">Interchange or group sequence.</param>
    /// <param name="cancellationToken">Cancels the allocation.</param>
    /// <returns>The number.</returns>
    /// <exception cref="InvalidOperationException">The sequence is exhausted.</exception>
    ValueTask<long> NextAsync(string partnerId, X12ControlNumberKind kind, CancellationToken cancellationToken);
}
