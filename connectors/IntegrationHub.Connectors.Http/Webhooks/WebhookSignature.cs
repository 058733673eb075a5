using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.Connectors.Http.Webhooks;

/// <summary>
/// HMAC-SHA256 webhook signatures: <c>X-Hub-Signature: sha256=&lt;hex(HMAC(secret, "{timestamp}.{body}"))&gt;</c> with
/// <c>X-Hub-Timestamp: &lt;Unix seconds&gt;</c>. Signing the timestamp with the body lets receivers reject replays.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-Hub-Signature";

    /// <summary>The timestamp header.</summary>
    public const string TimestampHeader = "X-Hub-Timestamp";

    /// <summary>The event type header.</summary>
    public const string EventHeader = "X-Hub-Event";

    /// <summary>The delivery id header.</summary>
    public const string DeliveryHeader = "X-Hub-Delivery";

    /// <summary>The default tolerance between the sender's timestamp and the receiver's clock.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <summary>Computes the signature header value.</summary>
    /// <param name="secret">The shared secret.</param>
    /// <param name="timestamp">The Unix time in seconds sent in <see cref="TimestampHeader"/>.</param>
    /// <param name="body">The exact body bytes.</param>
    /// <returns>The value, <c>sha256=&lt;hex&gt;</c>.</returns>
    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        return "sha256=" + Convert.ToHexStringLower(Compute(secret, timestamp, body));
    }

    /// <summary>Verifies an inbound webhook.</summary>
    /// <param name="secret">The shared secret.</param>
    /// <param name="body">The exact body bytes received.</param>
    /// <param name="signatureHeader">The value of <see cref="SignatureHeader"/>.</param>
    /// <param name="timestampHeader">The value of <see cref="TimestampHeader"/>.</param>
    /// <param name="now">The receiver's current time.</param>
    /// <param name="tolerance">The accepted clock difference; <see langword="null"/> for <see cref="DefaultTolerance"/>.</param>
    /// <returns>Whether the webhook is authentic and fresh, or why not.</returns>
    public static WebhookVerificationResult Verify(string secret, ReadOnlySpan<byte> body, string? signatureHeader, string? timestampHeader, DateTimeOffset now, TimeSpan? tolerance = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        if (string.IsNullOrEmpty(signatureHeader) || string.IsNullOrEmpty(timestampHeader))
        {
            return WebhookVerificationResult.Missing;
        }

        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return WebhookVerificationResult.InvalidTimestamp;
        }

        var age = now.ToUnixTimeSeconds() - timestamp;
        if (Math.Abs(age) > (tolerance ?? DefaultTolerance).TotalSeconds)
        {
            return WebhookVerificationResult.StaleTimestamp;
        }

        const string prefix = "sha256=";
        if (!signatureHeader.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return WebhookVerificationResult.InvalidSignature;
        }

        byte[] received;
        try
        {
            received = Convert.FromHexString(signatureHeader.AsSpan(prefix.Length));
        }
        catch (FormatException)
        {
            return WebhookVerificationResult.InvalidSignature;
        }

        return CryptographicOperations.FixedTimeEquals(received, Compute(secret, timestamp, body))
            ? WebhookVerificationResult.Valid
            : WebhookVerificationResult.InvalidSignature;
    }

    private static byte[] Compute(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
    }
}
