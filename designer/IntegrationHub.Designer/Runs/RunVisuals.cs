using MudBlazor;

namespace IntegrationHub.Designer.Runs;

/// <summary>How run and step statuses and error categories look and read, for people who do not know the runtime.</summary>
internal static class RunVisuals
{
    /// <summary>Gets every run status, in the order people think of them.</summary>
    public static IReadOnlyList<string> RunStatuses { get; } = ["failed", "running", "pending", "scheduled", "waiting", "succeeded", "cancelled"];

    /// <summary>Gets every error category.</summary>
    public static IReadOnlyList<string> ErrorCategories { get; } = ["transient", "dataQuality", "partner", "business", "platform"];

    /// <summary>Gets the statuses of runs that are not finished (the run page keeps refreshing them).</summary>
    public static IReadOnlyList<string> LiveStatuses { get; } = ["pending", "running", "scheduled", "waiting"];

    public static Color StatusColor(string? status) => status switch
    {
        "succeeded" => Color.Success,
        "failed" => Color.Error,
        "running" => Color.Info,
        "pending" or "scheduled" => Color.Default,
        "waiting" => Color.Warning,
        "skipped" => Color.Secondary,
        "cancelled" => Color.Dark,
        _ => Color.Default,
    };

    public static string StatusIcon(string? status) => status switch
    {
        "succeeded" => Icons.Material.Filled.CheckCircle,
        "failed" => Icons.Material.Filled.Error,
        "running" => Icons.Material.Filled.PlayCircle,
        "pending" => Icons.Material.Filled.HourglassEmpty,
        "scheduled" => Icons.Material.Filled.Schedule,
        "waiting" => Icons.Material.Filled.HourglassTop,
        "skipped" => Icons.Material.Filled.SkipNext,
        "cancelled" => Icons.Material.Filled.Cancel,
        _ => Icons.Material.Filled.Circle,
    };

    /// <summary>Says what a run status means in a few words.</summary>
    public static string StatusMeaning(string? status) => status switch
    {
        "succeeded" => "Finished successfully.",
        "failed" => "Stopped with an error and waits for an operator (dead letter).",
        "running" => "A worker is executing it right now.",
        "pending" => "Queued; a worker will pick it up in a moment.",
        "scheduled" => "Waiting for a timer (a delay or the next retry).",
        "waiting" => "Waiting for an event from another system.",
        "cancelled" => "Cancelled by an operator.",
        _ => status ?? string.Empty,
    };

    /// <summary>Names an error category the way a customer-service person reads it.</summary>
    public static string CategoryText(string? category) => category switch
    {
        "transient" => "Temporary problem",
        "dataQuality" => "Data problem",
        "partner" => "Rejected by the partner or target system",
        "business" => "Business rule",
        "platform" => "Hub configuration or defect",
        null or "" => "Error",
        _ => category,
    };

    /// <summary>Says what usually fixes an error of a category.</summary>
    public static string CategoryAdvice(string? category) => category switch
    {
        "transient" => "The system did not answer in time. Retrying usually works once it is back.",
        "dataQuality" => "The data does not fit what the system expects. Correct the step's input and retry, or fix the source and restart.",
        "partner" => "The other system refused the request. Check with the partner, then retry.",
        "business" => "A business rule stopped the run (credit hold, price mismatch…). Resolve it in the business system, then retry or cancel.",
        "platform" => "A configuration problem in the hub (a missing connection, a wrong setting). Fix the configuration, then retry.",
        _ => "Look at the failed step's input and error, then retry, skip or cancel.",
    };

    public static Color CategoryColor(string? category) => category switch
    {
        "transient" => Color.Warning,
        "dataQuality" => Color.Error,
        "partner" => Color.Secondary,
        "business" => Color.Primary,
        "platform" => Color.Dark,
        _ => Color.Default,
    };
}
