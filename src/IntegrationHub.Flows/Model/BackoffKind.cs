namespace IntegrationHub.Flows.Model;

/// <summary>How the delay between attempts grows.</summary>
public enum BackoffKind
{
    /// <summary>Every delay is the initial delay.</summary>
    Fixed,

    /// <summary>Each delay is the previous one times the multiplier, up to the maximum delay.</summary>
    Exponential,
}
