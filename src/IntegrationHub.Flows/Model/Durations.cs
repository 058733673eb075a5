using System.Xml;

namespace IntegrationHub.Flows.Model;

/// <summary>ISO 8601 durations (<c>PT30S</c>, <c>PT5M</c>, <c>P1D</c>) as flow files write them.</summary>
public static class Durations
{
    /// <summary>Parses an ISO 8601 duration; false when the text is not one.</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        try
        {
            duration = XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Formats a duration the way flow files write it.</summary>
    public static string Format(TimeSpan duration) => XmlConvert.ToString(duration);
}
