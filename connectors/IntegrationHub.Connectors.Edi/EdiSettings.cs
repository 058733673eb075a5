using System.ComponentModel;
using IntegrationHub.Connectors.Edi.Transport;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Edi;

/// <summary>Connection settings of the EDI connector: the partner's SFTP server, its folders and the partner profile.</summary>
[Description("X12 EDI with one trading partner over SFTP.")]
public sealed class EdiSettings
{
    /// <summary>Gets the SFTP host.</summary>
    [Description("SFTP host name or address.")]
    public required string Host { get; init; }

    /// <summary>Gets the SFTP port.</summary>
    [Description("SFTP port.")]
    public int Port { get; init; } = 22;

    /// <summary>Gets the SFTP user name.</summary>
    [Description("SFTP user name.")]
    public required string UserName { get; init; }

    /// <summary>Gets the SFTP password.</summary>
    [Secret]
    [Description("SFTP password (give a password, a private key, or both).")]
    public string? Password { get; init; }

    /// <summary>Gets the private key in OpenSSH or PEM text form.</summary>
    [Secret]
    [Description("Private key in OpenSSH or PEM text form.")]
    public string? PrivateKey { get; init; }

    /// <summary>Gets the private key's passphrase.</summary>
    [Secret]
    [Description("Passphrase of the private key, if it has one.")]
    public string? PrivateKeyPassphrase { get; init; }

    /// <summary>Gets the expected SHA-256 fingerprint of the server's host key.</summary>
    [Description("Expected SHA-256 fingerprint of the server's host key (base64, as ssh-keygen -l prints it); empty trusts any key, which only suits tests.")]
    public string? HostKeySha256 { get; init; }

    /// <summary>Gets the connect timeout in seconds.</summary>
    [Description("Connect timeout in seconds (1-300).")]
    public int ConnectTimeoutSeconds { get; init; } = 30;

    /// <summary>Gets the folder the partner drops files into.</summary>
    [Description("Folder the partner drops inbound files into.")]
    public required string InboundFolder { get; init; }

    /// <summary>Gets where processed inbound files go.</summary>
    [Description("Where processed inbound files are moved (time-stamped); default <inbound>/archive.")]
    public string? ArchiveFolder { get; init; }

    /// <summary>Gets where inbound files that could not be processed go.</summary>
    [Description("Where inbound files that could not be processed are moved, each with a .error.txt reason; default <inbound>/error.")]
    public string? ErrorFolder { get; init; }

    /// <summary>Gets where inbound files are claimed while being processed.</summary>
    [Description("Where inbound files are claimed while being processed (one sub-folder per poll); default <inbound>/processing.")]
    public string? ProcessingFolder { get; init; }

    /// <summary>Gets the folder our documents are uploaded to.</summary>
    [Description("Folder our outbound documents are uploaded to (temporary name, then renamed).")]
    public required string OutboundFolder { get; init; }

    /// <summary>Gets the folder our acknowledgments are uploaded to.</summary>
    [Description("Folder our 997/999/TA1 acknowledgments are uploaded to; default: the outbound folder.")]
    public string? AcknowledgmentFolder { get; init; }

    /// <summary>Gets the inbound file name endings picked up.</summary>
    [Description("Inbound file name endings picked up (case-insensitive); empty for every file. Files ending in .tmp or .part are never picked up.")]
    public IReadOnlyList<string> FileExtensions { get; init; } = [".edi", ".x12", ".txt"];

    /// <summary>Gets how old an inbound file must be before it is picked up.</summary>
    [Description("Seconds an inbound file must be unchanged before it is picked up, so files still being written are left alone.")]
    public int MinimumFileAgeSeconds { get; init; } = 10;

    /// <summary>Gets the maximum number of files one poll takes.</summary>
    [Description("Maximum number of inbound files one poll takes (1-1000).")]
    public int MaxFilesPerPoll { get; init; } = 50;

    /// <summary>Gets after how long the files of an unfinished poll are taken over by another poll.</summary>
    [Description("Minutes after which files claimed by a poll that never finished (crashed and not retried) are taken over by the next poll.")]
    public int ClaimTimeoutMinutes { get; init; } = 30;

    /// <summary>Gets the trading partner profile.</summary>
    [Description("Trading partner profile.")]
    public required EdiPartnerSettings Partner { get; init; }

    internal string Archive => ArchiveFolder is { Length: > 0 } a ? a : SftpSession.Combine(InboundFolder, "archive");

    internal string Error => ErrorFolder is { Length: > 0 } e ? e : SftpSession.Combine(InboundFolder, "error");

    internal string Processing => ProcessingFolder is { Length: > 0 } p ? p : SftpSession.Combine(InboundFolder, "processing");

    internal string Acknowledgments => AcknowledgmentFolder is { Length: > 0 } a ? a : OutboundFolder;

    /// <summary>Checks the settings and builds the SFTP options.</summary>
    /// <returns>The SFTP connection options.</returns>
    /// <exception cref="ConnectorConfigurationException">A setting is invalid; the message names it (never a secret).</exception>
    internal SftpConnectionOptions ToConnectionOptions()
    {
        if (string.IsNullOrWhiteSpace(Host) || string.IsNullOrWhiteSpace(UserName))
        {
            throw new ConnectorConfigurationException("EDI settings: Host and UserName are required.");
        }

        if (Port is < 1 or > 65535 || ConnectTimeoutSeconds is < 1 or > 300)
        {
            throw new ConnectorConfigurationException($"EDI settings: Port {Port} must be 1-65535 and ConnectTimeoutSeconds {ConnectTimeoutSeconds} 1-300.");
        }

        if (string.IsNullOrEmpty(Password) && string.IsNullOrEmpty(PrivateKey))
        {
            throw new ConnectorConfigurationException("EDI settings: give the SFTP Password or a PrivateKey.");
        }

        if (string.IsNullOrWhiteSpace(InboundFolder) || string.IsNullOrWhiteSpace(OutboundFolder))
        {
            throw new ConnectorConfigurationException("EDI settings: InboundFolder and OutboundFolder are required.");
        }

        if (MaxFilesPerPoll is < 1 or > 1000 || MinimumFileAgeSeconds is < 0 or > 86400 || ClaimTimeoutMinutes is < 1 or > 10080)
        {
            throw new ConnectorConfigurationException($"EDI settings: MaxFilesPerPoll {MaxFilesPerPoll} must be 1-1000, MinimumFileAgeSeconds {MinimumFileAgeSeconds} 0-86400 and ClaimTimeoutMinutes {ClaimTimeoutMinutes} 1-10080.");
        }

        return new SftpConnectionOptions
        {
            Host = Host,
            Port = Port,
            UserName = UserName,
            Password = Password,
            PrivateKey = PrivateKey,
            PrivateKeyPassphrase = PrivateKeyPassphrase,
            HostKeySha256 = HostKeySha256,
            ConnectTimeout = TimeSpan.FromSeconds(ConnectTimeoutSeconds),
        };
    }
}
