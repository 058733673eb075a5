namespace IntegrationHub.Flows.Model;

/// <summary>The wire names of <see cref="ErrorCategory"/> as flow files and the API write them.</summary>
public static class ErrorCategoryNames
{
    /// <summary>Returns the camelCase wire name of a category.</summary>
    public static string ToWireName(this ErrorCategory category) => category switch
    {
        ErrorCategory.Transient => "transient",
        ErrorCategory.DataQuality => "dataQuality",
        ErrorCategory.Partner => "partner",
        ErrorCategory.Business => "business",
        ErrorCategory.Platform => "platform",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown error category."),
    };

    /// <summary>Parses a wire name; returns false for anything else.</summary>
    public static bool TryParse(string? name, out ErrorCategory category)
    {
        switch (name)
        {
            case "transient": category = ErrorCategory.Transient; return true;
            case "dataQuality": category = ErrorCategory.DataQuality; return true;
            case "partner": category = ErrorCategory.Partner; return true;
            case "business": category = ErrorCategory.Business; return true;
            case "platform": category = ErrorCategory.Platform; return true;
            default: category = default; return false;
        }
    }
}
