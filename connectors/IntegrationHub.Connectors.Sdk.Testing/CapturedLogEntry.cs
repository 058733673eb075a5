using Microsoft.Extensions.Logging;

namespace IntegrationHub.Connectors.Sdk.Testing;

/// <summary>One log line an operation wrote.</summary>
/// <param name="Level">The level.</param>
/// <param name="EventId">The event id.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Exception">The exception logged with it, if any.</param>
public sealed record CapturedLogEntry(LogLevel Level, EventId EventId, string Message, Exception? Exception);
