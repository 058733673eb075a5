using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.Connectors.Edi.Internal;

internal static class Hashing
{
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));
}
