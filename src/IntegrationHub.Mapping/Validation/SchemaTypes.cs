namespace IntegrationHub.Mapping.Validation;

/// <summary>The JSON types a schema's <c>type</c> allows (none: any).</summary>
[Flags]
internal enum SchemaTypes
{
    /// <summary>No <c>type</c>: any value.</summary>
    None = 0,

    /// <summary><c>null</c>.</summary>
    Null = 1,

    /// <summary><c>boolean</c>.</summary>
    Boolean = 2,

    /// <summary><c>object</c>.</summary>
    Object = 4,

    /// <summary><c>array</c>.</summary>
    Array = 8,

    /// <summary><c>number</c> (integers included).</summary>
    Number = 16,

    /// <summary><c>string</c>.</summary>
    String = 32,

    /// <summary><c>integer</c>.</summary>
    Integer = 64,
}
