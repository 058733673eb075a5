using System.Net.Sockets;
using IntegrationHub.Connectors.Sdk;
using Renci.SshNet.Common;

namespace IntegrationHub.Connectors.Edi.Internal;

/// <summary>Maps transport failures to error categories: network trouble is transient, refused credentials a partner error, wrong paths, permissions or host keys our configuration.</summary>
internal static class EdiErrors
{
    public static ConnectorException Map(Exception exception, string host, string doing, bool hostKeyRejected)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is ConnectorException connector)
        {
            return connector;
        }

        var at = $"SFTP {host}: {doing}";
        return exception switch
        {
            _ when hostKeyRejected => new ConnectorConfigurationException($"{at}: the server's host key does not match HostKeySha256; check the fingerprint with the partner.", exception),
            SshAuthenticationException => new ConnectorAuthenticationException($"{at}: the server refused the user name and key/password.", exception),
            SftpPermissionDeniedException => new ConnectorConfigurationException($"{at}: permission denied ({exception.Message}); check the folders and the user's rights.", exception),
            SftpPathNotFoundException => new ConnectorConfigurationException($"{at}: a path does not exist ({exception.Message}); check the folder settings.", exception),
            ArgumentException => new ConnectorConfigurationException($"{at}: {exception.Message}", exception),
            SshConnectionException or SshOperationTimeoutException or SocketException or TimeoutException or IOException or ProxyException or SshException
                => new ConnectorException(ErrorCategory.Transient, $"{at}: {exception.GetType().Name}: {exception.Message}", "sftp_unavailable", exception),
            _ => new ConnectorException(ErrorCategory.Platform, $"{at}: {exception.GetType().Name}: {exception.Message}", "sftp_failed", exception),
        };
    }
}
