namespace IntegrationHub.Contracts.Designer;

/// <summary>How a field's value is written and edited.</summary>
public enum FieldKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>An identifier: a letter, then letters, digits, '-' or '_'.</summary>
    Identifier,

    /// <summary>A JavaScript expression with a leading '='.</summary>
    Expression,

    /// <summary>An ISO 8601 duration (PT30S).</summary>
    Duration,

    /// <summary>Any JSON value; strings starting with '=' are expressions, at any depth.</summary>
    Value,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A whole number or an expression.</summary>
    IntegerOrExpression,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>One of <see cref="FieldDescriptor.Options"/>.</summary>
    Choice,

    /// <summary>An object of named expressions (business keys).</summary>
    ExpressionMap,

    /// <summary>An object of named strings (headers).</summary>
    TextMap,

    /// <summary>An object of named values (variables).</summary>
    ValueMap,

    /// <summary>A nested list of steps (drawn in the graph, not in the property panel).</summary>
    Steps,

    /// <summary>The cases of a switch: name, condition, steps.</summary>
    Cases,

    /// <summary>The branches of a parallel step: name, steps.</summary>
    Branches,
}
