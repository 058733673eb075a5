using System.Collections.Frozen;

namespace IntegrationHub.X12.Acknowledgments;

/// <summary>The interchange note codes of a TA1 (TA105, data element I18) and what they mean.</summary>
public static class X12InterchangeNoteCodes
{
    /// <summary>No error (TA105 of an accepted interchange).</summary>
    public const string NoError = "000";

    private static readonly FrozenDictionary<string, string> Descriptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["000"] = "No error",
        ["001"] = "The interchange control number in the header and trailer do not match; the value from the header is used in the acknowledgment",
        ["002"] = "This standard as noted in the control standards identifier is not supported",
        ["003"] = "This version of the controls is not supported",
        ["004"] = "The segment terminator is invalid",
        ["005"] = "Invalid interchange ID qualifier for sender",
        ["006"] = "Invalid interchange sender ID",
        ["007"] = "Invalid interchange ID qualifier for receiver",
        ["008"] = "Invalid interchange receiver ID",
        ["009"] = "Unknown interchange receiver ID",
        ["010"] = "Invalid authorization information qualifier value",
        ["011"] = "Invalid authorization information value",
        ["012"] = "Invalid security information qualifier value",
        ["013"] = "Invalid security information value",
        ["014"] = "Invalid interchange date value",
        ["015"] = "Invalid interchange time value",
        ["016"] = "Invalid interchange standards identifier value",
        ["017"] = "Invalid interchange version ID value",
        ["018"] = "Invalid interchange control number value",
        ["019"] = "Invalid acknowledgment requested value",
        ["020"] = "Invalid test indicator value",
        ["021"] = "Invalid number of included groups value",
        ["022"] = "Invalid control structure",
        ["023"] = "Improper (premature) end-of-file (transmission)",
        ["024"] = "Invalid interchange content (e.g. invalid GS segment)",
        ["025"] = "Duplicate interchange control number",
        ["026"] = "Invalid data element separator",
        ["027"] = "Invalid component element separator",
        ["028"] = "Invalid delivery date in deferred delivery request",
        ["029"] = "Invalid delivery time in deferred delivery request",
        ["030"] = "Invalid delivery time code in deferred delivery request",
        ["031"] = "Invalid grade of service code",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets whether <paramref name="code"/> is a defined note code (000 to 031).</summary>
    /// <param name="code">TA105.</param>
    /// <returns><see langword="true"/> when defined.</returns>
    public static bool IsDefined(string? code) => code is not null && Descriptions.ContainsKey(code);

    /// <summary>Describes a note code.</summary>
    /// <param name="code">TA105, e.g. <c>001</c>.</param>
    /// <returns>The description, or <c>Unknown note code '…'</c>.</returns>
    public static string Describe(string? code) =>
        code is not null && Descriptions.TryGetValue(code, out var text) ? text : $"Unknown note code '{code}'";
}
