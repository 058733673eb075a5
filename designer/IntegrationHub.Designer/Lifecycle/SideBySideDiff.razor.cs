using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Lifecycle;

/// <summary>Two JSON documents, indented, line by line side by side: removed lines on the left, added on the right, changed on both.</summary>
public partial class SideBySideDiff
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private JsonObject? _left;
    private JsonObject? _right;
    private IReadOnlyList<DiffRow> _rows = [];

    /// <summary>Gets or sets the left (older) document.</summary>
    [Parameter]
    [EditorRequired]
    public JsonObject Left { get; set; } = [];

    /// <summary>Gets or sets the right (newer) document.</summary>
    [Parameter]
    [EditorRequired]
    public JsonObject Right { get; set; } = [];

    /// <summary>Gets or sets the left column's heading.</summary>
    [Parameter]
    public string LeftTitle { get; set; } = string.Empty;

    /// <summary>Gets or sets the right column's heading.</summary>
    [Parameter]
    public string RightTitle { get; set; } = string.Empty;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        // The alignment is quadratic in the lines: compute it only when the documents change.
        if (!ReferenceEquals(_left, Left) || !ReferenceEquals(_right, Right))
        {
            _left = Left;
            _right = Right;
            _rows = LineDiff.Compare(Left.ToJsonString(Indented), Right.ToJsonString(Indented));
        }
    }
}
