using System.Text.Json.Nodes;

namespace IntegrationHub.Designer.Editor.Calls;

/// <summary>
/// An object of a call step's input, addressed from the step (<c>input</c>, <c>input.address</c>…), so that fields can be
/// written before the objects that hold them exist. Writing edits the step in place: properties the form does not
/// know stay as they are.
/// </summary>
public sealed class InputScope
{
    private readonly JsonObject _step;
    private readonly string[] _names;

    /// <summary>Creates the scope of the step's <c>input</c>.</summary>
    public InputScope(JsonObject step, string stepPath)
        : this(step, stepPath, ["input"])
    {
    }

    private InputScope(JsonObject step, string stepPath, string[] names)
    {
        _step = step;
        StepPath = stepPath;
        _names = names;
    }

    /// <summary>Gets the call step.</summary>
    public JsonObject Step => _step;

    /// <summary>Gets the JSON path of the step.</summary>
    public string StepPath { get; }

    /// <summary>Gets the JSON path of this object (<c>$.steps[0].input.address</c>), as validation errors name it.</summary>
    public string Path => $"{StepPath}.{string.Join('.', _names)}";

    /// <summary>Gets the object, or null while it does not exist (or is not an object).</summary>
    public JsonObject? Current
    {
        get
        {
            JsonNode? node = _step;
            foreach (var name in _names)
            {
                node = (node as JsonObject)?[name];
            }

            return node as JsonObject;
        }
    }

    /// <summary>Returns a property's path inside the input (<c>address.city</c>).</summary>
    public string InputPathOf(string name) => string.Join('.', _names.Skip(1).Append(name));

    /// <summary>
    /// Returns the message a required property shows while this object lacks it, else null. The properties of an
    /// absent nested object are not missing (the object is, if it is required); those of the input itself are.
    /// </summary>
    public string? MissingMessage(InputProperty property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var current = Current;
        if (!property.Required || current is null && _names.Length > 1 || current?.ContainsKey(property.Name) == true)
        {
            return null;
        }

        return $"Required: the operation needs '{InputPathOf(property.Name)}' ({property.TypeText}).";
    }

    public InputScope Child(string name) => new(_step, StepPath, [.. _names, name]);

    /// <summary>Sets a property (creating the objects on the way), or removes it when <paramref name="value"/> is null.</summary>
    public void Set(string name, JsonNode? value)
    {
        if (value is not null)
        {
            Ensure()[name] = value;
            return;
        }

        if (Current is { } current && current.Remove(name))
        {
            Prune();
        }
    }

    private JsonObject Ensure()
    {
        var node = _step;
        foreach (var name in _names)
        {
            // Only absent (or null) objects are created: the form never shows fields of a value that is not an object.
            if (node[name] is not JsonObject child)
            {
                child = [];
                node[name] = child;
            }

            node = child;
        }

        return node;
    }

    /// <summary>Removes nested objects emptied by a removal; the input itself stays.</summary>
    private void Prune()
    {
        for (var depth = _names.Length; depth > 1; depth--)
        {
            JsonObject? parent = _step;
            for (var i = 0; i < depth - 1; i++)
            {
                parent = parent?[_names[i]] as JsonObject;
            }

            if (parent?[_names[depth - 1]] is not JsonObject { Count: 0 })
            {
                return;
            }

            parent.Remove(_names[depth - 1]);
        }
    }
}
