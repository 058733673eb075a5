using System.Text.Json.Nodes;

namespace IntegrationHub.Designer.Editor.Calls;

/// <summary>One property of an operation's input (or of an object nested in it), as the form shows it.</summary>
/// <param name="Name">The JSON name.</param>
/// <param name="Kind">How it is edited.</param>
/// <param name="Required">Whether the schema requires it.</param>
/// <param name="Description">The schema's description.</param>
/// <param name="TypeText">The type in a few words ("number", "one of pick, pack", "array of string").</param>
/// <param name="Choices">The literal values a choice or a boolean allows, as typed.</param>
/// <param name="Schema">The property's own schema (the nested properties of an object).</param>
public sealed record InputProperty(string Name, InputKind Kind, bool Required, string? Description, string TypeText, IReadOnlyList<string> Choices, JsonObject Schema)
{
    /// <summary>A property the schema does not know: kept as written, edited as JSON or an expression.</summary>
    /// <param name="name">The JSON name.</param>
    public static InputProperty Unknown(string name) => new(name, InputKind.Json, false, null, "not in the operation's schema", [], []);
}
