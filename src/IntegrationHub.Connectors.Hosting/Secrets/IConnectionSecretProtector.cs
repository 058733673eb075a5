namespace IntegrationHub.Connectors.Hosting.Secrets;

/// <summary>Encrypts connection secrets at rest.</summary>
public interface IConnectionSecretProtector
{
    /// <summary>Encrypts a secret value.</summary>
    /// <param name="plaintext">The value.</param>
    /// <returns>The ciphertext, safe to store.</returns>
    string Protect(string plaintext);

    /// <summary>Decrypts a stored secret value.</summary>
    /// <param name="ciphertext">The stored ciphertext.</param>
    /// <returns>The value.</returns>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The key ring cannot decrypt it (wrong or lost keys).</exception>
    string Unprotect(string ciphertext);
}
