using System.Globalization;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Editor;

/// <summary>One field of a step or trigger, edited the way its schema type says (text, expression, duration, choice, value, map…).</summary>
public partial class FieldEditor
{
    private string? _valueError;

    /// <summary>Gets or sets the editor state (for errors and change tracking).</summary>
    [Parameter]
    [EditorRequired]
    public FlowEditorState State { get; set; } = default!;

    /// <summary>Gets or sets the step or trigger object that holds the field.</summary>
    [Parameter]
    [EditorRequired]
    public JsonObject Owner { get; set; } = default!;

    /// <summary>Gets or sets the JSON path of <see cref="Owner"/> (to find the validation errors of this field).</summary>
    [Parameter]
    [EditorRequired]
    public string BasePath { get; set; } = "$";

    /// <summary>Gets or sets the field.</summary>
    [Parameter]
    [EditorRequired]
    public FieldDescriptor Field { get; set; } = default!;

    /// <summary>Gets or sets the catalog (ids that reference fields choose from).</summary>
    [Parameter]
    public AuthoringCatalog? Catalog { get; set; }

    /// <summary>Gets or sets whether editing is off.</summary>
    [Parameter]
    public bool ReadOnly { get; set; }

    // MudBlazor marks required fields with an asterisk itself.
    private string Label => Humanize(Field.Name);

    private bool DefaultBoolean => Field.DefaultValue == "true";

    private int ValueLines => Owner[Field.Name] is JsonObject or JsonArray ? 4 : 1;

    private string? ValidationError => State.ErrorsOfField(BasePath, Field.Name) is { Count: > 0 } errors ? string.Join("; ", errors.Select(e => e.Message)) : null;

    private IReadOnlyList<string>? ReferenceOptions
    {
        get
        {
            IEnumerable<string>? options = Field.References switch
            {
                FieldReferences.Connection => (State.Document["connections"] as JsonObject)?.Select(p => p.Key),
                FieldReferences.RetryPolicy => (State.Document["retryPolicies"] as JsonObject)?.Select(p => p.Key),
                FieldReferences.Mapping => Catalog?.Mappings,
                FieldReferences.Schema => Catalog?.Schemas,
                FieldReferences.Flow => Catalog?.Flows,
                _ => null,
            };
            if (options is null)
            {
                return Field.References is null ? null : [];
            }

            // A value that names something unknown stays visible (the validation error says what is wrong).
            var list = options.ToList();
            if (JsonFields.Text(Owner, Field.Name) is { Length: > 0 } current && !list.Contains(current))
            {
                list.Insert(0, current);
            }

            return list;
        }
    }

    /// <summary>Turns <c>correlationKey</c> into "Correlation key".</summary>
    public static string Humanize(string name)
    {
        var words = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(words.Length == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    private void SetText(string? value)
    {
        JsonFields.SetText(Owner, Field.Name, value, keepEmpty: Field.Required);
        Changed();
    }

    private void SetInteger(int? value)
    {
        if (value is { } v)
        {
            Owner[Field.Name] = v;
        }
        else
        {
            Owner.Remove(Field.Name);
        }

        Changed();
    }

    private void SetBoolean(bool value)
    {
        Owner[Field.Name] = value;
        Changed();
    }

    private void SetIntegerOrExpression(string? text)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            Owner[Field.Name] = number;
        }
        else
        {
            JsonFields.SetText(Owner, Field.Name, text, keepEmpty: Field.Required);
        }

        Changed();
    }

    private void SetValue(string? text)
    {
        _valueError = JsonFields.TryParseValue(text, out var node);
        if (_valueError is not null)
        {
            return;
        }

        if (node is null && !Field.Required)
        {
            Owner.Remove(Field.Name);
        }
        else
        {
            Owner[Field.Name] = node;
        }

        Changed();
    }

    private void Changed() => State.MarkChanged();
}
