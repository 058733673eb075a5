namespace IntegrationHub.Runtime.Tests.Infrastructure;

/// <summary>Thrown by <see cref="CrashingRunStore"/> to end a pass abruptly, as a killed process would.</summary>
public sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
        : base("simulated crash")
    {
    }

    public SimulatedCrashException(string message)
        : base(message)
    {
    }

    public SimulatedCrashException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
