using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Flows;

namespace IntegrationHub.Designer.Editor;

/// <summary>
/// The flow being edited: the document itself (a <see cref="JsonObject"/>, so properties the editor does not know
/// survive untouched), the selected step, unsaved changes and the last validation's errors, placed at their steps.
/// Steps are addressed by the validator's JSON paths (<c>$.steps[2].cases[0].steps[1]</c>).
/// </summary>
public sealed class FlowEditorState
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public FlowEditorState(JsonObject document, bool readOnly = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        ReadOnly = readOnly;
        if (Document["steps"] is not JsonArray)
        {
            Document["steps"] = new JsonArray();
        }
    }

    /// <summary>Raised after every change of the document, the selection or the errors.</summary>
    public event Action? Changed;

    public JsonObject Document { get; }

    public bool ReadOnly { get; }

    /// <summary>Gets the path of the selected step; null when the flow's own settings are shown.</summary>
    public string? SelectedPath { get; private set; }

    public bool IsDirty { get; private set; }

    /// <summary>Gets a number that grows with every document change (to drop stale validation results).</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<FlowErrorDto> Errors { get; private set; } = [];

    public JsonObject? SelectedStep => SelectedPath is null ? null : JsonPaths.Resolve(Document, SelectedPath) as JsonObject;

    public string Json => Document.ToJsonString(Indented);

    public JsonArray? ListAt(string listPath) => JsonPaths.Resolve(Document, listPath) as JsonArray;

    public JsonObject? StepAt(string stepPath) => JsonPaths.Resolve(Document, stepPath) as JsonObject;

    public void Select(string? stepPath)
    {
        SelectedPath = stepPath is not null && StepAt(stepPath) is null ? null : stepPath;
        Changed?.Invoke();
    }

    /// <summary>Records an edit made to the document in place (by a property field).</summary>
    public void MarkChanged()
    {
        IsDirty = true;
        Revision++;
        Changed?.Invoke();
    }

    public void MarkSaved()
    {
        IsDirty = false;
        Changed?.Invoke();
    }

    /// <summary>Inserts a new step of <paramref name="kind"/> into a list and selects it; returns its path.</summary>
    public string AddStep(string listPath, int index, string kind)
    {
        EnsureEditable();
        var list = ListAt(listPath) ?? CreateList(listPath);
        index = Math.Clamp(index, 0, list.Count);
        list.Insert(index, NewStep(kind));
        ShiftErrors(listPath, index, +1);
        var path = JsonPaths.Item(listPath, index);
        SelectedPath = path;
        MarkChanged();
        return path;
    }

    /// <summary>Removes a step (and everything nested in it).</summary>
    public void RemoveStep(string stepPath)
    {
        EnsureEditable();
        var (listPath, index) = JsonPaths.Split(stepPath);
        var list = ListAt(listPath) ?? throw new InvalidOperationException($"No step list at {listPath}.");
        list.RemoveAt(index);
        Errors = [.. Errors.Where(e => !JsonPaths.IsWithin(e.Path, stepPath))];
        ShiftErrors(listPath, index + 1, -1);
        if (SelectedPath is not null && JsonPaths.IsWithin(SelectedPath, stepPath))
        {
            SelectedPath = null;
        }

        MarkChanged();
    }

    /// <summary>Moves a step up (negative) or down (positive) within its list; returns its new path.</summary>
    public string MoveStep(string stepPath, int delta)
    {
        EnsureEditable();
        var (listPath, index) = JsonPaths.Split(stepPath);
        var list = ListAt(listPath) ?? throw new InvalidOperationException($"No step list at {listPath}.");
        var target = Math.Clamp(index + delta, 0, list.Count - 1);
        if (target == index)
        {
            return stepPath;
        }

        var step = list[index];
        list.RemoveAt(index);
        list.Insert(target, step);

        // Errors and the selection follow the steps they belong to.
        var direction = index < target ? 1 : -1;
        Errors = [.. Errors.Select(e => e with { Path = Remap(e.Path, listPath, index, target, direction) })];
        SelectedPath = SelectedPath is null ? null : Remap(SelectedPath, listPath, index, target, direction);
        MarkChanged();
        return JsonPaths.Item(listPath, target);
    }

    public void SetErrors(IReadOnlyList<FlowErrorDto> errors)
    {
        Errors = errors;
        Changed?.Invoke();
    }

    /// <summary>Returns the path of the innermost step an error path belongs to, or null for flow-level errors.</summary>
    public string? OwnerOf(string errorPath)
    {
        string? owner = null;
        foreach (var (_, path) in StepLists.All(Document))
        {
            if (JsonPaths.IsWithin(errorPath, path) && (owner is null || path.Length > owner.Length))
            {
                owner = path;
            }
        }

        return owner;
    }

    /// <summary>Errors that belong to this very step (not to steps nested in it).</summary>
    public IReadOnlyList<FlowErrorDto> ErrorsAt(string stepPath) => [.. Errors.Where(e => OwnerOf(e.Path) == stepPath)];

    /// <summary>Errors of the flow's own settings (trigger, connections, retry policies…).</summary>
    public IReadOnlyList<FlowErrorDto> FlowErrors => [.. Errors.Where(e => OwnerOf(e.Path) is null)];

    /// <summary>Returns the errors of one field (<paramref name="basePath"/> is the step, trigger or <c>$</c> that holds it), not those of steps nested in it.</summary>
    public IReadOnlyList<FlowErrorDto> ErrorsOfField(string basePath, string field)
    {
        var fieldPath = $"{basePath}.{field}";
        var owner = OwnerOf(fieldPath);
        return [.. Errors.Where(e => JsonPaths.IsWithin(e.Path, fieldPath) && OwnerOf(e.Path) == owner)];
    }

    public string NewStepId(string kind)
    {
        var used = StepLists.All(Document).Select(s => (string?)s.Step["id"]).OfType<string>().ToHashSet(StringComparer.Ordinal);
        for (var n = 1; ; n++)
        {
            var id = $"{kind}{n.ToString(CultureInfo.InvariantCulture)}";
            if (!used.Contains(id))
            {
                return id;
            }
        }
    }

    private JsonObject NewStep(string kind)
    {
        var step = new JsonObject { ["id"] = NewStepId(kind), ["kind"] = kind };
        switch (kind)
        {
            case "call":
                step["connection"] = Document["connections"] is JsonObject { Count: > 0 } connections ? connections.First().Key : string.Empty;
                step["operation"] = string.Empty;
                break;
            case "map":
                step["mapping"] = string.Empty;
                break;
            case "validate":
                step["schema"] = string.Empty;
                break;
            case "switch":
                step["cases"] = new JsonArray(new JsonObject { ["name"] = "case1", ["when"] = "=true", ["steps"] = new JsonArray() });
                step["default"] = new JsonArray();
                break;
            case "foreach":
                step["items"] = "=input.lines";
                step["steps"] = new JsonArray();
                break;
            case "parallel":
                step["branches"] = new JsonArray(
                    new JsonObject { ["name"] = "a", ["steps"] = new JsonArray() },
                    new JsonObject { ["name"] = "b", ["steps"] = new JsonArray() });
                break;
            case "wait":
                step["event"] = string.Empty;
                step["correlationKey"] = "=input.id";
                step["timeout"] = "P1D";
                break;
            case "delay":
                step["duration"] = "PT1M";
                break;
            case "respond":
                step["status"] = 200;
                step["body"] = new JsonObject();
                break;
            case "publish":
                step["event"] = string.Empty;
                break;
            case "subflow":
                step["flow"] = string.Empty;
                break;
            case "set":
                step["vars"] = new JsonObject { ["value"] = "=input" };
                break;
            case "fail":
                step["category"] = "business";
                step["message"] = string.Empty;
                break;
        }

        return step;
    }

    private JsonArray CreateList(string listPath)
    {
        // Lists that may be absent (a switch's default, a wait's onTimeout) are created on first use.
        var dot = listPath.LastIndexOf('.');
        if (JsonPaths.Resolve(Document, listPath[..dot]) is not JsonObject owner)
        {
            throw new InvalidOperationException($"No step list at {listPath}.");
        }

        var list = new JsonArray();
        owner[listPath[(dot + 1)..]] = list;
        return list;
    }

    private void EnsureEditable()
    {
        if (ReadOnly)
        {
            throw new InvalidOperationException("This version is read only.");
        }
    }

    /// <summary>After inserting or removing at <paramref name="from"/>, errors of later siblings move by <paramref name="delta"/>.</summary>
    private void ShiftErrors(string listPath, int from, int delta)
    {
        Errors = [.. Errors.Select(e => e with { Path = Shift(e.Path, listPath, from, delta) })];
        if (SelectedPath is not null && delta < 0)
        {
            SelectedPath = Shift(SelectedPath, listPath, from, delta);
        }
    }

    private static string Shift(string path, string listPath, int from, int delta)
    {
        if (!path.StartsWith(listPath + "[", StringComparison.Ordinal))
        {
            return path;
        }

        var close = path.IndexOf(']', listPath.Length);
        var index = int.Parse(path[(listPath.Length + 1)..close], CultureInfo.InvariantCulture);
        return index >= from ? JsonPaths.Item(listPath, index + delta) + path[(close + 1)..] : path;
    }

    private static string Remap(string path, string listPath, int from, int to, int direction)
    {
        if (!path.StartsWith(listPath + "[", StringComparison.Ordinal))
        {
            return path;
        }

        var close = path.IndexOf(']', listPath.Length);
        var index = int.Parse(path[(listPath.Length + 1)..close], CultureInfo.InvariantCulture);
        var rest = path[(close + 1)..];
        int moved;
        if (index == from)
        {
            moved = to;
        }
        else if (direction > 0 && index > from && index <= to)
        {
            moved = index - 1;
        }
        else if (direction < 0 && index >= to && index < from)
        {
            moved = index + 1;
        }
        else
        {
            moved = index;
        }

        return JsonPaths.Item(listPath, moved) + rest;
    }
}
