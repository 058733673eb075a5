namespace IntegrationHub.Cli;

/// <summary>Process exit codes of <c>hub</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The input (file content) is invalid.</summary>
    public const int InvalidInput = 1;

    /// <summary>Wrong command line (unknown command, missing argument, unreadable file).</summary>
    public const int Usage = 2;
}
