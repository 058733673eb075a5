namespace IntegrationHub.Contracts.Designer;

/// <summary>
/// One field of a payload schema, for the mapping editor's source and target pickers. Arrays are shown by their
/// items: the field <c>lines</c> has type <c>array</c> and its children are the properties of one line, with paths
/// like <c>$.lines[].sku</c>.
/// </summary>
/// <param name="Name">Property name (<c>[]</c> for the items of an array of scalars).</param>
/// <param name="Path">JSON path from the document root with <c>[]</c> for array items, e.g. <c>$.lines[].uom</c>: the form mapping errors use with indexes filled in.</param>
/// <param name="Type">JSON type: <c>string</c>, <c>number</c>, <c>integer</c>, <c>boolean</c>, <c>object</c>, <c>array</c>, <c>null</c>, several joined by <c>|</c> (<c>string|number</c>), or <c>any</c> when the schema does not say.</param>
/// <param name="Required">Whether the enclosing object requires it.</param>
/// <param name="Description">Help text from the schema, if any.</param>
/// <param name="Format">The string format (<c>date</c>, <c>date-time</c>, <c>email</c>…), if any.</param>
/// <param name="AllowedValues">The values an enumeration allows (JSON text of each), empty when any value goes.</param>
/// <param name="Children">Nested fields of an object, or of one item of an array of objects.</param>
/// <param name="Recursive">True when the field's type contains itself (e.g. nested hierarchy loops): its children are listed once, not again at this level.</param>
public sealed record SchemaField(
    string Name,
    string Path,
    string Type,
    bool Required,
    string? Description,
    string? Format,
    IReadOnlyList<string> AllowedValues,
    IReadOnlyList<SchemaField> Children,
    bool Recursive = false);
