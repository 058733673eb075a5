using Microsoft.Extensions.Logging;

namespace IntegrationHub.Connectors.Edi.Transport;

internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Claimed inbound file {FileName} from {Host} (batch {BatchId}, resumed: {IsResumed})")]
    public static partial void Claimed(ILogger logger, string fileName, string host, string batchId, bool isResumed);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Debug, Message = "File {FileName} was claimed by another poller first")]
    public static partial void ClaimLost(ILogger logger, string fileName);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Archived inbound file {FileName} as {ArchivedName} ({Items} item(s))")]
    public static partial void Archived(ILogger logger, string fileName, string archivedName, int items);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Inbound file {FileName} failed and was moved to the error folder as {ErrorName}: {Reason}")]
    public static partial void Failed(ILogger logger, string fileName, string errorName, string reason);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information, Message = "Uploaded {FileName} ({Bytes} bytes) to {Host}")]
    public static partial void Uploaded(ILogger logger, string fileName, long bytes, string host);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "Inbound file {FileName} was received before (same name and content); archived as {ArchivedName} without new items")]
    public static partial void Duplicate(ILogger logger, string fileName, string archivedName);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning, Message = "Adopted inbound file {FileName} left claimed by stale batch {StaleBatchId}")]
    public static partial void Adopted(ILogger logger, string fileName, string staleBatchId);
}
