using System.Globalization;
using System.Text.Json.Nodes;

namespace IntegrationHub.Designer.Editor;

/// <summary>The validator's JSON paths (<c>$.steps[2].cases[0].steps[1].connection</c>): resolving and relating them.</summary>
internal static class JsonPaths
{
    /// <summary>Finds the node at a path, or null.</summary>
    public static JsonNode? Resolve(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var segment in Segments(path))
        {
            node = segment switch
            {
                int index when node is JsonArray array && index >= 0 && index < array.Count => array[index],
                string name when node is JsonObject obj => obj[name],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>Returns whether <paramref name="path"/> is <paramref name="ancestor"/> or lies inside it (<c>$.steps[1]</c> does not contain <c>$.steps[12]</c>).</summary>
    public static bool IsWithin(string path, string ancestor) =>
        path.StartsWith(ancestor, StringComparison.Ordinal)
        && (path.Length == ancestor.Length || path[ancestor.Length] is '.' or '[');

    /// <summary>Splits <c>$.a[1].b</c> into "a", 1, "b".</summary>
    public static IEnumerable<object> Segments(string path)
    {
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] is not '.' and not '[')
                {
                    end++;
                }

                yield return path[(i + 1)..end];
                i = end;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0)
                {
                    yield break;
                }

                var inner = path[(i + 1)..end];
                yield return int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : inner.Trim('\'', '"');
                i = end + 1;
            }
            else
            {
                yield break;
            }
        }
    }

    /// <summary>Splits a step path <c>$.steps[2]</c> into its list path <c>$.steps</c> and index 2.</summary>
    public static (string ListPath, int Index) Split(string stepPath)
    {
        var open = stepPath.LastIndexOf('[');
        return (stepPath[..open], int.Parse(stepPath[(open + 1)..^1], CultureInfo.InvariantCulture));
    }

    public static string Item(string listPath, int index) => $"{listPath}[{index.ToString(CultureInfo.InvariantCulture)}]";
}
