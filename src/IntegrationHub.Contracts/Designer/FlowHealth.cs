namespace IntegrationHub.Contracts.Designer;

/// <summary>One flow's runs started in the dashboard window, by outcome.</summary>
/// <param name="FlowId">The flow.</param>
/// <param name="Started">Runs started.</param>
/// <param name="Succeeded">Of those, succeeded.</param>
/// <param name="Failed">Of those, failed (dead letters).</param>
/// <param name="Cancelled">Of those, cancelled.</param>
/// <param name="InProgress">Of those, not finished (pending, running, scheduled, waiting).</param>
public sealed record FlowHealth(string FlowId, int Started, int Succeeded, int Failed, int Cancelled, int InProgress)
{
    /// <summary>Gets the share of finished runs that failed (0 to 1), or null when none finished.</summary>
    public double? FailureRate => Succeeded + Failed + Cancelled == 0 ? null : (double)Failed / (Succeeded + Failed + Cancelled);
}
