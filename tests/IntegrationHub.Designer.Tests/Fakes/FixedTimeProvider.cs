namespace IntegrationHub.Designer.Tests.Fakes;

/// <summary>A clock that always says the same instant.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
