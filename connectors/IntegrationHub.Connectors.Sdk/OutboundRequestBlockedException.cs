namespace IntegrationHub.Connectors.Sdk;

/// <summary>
/// An outbound request was refused by the SSRF guard (loopback, link-local, private or metadata address, or a
/// host outside the connection's allow-list); a <see cref="ErrorCategory.Platform"/> error: fix the connection, do not retry.
/// </summary>
public class OutboundRequestBlockedException : ConnectorException
{
    /// <summary>Initializes a new instance of the <see cref="OutboundRequestBlockedException"/> class.</summary>
    public OutboundRequestBlockedException()
        : this("The outbound request was blocked.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="OutboundRequestBlockedException"/> class.</summary>
    /// <param name="message">Which host or address was blocked and why.</param>
    public OutboundRequestBlockedException(string message)
        : this(message, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="OutboundRequestBlockedException"/> class.</summary>
    /// <param name="message">Which host or address was blocked and why.</param>
    /// <param name="innerException">The cause.</param>
    public OutboundRequestBlockedException(string message, Exception? innerException)
        : base(ErrorCategory.Platform, message, "outbound_blocked", innerException)
    {
    }
}
