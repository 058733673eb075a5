using IntegrationHub.Connectors.Hosting.Catalog;
using IntegrationHub.Connectors.Sdk;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Connectors.Hosting.Diagnostics;

/// <summary>Source-generated log messages of connector hosting. Never log settings, inputs, outputs or secrets.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Connector {Connector} {Version} loaded ({Source}) from {Location}")]
    public static partial void ConnectorLoaded(ILogger logger, string connector, string version, ConnectorSource source, string location);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Connector at {Location} was not loaded ({Kind}): {Reason}")]
    public static partial void ConnectorLoadFailed(ILogger logger, string location, ConnectorLoadErrorKind kind, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Connector plug-in folder {Folder} does not exist; no plug-ins are loaded")]
    public static partial void PluginFolderMissing(ILogger logger, string folder);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Debug, Message = "Invoking {Connector}.{Operation} (correlation {CorrelationId})")]
    public static partial void Invoking(ILogger logger, string connector, string operation, string correlationId);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "{Connector}.{Operation} failed ({Category}, {ErrorCode}) (correlation {CorrelationId}): {Error}")]
    public static partial void InvocationFailed(ILogger logger, string connector, string operation, ErrorCategory category, string? errorCode, string correlationId, string error);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Error, Message = "{Connector}.{Operation} failed unexpectedly: {Details}")]
    public static partial void UnexpectedFailure(ILogger logger, string connector, string operation, string details);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Information, Message = "Connection {ConnectionName} ({Connector}) {Action}")]
    public static partial void ConnectionChanged(ILogger logger, string connectionName, string connector, string action);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Information, Message = "Connection {ConnectionName} test: {Succeeded}: {Message}")]
    public static partial void ConnectionTested(ILogger logger, string connectionName, bool succeeded, string message);
}
