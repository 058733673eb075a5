namespace MyCompany.Connectors.Sample;

/// <summary>The greeting.</summary>
/// <param name="Message">The message.</param>
/// <param name="At">When it was made (from the operation context's clock).</param>
public sealed record GreetOutput(string Message, DateTimeOffset At);
