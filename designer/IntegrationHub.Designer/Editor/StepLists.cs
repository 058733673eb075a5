using System.Text.Json.Nodes;

namespace IntegrationHub.Designer.Editor;

/// <summary>Where steps nest: the lists inside switch cases, default, loops, parallel branches and wait time-outs.</summary>
internal static class StepLists
{
    /// <summary>Lists every step of a flow with its JSON path, depth first, in document order.</summary>
    public static IEnumerable<(JsonObject Step, string Path)> All(JsonObject document) => Walk(document["steps"] as JsonArray, "$.steps");

    /// <summary>The nested step lists of one step, with a label for each lane.</summary>
    public static IEnumerable<(string Label, string ListPath)> Nested(JsonObject step, string stepPath)
    {
        switch ((string?)step["kind"])
        {
            case "switch":
                if (step["cases"] is JsonArray cases)
                {
                    for (var i = 0; i < cases.Count; i++)
                    {
                        yield return ((string?)cases[i]?["name"] ?? $"case {i + 1}", $"{stepPath}.cases[{i}].steps");
                    }
                }

                if (step["default"] is JsonArray)
                {
                    yield return ("default", $"{stepPath}.default");
                }

                break;
            case "parallel":
                if (step["branches"] is JsonArray branches)
                {
                    for (var i = 0; i < branches.Count; i++)
                    {
                        yield return ((string?)branches[i]?["name"] ?? $"branch {i + 1}", $"{stepPath}.branches[{i}].steps");
                    }
                }

                break;
            case "foreach":
                yield return ("each item", $"{stepPath}.steps");
                break;
            case "wait" when step["onTimeout"] is JsonArray:
                yield return ("on time-out", $"{stepPath}.onTimeout");
                break;
        }
    }

    private static IEnumerable<(JsonObject Step, string Path)> Walk(JsonArray? list, string listPath)
    {
        if (list is null)
        {
            yield break;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonObject step)
            {
                continue;
            }

            var path = JsonPaths.Item(listPath, i);
            yield return (step, path);
            foreach (var (_, nestedPath) in Nested(step, path))
            {
                foreach (var inner in Walk(step.Root is { } root ? JsonPaths.Resolve(root, nestedPath) as JsonArray : null, nestedPath))
                {
                    yield return inner;
                }
            }
        }
    }
}
