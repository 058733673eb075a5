using Microsoft.Extensions.Logging;

namespace IntegrationHub.Connectors.Edi.Transport;

internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Claimed inbound file {FileName} from {Host} (recovery: {IsRecovery})")]
    public static partial void Claimed(ILogger logger, string fileName, string host, bool isRecovery);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Debug, Message = "File {FileName} was claimed by another poller first")]
    public static partial void ClaimLost(ILogger logger, string fileName);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Archived inbound file {FileName} as {ArchivedName}")]
    public static partial void Archived(ILogger logger, string fileName, string archivedName);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Inbound file {FileName} failed and was moved to the error folder as {ErrorName}")]
    public static partial void Failed(ILogger logger, Exception exception, string fileName, string errorName);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information, Message = "Uploaded {FileName} ({Bytes} bytes) to {Host}")]
    public static partial void Uploaded(ILogger logger, string fileName, long bytes, string host);
}
