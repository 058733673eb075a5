using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Editor.Calls;

/// <summary>
/// A call's <c>input</c>: a form generated from the operation's input schema, or the raw value (JSON or one expression)
/// when asked for, or when the form cannot show it (no operation picked, a schema without properties, an input that is
/// not an object).
/// </summary>
public partial class CallInputEditor
{
    private bool _raw;

    /// <summary>Gets or sets the operation called, or null while unknown.</summary>
    [Parameter]
    public ConnectorOperationInfo? Operation { get; set; }

    /// <summary>Gets or sets the flow schema's <c>input</c> field (for the raw editor).</summary>
    [Parameter]
    [EditorRequired]
    public FieldDescriptor InputField { get; set; } = default!;

    private JsonObject Step => Scope.Step;

    private string StepPath => Scope.StepPath;

    private string? StepId => (string?)Step["id"];

    /// <summary>Gets why the form cannot be used, or null when it can.</summary>
    private string? FormReason => Operation switch
    {
        null => "Pick an operation to fill its input as a form; until then, write it as JSON or one expression.",
        _ when Operation.InputSchema["properties"] is not JsonObject { Count: > 0 } => $"{Operation.Name} lists no input fields: write its input as JSON or one expression.",
        _ when Step["input"] is not (null or JsonObject) => "The input is one expression (or a value that is not an object), which the form cannot show: edit it here, or clear it to use the form.",
        _ => null,
    };

    /// <summary>Gets the validation errors of the input as a whole (those of its properties are shown at their fields).</summary>
    private string? WholeInputErrors
    {
        get
        {
            var path = $"{StepPath}.input";
            var errors = State.ErrorsOfField(StepPath, "input").Where(e => e.Path == path).Select(e => e.Message).ToList();
            return errors.Count > 0 ? string.Join("; ", errors) : null;
        }
    }
}
