namespace IntegrationHub.TestUtils;

/// <summary>
/// Connection facts of the real services that tests/run.sh starts. A missing variable fails the test
/// with instructions: tests that need a service never skip silently.
/// </summary>
public static class TestServices
{
    /// <summary>The PostgreSQL server (Npgsql connection string without a database).</summary>
    public static string Postgres => Require("HUB_TEST_POSTGRES", "a PostgreSQL server");

    /// <summary>Reads a required environment variable or throws with what to do.</summary>
    public static string Require(string variable, string what)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"This test needs {what}: environment variable {variable} is not set. Run the tests with tests/run.sh, which starts the service on loopback and sets it.");
        }

        return value;
    }
}
