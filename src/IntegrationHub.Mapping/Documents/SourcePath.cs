using System.Text;
using System.Text.Json.Nodes;

namespace IntegrationHub.Mapping.Documents;

/// <summary>A parsed source path: <c>a.b[0].c</c> relative to the current element, or <c>$.a.b</c> from the root.</summary>
internal sealed class SourcePath
{
    private readonly object[] _segments;

    private SourcePath(string text, bool fromRoot, object[] segments)
    {
        Text = text;
        FromRoot = fromRoot;
        _segments = segments;
    }

    public string Text { get; }

    public bool FromRoot { get; }

    /// <summary>Parses a path; returns null and an error message when it is malformed.</summary>
    public static SourcePath? TryParse(string text, out string? error)
    {
        error = null;
        var fromRoot = text == "$" || text.StartsWith("$.", StringComparison.Ordinal) || text.StartsWith("$[", StringComparison.Ordinal);
        var rest = fromRoot ? text[1..].TrimStart('.') : text;
        var segments = new List<object>();
        var i = 0;
        while (i < rest.Length)
        {
            if (rest[i] == '[')
            {
                var close = rest.IndexOf(']', i);
                if (close < 0 || !int.TryParse(rest.AsSpan(i + 1, close - i - 1), out var index) || index < 0)
                {
                    error = $"'{text}': an index must be a non-negative number in brackets, e.g. lines[0]";
                    return null;
                }

                segments.Add(index);
                i = close + 1;
                if (i < rest.Length && rest[i] == '.')
                {
                    i++;
                    if (i == rest.Length)
                    {
                        error = $"'{text}': the path ends with '.'";
                        return null;
                    }
                }

                continue;
            }

            var end = rest.IndexOfAny(['.', '['], i);
            if (end < 0)
            {
                end = rest.Length;
            }

            if (end == i)
            {
                error = $"'{text}': empty property name at position {i + (text.Length - rest.Length)}";
                return null;
            }

            segments.Add(rest[i..end]);
            i = end;
            if (i < rest.Length && rest[i] == '.')
            {
                i++;
                if (i == rest.Length)
                {
                    error = $"'{text}': the path ends with '.'";
                    return null;
                }
            }
        }

        if (!fromRoot && segments.Count == 0)
        {
            error = "the source path is empty";
            return null;
        }

        return new SourcePath(text, fromRoot, [.. segments]);
    }

    /// <summary>Reads the value; null when any step is missing.</summary>
    public JsonNode? Read(JsonNode? root, JsonNode? current)
    {
        var node = FromRoot ? root : current;
        foreach (var segment in _segments)
        {
            node = segment switch
            {
                string name when node is JsonObject obj => obj.TryGetPropertyValue(name, out var child) ? child : null,
                int index when node is JsonArray array => index < array.Count ? array[index] : null,
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>The concrete path of the value read, for errors and traces.</summary>
    public string Describe(string currentPath)
    {
        if (FromRoot)
        {
            return Text.StartsWith('$') ? Text : "$." + Text;
        }

        var builder = new StringBuilder(currentPath);
        foreach (var segment in _segments)
        {
            _ = segment is int index ? builder.Append('[').Append(index).Append(']') : builder.Append('.').Append((string)segment);
        }

        return builder.ToString();
    }
}
