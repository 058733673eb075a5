namespace IntegrationHub.Connectors.Edi.Tests;

internal static class Samples
{
    public static string Valid(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "shared", "valid", name);

    public static string Invalid(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "shared", "invalid", name);
}
