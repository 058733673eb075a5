namespace IntegrationHub.Designer.Editor.Calls;

/// <summary>How one input property is edited, derived from its JSON Schema. Every kind also takes an <c>=</c> expression.</summary>
public enum InputKind
{
    /// <summary>Text.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A number.</summary>
    Number,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>One of the schema's <c>enum</c> values.</summary>
    Choice,

    /// <summary>An object with known properties: edited as nested fields.</summary>
    Object,

    /// <summary>Anything the form cannot express (arrays, maps, unions, no type): JSON or an expression.</summary>
    Json,
}
