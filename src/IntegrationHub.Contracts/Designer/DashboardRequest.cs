namespace IntegrationHub.Contracts.Designer;

/// <summary>Which runs the dashboard looks at.</summary>
/// <param name="From">Start of the window (runs started at or after).</param>
/// <param name="To">End of the window (runs started before).</param>
/// <param name="Buckets">How many equal time buckets the window is cut into for the charts (1 to 96).</param>
/// <param name="FlowId">Only this flow, or null for every flow.</param>
public sealed record DashboardRequest(DateTimeOffset From, DateTimeOffset To, int Buckets, string? FlowId = null);
