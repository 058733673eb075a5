using System.Globalization;

namespace IntegrationHub.Designer.Shell;

/// <summary>How times and durations read in the designer.</summary>
internal static class Formats
{
    public static string When(DateTimeOffset? at) =>
        at is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "—";

    public static string Version(int version) => version == 0 ? "Draft" : $"v{version.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Formats a delay the way people read it: 200 ms, 2 s, 1.5 s, 2 min 30 s, 1 h 5 min.</summary>
    public static string Duration(TimeSpan duration)
    {
        if (duration < TimeSpan.FromSeconds(1))
        {
            return $"{duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";
        }

        if (duration < TimeSpan.FromMinutes(1))
        {
            return $"{duration.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s";
        }

        if (duration < TimeSpan.FromHours(1))
        {
            return duration.Seconds == 0 ? $"{(int)duration.TotalMinutes} min" : $"{(int)duration.TotalMinutes} min {duration.Seconds} s";
        }

        return duration.Minutes == 0 ? $"{(int)duration.TotalHours} h" : $"{(int)duration.TotalHours} h {duration.Minutes} min";
    }

    /// <summary>Formats a duration in milliseconds (from the run journal), or a dash when unknown.</summary>
    public static string Milliseconds(double? milliseconds) =>
        milliseconds switch
        {
            null => "—",
            < 1 => "under 1 ms",
            var ms => Duration(TimeSpan.FromMilliseconds(ms.Value)),
        };

    /// <summary>Formats an instant with seconds, for step timings.</summary>
    public static string Precise(DateTimeOffset? at) =>
        at is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "—";

    /// <summary>Formats a share (0 to 1) as a percentage, or a dash when unknown.</summary>
    public static string Percent(double? share) =>
        share is { } s ? (s * 100).ToString(s is > 0 and < 0.1 ? "0.0" : "0", CultureInfo.InvariantCulture) + " %" : "—";
}
