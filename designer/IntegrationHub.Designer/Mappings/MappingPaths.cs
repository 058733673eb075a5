using System.Text.RegularExpressions;

namespace IntegrationHub.Designer.Mappings;

/// <summary>Conversions between concrete JSON paths (<c>$.lines[2].uom</c>), schema paths (<c>$.lines[].uom</c>) and rule source paths.</summary>
internal static partial class MappingPaths
{
    /// <summary>Turns a concrete path into the schema form: every index becomes <c>[]</c>.</summary>
    /// <param name="path">A concrete JSON path.</param>
    public static string ToSchemaPath(string path) => IndexPattern().Replace(path, "[]");

    /// <summary>The path of the field that contains <paramref name="path"/>, or null at the root.</summary>
    /// <param name="path">A schema path.</param>
    public static string? Parent(string path)
    {
        var dot = path.LastIndexOf('.');
        if (dot <= 0)
        {
            return null;
        }

        var parent = path[..dot];
        return parent.EndsWith("[]", StringComparison.Ordinal) ? parent[..^2] : parent;
    }

    /// <summary>The schema path a rule's source path reads, or null when it cannot be known (the element comes from an expression).</summary>
    /// <param name="elementPrefix">The schema path of the element the rule reads.</param>
    /// <param name="source">The rule's source path.</param>
    public static string? Resolve(string? elementPrefix, string source)
    {
        if (source.StartsWith("$.", StringComparison.Ordinal) || source == "$")
        {
            return ToSchemaPath(source);
        }

        return elementPrefix is null ? null : $"{elementPrefix}.{ToSchemaPath(source)}";
    }

    /// <summary>The source path a rule reading <paramref name="elementPrefix"/> writes to read the field at <paramref name="fieldPath"/>.</summary>
    /// <param name="elementPrefix">The schema path of the element the rule reads; null when unknown.</param>
    /// <param name="fieldPath">The picked source field's schema path.</param>
    public static string ToRuleSource(string? elementPrefix, string fieldPath)
    {
        if (elementPrefix is not null && fieldPath.StartsWith(elementPrefix + ".", StringComparison.Ordinal))
        {
            return fieldPath[(elementPrefix.Length + 1)..].Replace("[]", "[0]", StringComparison.Ordinal);
        }

        return fieldPath.Replace("[]", "[0]", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex IndexPattern();
}
