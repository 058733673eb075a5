using System.Security.Cryptography;

namespace IntegrationHub.Server.Security;

/// <summary>What a password must be, and one-time passwords.</summary>
internal static class PasswordPolicy
{
    public const int MinimumLength = 12;

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>Returns why a password is unacceptable, or null when it is fine.</summary>
    public static string? Check(string? password, string userName)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return $"the password must have at least {MinimumLength} characters";
        }

        if (password.Contains(userName, StringComparison.OrdinalIgnoreCase))
        {
            return "the password must not contain the user name";
        }

        return password.Distinct().Count() < 5 ? "the password is too repetitive" : null;
    }

    /// <summary>Generates a one-time password: 20 characters, no look-alikes.</summary>
    public static string GenerateOneTime() => RandomNumberGenerator.GetString(Alphabet, 20);
}
