namespace IntegrationHub.Connectors.Edi.Transport;

/// <summary>A claimed inbound file handed to the handler.</summary>
/// <param name="Name">File name (without folder).</param>
/// <param name="Content">The downloaded bytes (seekable, positioned at 0).</param>
/// <param name="IsRecovery">Whether the file was claimed by an earlier poll that did not finish (a crash): the handler may have seen it before and must be idempotent (X12 event ids are stable for that).</param>
public sealed record SftpInboundFile(string Name, Stream Content, bool IsRecovery);
