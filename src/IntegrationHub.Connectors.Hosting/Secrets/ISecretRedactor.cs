using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Hosting.Secrets;

/// <summary>Removes secret values from text and JSON before they reach logs, traces, the run journal or API responses.</summary>
/// <remarks>The redactor learns every secret value the connection service encrypts or decrypts; values shorter than 4 characters are not redacted (they would mangle ordinary text).</remarks>
public interface ISecretRedactor
{
    /// <summary>The text that replaces a secret value.</summary>
    public const string Mask = "***";

    /// <summary>Adds secret values to redact from now on.</summary>
    /// <param name="secrets">The values.</param>
    void Register(IEnumerable<string> secrets);

    /// <summary>Replaces every known secret value (and any in <paramref name="additionalSecrets"/>) with <see cref="Mask"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="additionalSecrets">More values to remove.</param>
    /// <returns>The redacted text.</returns>
    string Redact(string text, IEnumerable<string>? additionalSecrets = null);

    /// <summary>Returns a copy of <paramref name="node"/> with known secret values replaced in every string.</summary>
    /// <param name="node">The JSON (a step input or output, an error detail).</param>
    /// <param name="additionalSecrets">More values to remove.</param>
    /// <returns>The redacted copy.</returns>
    JsonNode? Redact(JsonNode? node, IEnumerable<string>? additionalSecrets = null);
}
