using IntegrationHub.Contracts.Designer;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Editor;

/// <summary>An <c>=</c> expression with its syntax checked while typing (by the parser the validator uses).</summary>
public partial class ExpressionField
{
    private string? _syntaxError;
    private string? _checked;

    /// <summary>Gets or sets the expression including its leading '='.</summary>
    [Parameter]
    public string? Value { get; set; }

    /// <summary>Gets or sets what happens when the text changes.</summary>
    [Parameter]
    public EventCallback<string?> ValueChanged { get; set; }

    /// <summary>Gets or sets the label.</summary>
    [Parameter]
    public string Label { get; set; } = string.Empty;

    /// <summary>Gets or sets the help text under the field.</summary>
    [Parameter]
    public string? HelperText { get; set; }

    /// <summary>Gets or sets whether a value is required.</summary>
    [Parameter]
    public bool Required { get; set; }

    /// <summary>Gets or sets whether the field is read only.</summary>
    [Parameter]
    public bool ReadOnly { get; set; }

    /// <summary>Gets or sets an error the flow validation reported for this field.</summary>
    [Parameter]
    public string? ValidationError { get; set; }

    [Inject]
    private IFlowAuthoringService Authoring { get; set; } = default!;

    private string? Problem => _syntaxError ?? ValidationError;

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (!string.Equals(_checked, Value, StringComparison.Ordinal))
        {
            await CheckAsync(Value);
        }
    }

    private async Task OnChangedAsync(string? text)
    {
        Value = text;
        await CheckAsync(text);
        await ValueChanged.InvokeAsync(text);
    }

    private async Task CheckAsync(string? text)
    {
        _checked = text;
        if (string.IsNullOrEmpty(text))
        {
            _syntaxError = null;
            return;
        }

        if (text[0] != '=')
        {
            _syntaxError = "an expression starts with '='";
            return;
        }

        _syntaxError = await ExpressionSyntaxCheck.CheckAsync(Authoring, text);
    }
}
