using NJsonSchema;
using NJsonSchema.Validation;

namespace IntegrationHub.Mapping.Validation;

/// <summary>Turns NJsonSchema errors into (JSON path, message) pairs an analyst can read.</summary>
internal static class SchemaErrors
{
    /// <summary>Flattens errors; alternatives (oneOf/anyOf) are summarised, not dumped branch by branch.</summary>
    public static IEnumerable<(string Path, string Message)> Describe(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            var path = ToJsonPath(error.Path, null);
            if (error is ChildSchemaValidationError child && error.Kind is ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf)
            {
                var shapes = child.Errors.Keys
                    .Select(s => s.Type != JsonObjectType.None ? s.Type.ToString().ToLowerInvariant() : s.Title ?? "a definition")
                    .Distinct();
                yield return (path, $"the value matches none of the allowed shapes ({string.Join(", ", shapes)})");
                continue;
            }

            if (error is ChildSchemaValidationError nested)
            {
                // An array item or property that failed its own schema: report the inner errors, which carry the full path.
                foreach (var inner in Describe(nested.Errors.Values.SelectMany(e => e)))
                {
                    yield return inner;
                }

                continue;
            }

            yield return (path, Message(error));
        }
    }

    /// <summary>NJsonSchema paths look like "#/lines[0].quantity"; the user sees "$.lines[0].quantity".</summary>
    public static string ToJsonPath(string? errorPath, string? property)
    {
        var relative = (errorPath ?? "#").TrimStart('#').TrimStart('/');
        var path = relative.Length == 0 ? "$" : relative[0] == '[' ? "$" + relative : "$." + relative;
        return property is null ? path : path + "." + property;
    }

    private static string Message(ValidationError error)
    {
        var property = error.Property is { Length: > 0 } p ? $"'{p}'" : "the value";
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"{property} is required",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"{property} is not a known property here",
            ValidationErrorKind.NotInEnumeration => $"{property} must be one of: {string.Join(", ", error.Schema?.Enumeration.Select(e => e?.ToString()) ?? [])}",
            ValidationErrorKind.PatternMismatch => $"{property} does not have the required form ({error.Schema?.Description?.TrimEnd('.') ?? "pattern " + error.Schema?.Pattern})",
            ValidationErrorKind.StringExpected => $"{property} must be a string",
            ValidationErrorKind.IntegerExpected => $"{property} must be an integer",
            ValidationErrorKind.NumberExpected => $"{property} must be a number",
            ValidationErrorKind.BooleanExpected => $"{property} must be true or false",
            ValidationErrorKind.ObjectExpected => $"{property} must be an object",
            ValidationErrorKind.ArrayExpected => $"{property} must be an array",
            ValidationErrorKind.NullExpected => $"{property} must be null",
            ValidationErrorKind.StringTooShort => $"{property} is too short (at least {error.Schema?.MinLength} characters)",
            ValidationErrorKind.StringTooLong => $"{property} is too long (at most {error.Schema?.MaxLength} characters)",
            ValidationErrorKind.NumberTooSmall => $"{property} is below the minimum {error.Schema?.Minimum}",
            ValidationErrorKind.NumberTooBig => $"{property} is above the maximum {error.Schema?.Maximum}",
            ValidationErrorKind.TooFewItems => $"{property} needs at least {error.Schema?.MinItems} item(s)",
            ValidationErrorKind.TooManyItems => $"{property} allows at most {error.Schema?.MaxItems} item(s)",
            ValidationErrorKind.ItemsNotUnique => $"{property} must not repeat items",
            ValidationErrorKind.DateTimeExpected => $"{property} must be an ISO 8601 date-time (e.g. 2025-03-01T10:00:00Z)",
            ValidationErrorKind.DateExpected => $"{property} must be an ISO 8601 date (yyyy-MM-dd)",
            ValidationErrorKind.EmailExpected => $"{property} must be an e-mail address",
            _ => $"{property}: {error.Kind}",
        };
    }
}
