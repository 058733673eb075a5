using Microsoft.AspNetCore.DataProtection;

namespace IntegrationHub.Connectors.Hosting.Secrets;

/// <summary>
/// Encrypts secrets with ASP.NET Core Data Protection (purpose <see cref="Purpose"/>). Every node must share the key ring
/// (persisted in the hub's database) and the application name, or nodes cannot read each other's secrets.
/// </summary>
internal sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : IConnectionSecretProtector
{
    public const string Purpose = "IntegrationHub.Connections.Secrets.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string ciphertext) => _protector.Unprotect(ciphertext);
}
