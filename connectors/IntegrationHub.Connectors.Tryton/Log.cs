using Microsoft.Extensions.Logging;

namespace IntegrationHub.Connectors.Tryton;

internal static partial class Log
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Logged in to Tryton as {User} at {DatabaseUrl}")]
    public static partial void LoggedIn(ILogger logger, string user, Uri databaseUrl);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Tryton rejected the session during {Method}; logging in again")]
    public static partial void SessionRejected(ILogger logger, string method);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Created Tryton {Model} {Id} for idempotency key {IdempotencyKey}")]
    public static partial void Created(ILogger logger, string model, long id, string idempotencyKey);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Tryton {Model} for idempotency key {IdempotencyKey} already exists as {Id}")]
    public static partial void AlreadyExists(ILogger logger, string model, long id, string idempotencyKey);
}
