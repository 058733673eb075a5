namespace IntegrationHub.Cli;

/// <summary>What a command may use: output, error output and the clock.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Time">The clock.</param>
internal sealed record CommandContext(TextWriter Out, TextWriter Error, TimeProvider Time);
