using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace IntegrationHub.Designer.Runs;

/// <summary>A JSON value shown indented and readable (secrets were already redacted by the hub), with a copy button.</summary>
public partial class JsonView
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Gets or sets the value; null shows <see cref="EmptyText"/>.</summary>
    [Parameter]
    public JsonNode? Value { get; set; }

    /// <summary>Gets or sets what the value is (its accessible name).</summary>
    [Parameter]
    public string Label { get; set; } = "JSON";

    /// <summary>Gets or sets the text shown when there is no value.</summary>
    [Parameter]
    public string EmptyText { get; set; } = "Nothing.";

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private string Text => Value?.ToJsonString(Indented) ?? string.Empty;

    private async Task CopyAsync() => await JS.InvokeVoidAsync("navigator.clipboard.writeText", Text);
}
