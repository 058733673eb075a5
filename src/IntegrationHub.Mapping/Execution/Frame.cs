using System.Text.Json.Nodes;
using IntegrationHub.Mapping.Documents;
using Jint.Native;

namespace IntegrationHub.Mapping.Execution;

/// <summary>The source element rules read from: the root, an array element or an object rule's source.</summary>
internal sealed class Frame
{
    private string? _path;

    public JsonNode? Item { get; init; }

    /// <summary>Position in the source array, or -1 outside arrays.</summary>
    public int Index { get; init; } = -1;

    /// <summary>The enclosing array element's frame (what expressions call <c>parent</c>).</summary>
    public Frame? Parent { get; init; }

    /// <summary>The frame this one was entered from; used for paths and aliases.</summary>
    public Frame? Enclosing { get; init; }

    public string? Alias { get; init; }

    /// <summary>Whether this frame is an element of an array rule (rather than the root or an object rule's source).</summary>
    public bool IsElement { get; init; }

    /// <summary>How this frame's item was reached from <see cref="Enclosing"/>.</summary>
    public SourcePath? Via { get; init; }

    /// <summary>Set for frames whose array came from an expression.</summary>
    public string? ViaExpression { get; init; }

    /// <summary>Whether this frame's item (or an enclosing one's) came from an expression rather than from the source.</summary>
    public bool FromExpression => ViaExpression is not null || (Enclosing?.FromExpression ?? false);

    /// <summary>Whether the sandbox can convert the item (fast path check), cached for the frame's lifetime.</summary>
    public bool? Convertible { get; set; }

    /// <summary>The item converted to a script value, cached for the frame's lifetime.</summary>
    public JsValue? Script { get; set; }

    /// <summary>Concrete JSON path of the item, computed only for errors and traces.</summary>
    public string Path => _path ??= ComputePath();

    private string ComputePath()
    {
        if (Enclosing is null)
        {
            return "$";
        }

        var container = Via is not null ? Via.Describe(Enclosing.Path) : $"({ViaExpression})";
        return IsElement ? $"{container}[{Index}]" : container;
    }
}
