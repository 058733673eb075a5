namespace IntegrationHub.Flows.Model;

/// <summary>What kind of failure an error is; decides whether it is retried and who must act.</summary>
public enum ErrorCategory
{
    /// <summary>Network, timeout, 5xx, 429: retried automatically by the step's retry policy.</summary>
    Transient,

    /// <summary>Schema, mapping or 4xx validation problems in the data itself.</summary>
    DataQuality,

    /// <summary>A trading partner or target system rejected the request.</summary>
    Partner,

    /// <summary>A business rule stopped the run (credit hold, price mismatch).</summary>
    Business,

    /// <summary>Our bug or configuration problem.</summary>
    Platform,
}
