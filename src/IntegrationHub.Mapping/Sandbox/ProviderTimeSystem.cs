using System.Globalization;
using Jint.Runtime;

namespace IntegrationHub.Mapping.Sandbox;

/// <summary>JavaScript's clock (<c>Date.now()</c>, <c>new Date()</c>) read from the host's <see cref="TimeProvider"/>, in UTC.</summary>
internal sealed class ProviderTimeSystem(TimeProvider timeProvider) : ITimeSystem
{
    private readonly DefaultTimeSystem _inner = new(TimeZoneInfo.Utc, CultureInfo.InvariantCulture);

    public TimeZoneInfo DefaultTimeZone => TimeZoneInfo.Utc;

    public DateTimeOffset GetUtcNow() => timeProvider.GetUtcNow();

    public bool TryParse(string date, out long epochMilliseconds) => _inner.TryParse(date, out epochMilliseconds);

    public TimeSpan GetUtcOffset(long epochMilliseconds) => TimeSpan.Zero;
}
