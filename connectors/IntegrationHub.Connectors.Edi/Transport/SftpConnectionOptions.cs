namespace IntegrationHub.Connectors.Edi.Transport;

/// <summary>How to reach a partner's SFTP server: password or private-key authentication (or both, key first).</summary>
public sealed class SftpConnectionOptions
{
    /// <summary>Gets or sets the host name or address.</summary>
    public required string Host { get; set; }

    /// <summary>Gets or sets the port.</summary>
    /// <value>The default value is 22.</value>
    public int Port { get; set; } = 22;

    /// <summary>Gets or sets the user name.</summary>
    public required string UserName { get; set; }

    /// <summary>Gets or sets the password (a secret: never logged), or <see langword="null"/> for key authentication only.</summary>
    public string? Password { get; set; }

    /// <summary>Gets or sets the private key in OpenSSH/PEM text form (a secret: never logged), or <see langword="null"/> for password authentication only.</summary>
    public string? PrivateKey { get; set; }

    /// <summary>Gets or sets the private key's passphrase, if any (a secret).</summary>
    public string? PrivateKeyPassphrase { get; set; }

    /// <summary>Gets or sets the expected host key SHA-256 fingerprint (base64, as <c>ssh-keygen -l</c> prints after <c>SHA256:</c>); <see langword="null"/> trusts any host key.</summary>
    public string? HostKeySha256 { get; set; }

    /// <summary>Gets or sets the connect timeout.</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
