using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace IntegrationHub.Mapping.Expressions;

/// <summary>
/// The named JSON values an expression can read: usually <c>input</c>, <c>vars</c>, <c>steps</c> and <c>run</c>,
/// plus any extra name such as a <c>foreach</c> item variable. Immutable: <see cref="With"/> returns a new scope,
/// so one scope can be shared by concurrent evaluations. Values are read, never modified, by expressions.
/// </summary>
public sealed class ExpressionScope
{
    private static readonly FrozenSet<string> Reserved = FrozenSet.ToFrozenSet(
    [
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
        "export", "extends", "false", "finally", "for", "function", "if", "implements", "import", "in", "instanceof",
        "interface", "let", "new", "null", "package", "private", "protected", "public", "return", "static", "super",
        "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "await",
        "arguments", "eval", "undefined", "NaN", "Infinity",
    ], StringComparer.Ordinal);

    private readonly KeyValuePair<string, JsonNode?>[] _values;

    /// <summary>Creates an empty scope.</summary>
    public ExpressionScope()
    {
        _values = [];
    }

    private ExpressionScope(KeyValuePair<string, JsonNode?>[] values)
    {
        _values = values;
    }

    /// <summary>The names in this scope, in the order they were added.</summary>
    public IEnumerable<string> Names => _values.Select(v => v.Key);

    /// <summary>Gets the values in this scope, in the order they were added.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonNode?>> Values => _values;

    /// <summary>Returns a scope that also holds <paramref name="name"/> (replacing an existing value of that name).</summary>
    /// <param name="name">A JavaScript identifier that is not a reserved word.</param>
    /// <param name="value">The value; expressions see a copy.</param>
    /// <exception cref="ArgumentException">The name is not a usable identifier.</exception>
    public ExpressionScope With(string name, JsonNode? value)
    {
        ValidateName(name);
        var index = Array.FindIndex(_values, v => v.Key == name);
        var copy = new KeyValuePair<string, JsonNode?>[index >= 0 ? _values.Length : _values.Length + 1];
        Array.Copy(_values, copy, _values.Length);
        copy[index >= 0 ? index : _values.Length] = new(name, value);
        return new ExpressionScope(copy);
    }

    /// <summary>Returns the value of a name, or null when the name is absent or holds null.</summary>
    /// <param name="name">The name.</param>
    public JsonNode? Get(string name)
    {
        foreach (var pair in _values)
        {
            if (pair.Key == name)
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>Returns whether the scope holds a name.</summary>
    /// <param name="name">The name.</param>
    public bool Contains(string name) => Array.Exists(_values, v => v.Key == name);

    internal static void ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var valid = (char.IsLetter(name[0]) || name[0] is '_' or '$')
            && name.AsSpan(1).IndexOfAnyExcept(IdentifierChars) < 0;
        if (!valid || Reserved.Contains(name) || name.StartsWith("__hub", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}' cannot be an expression variable: use a JavaScript identifier that is not a reserved word.", nameof(name));
        }
    }

    private static readonly System.Buffers.SearchValues<char> IdentifierChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$");
}
