namespace IntegrationHub.Cli;

/// <summary>One <c>hub</c> command.</summary>
internal interface ICommand
{
    /// <summary>Gets the words that select the command, e.g. <c>["edi", "parse"]</c>.</summary>
    IReadOnlyList<string> Path { get; }

    /// <summary>Gets the usage line (after <c>hub</c>).</summary>
    string Usage { get; }

    /// <summary>Gets a one-line description.</summary>
    string Summary { get; }

    /// <summary>Runs the command with the arguments after its path.</summary>
    /// <param name="args">Arguments.</param>
    /// <param name="context">Output and clock.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The exit code.</returns>
    Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken cancellationToken);
}
