using IntegrationHub.Contracts.Designer;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Editor.Calls;

/// <summary>
/// One property of a call's input: a literal of the type its schema gives (parsed, never written when it does not fit)
/// or an <c>=</c> expression (syntax checked by the hub's parser). Shows, at the field, what is wrong: the typed
/// literal, the expression, the flow validation's error at this path, or a required property that is missing.
/// </summary>
public partial class InputValueField
{
    private string? _literalError;
    private string? _syntaxError;
    private string? _checked;

    /// <summary>Gets or sets the property.</summary>
    [Parameter]
    [EditorRequired]
    public InputProperty Property { get; set; } = default!;

    /// <summary>Gets or sets whether the schema does not know the property (it is kept, and may be removed).</summary>
    [Parameter]
    public bool Unknown { get; set; }

    /// <summary>Gets or sets what happens after the property was removed.</summary>
    [Parameter]
    public EventCallback OnRemoved { get; set; }

    [Inject]
    private IFlowAuthoringService Authoring { get; set; } = default!;

    private string InputPath => Scope.InputPathOf(Property.Name);

    private string? Text => InputLiterals.Format(Scope.Current?[Property.Name], Property.Kind);

    private string Label => FieldEditor.Humanize(Property.Name);

    private bool IsExpression => InputLiterals.IsExpression(Text);

    private Adornment Adornment => IsExpression ? Adornment.Start : Adornment.None;

    private string? AdornmentText => IsExpression ? "ƒx" : null;

    private string FieldClass => IsExpression ? "ih-expression" : string.Empty;

    private int Lines => Text?.Contains('\n', StringComparison.Ordinal) == true ? 4 : 1;

    private string HelperText
    {
        get
        {
            var help = Unknown ? "Not in the operation's input schema: kept as written. JSON or an expression." : $"{Property.TypeText}, or an expression starting with '='";
            return Property.Description is { Length: > 0 } description ? $"{description} ({help})" : help;
        }
    }

    private string? ValidationError => State.ErrorsOfField(Scope.Path, Property.Name) is { Count: > 0 } errors ? string.Join("; ", errors.Select(e => e.Message)) : null;

    private string? Problem => _literalError ?? _syntaxError ?? ValidationError ?? Scope.MissingMessage(Property);

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (!string.Equals(_checked, Text, StringComparison.Ordinal))
        {
            await CheckAsync(Text);
        }
    }

    private async Task OnChangedAsync(string? text)
    {
        var (value, error) = InputLiterals.Parse(Property, text);
        _literalError = error;
        if (error is not null)
        {
            return;
        }

        Scope.Set(Property.Name, value);
        State.MarkChanged();
        await CheckAsync(text);
    }

    private async Task CheckAsync(string? text)
    {
        _checked = text;
        var error = InputLiterals.IsExpression(text) ? await ExpressionSyntaxCheck.CheckAsync(Authoring, text!.Trim()) : null;

        // A slower check of older text must not overwrite the newer one's.
        if (string.Equals(_checked, text, StringComparison.Ordinal))
        {
            _syntaxError = error;
        }
    }

    private Task<IEnumerable<string>> SearchAsync(string? text, CancellationToken cancellationToken)
    {
        // The whole list while nothing (or a complete choice) is typed; else the choices that contain the text.
        IEnumerable<string> choices = string.IsNullOrEmpty(text) || Property.Choices.Contains(text, StringComparer.Ordinal)
            ? Property.Choices
            : Property.Choices.Where(c => c.Contains(text, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(choices);
    }

    private async Task RemoveAsync()
    {
        Scope.Set(Property.Name, null);
        State.MarkChanged();
        await OnRemoved.InvokeAsync();
    }
}
