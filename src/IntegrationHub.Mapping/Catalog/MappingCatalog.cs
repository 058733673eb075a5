using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Flows.Validation;
using IntegrationHub.Mapping.Documents;
using IntegrationHub.Mapping.Lookups;

namespace IntegrationHub.Mapping.Catalog;

/// <summary>
/// A thread-safe in-memory catalog, filled from the <c>flows/</c> folder (<see cref="LoadDirectory"/>) or from
/// strings (versions stored in a database). Adding a document with an existing id replaces it.
/// </summary>
public sealed class MappingCatalog : IMappingCatalog
{
    /// <summary>Schemas in <c>flows/schemas</c> that describe file formats rather than payloads, so are not target schemas.</summary>
    private static readonly string[] FormatSchemas = ["flow", "mapping", "lookup"];

    private readonly ConcurrentDictionary<string, MappingDocument> _mappings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LookupTable> _lookups = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SchemaDocument> _schemas = new(StringComparer.Ordinal);

    /// <summary>The mappings.</summary>
    public ICollection<MappingDocument> Mappings => _mappings.Values;

    /// <summary>The lookup tables.</summary>
    public ICollection<LookupTable> Lookups => _lookups.Values;

    /// <summary>The schemas.</summary>
    public ICollection<SchemaDocument> Schemas => _schemas.Values;

    /// <summary>Loads <c>mappings/*.map.json</c>, <c>lookups/*.json</c> and <c>schemas/*.schema.json</c> from a flows folder.</summary>
    /// <param name="flowsDirectory">The folder holding mappings/, lookups/ and schemas/.</param>
    /// <exception cref="MappingValidationException">Any file is invalid; every error of every file is listed.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static MappingCatalog LoadDirectory(string flowsDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(flowsDirectory);
        if (!Directory.Exists(flowsDirectory))
        {
            throw new DirectoryNotFoundException($"The flows folder '{Path.GetFullPath(flowsDirectory)}' does not exist.");
        }

        var catalog = new MappingCatalog();
        var errors = new List<FlowValidationError>();
        foreach (var file in Files(flowsDirectory, "schemas", "*.schema.json"))
        {
            var id = Path.GetFileName(file)[..^".schema.json".Length];
            if (FormatSchemas.Contains(id))
            {
                continue;
            }

            try
            {
                catalog.AddSchema(id, File.ReadAllText(file));
            }
            catch (ArgumentException e)
            {
                errors.Add(new FlowValidationError(Relative(flowsDirectory, file), "$", e.Message, "schema"));
            }
        }

        Collect(Files(flowsDirectory, "lookups", "*.json"), file => catalog.AddLookup(File.ReadAllText(file), Relative(flowsDirectory, file)));
        Collect(Files(flowsDirectory, "mappings", "*.map.json"), file => catalog.AddMapping(File.ReadAllText(file), Relative(flowsDirectory, file)));
        if (errors.Count > 0)
        {
            throw new MappingValidationException(errors);
        }

        return catalog;

        void Collect(IEnumerable<string> files, Action<string> load)
        {
            foreach (var file in files)
            {
                try
                {
                    load(file);
                }
                catch (MappingValidationException e)
                {
                    errors.AddRange(e.Errors);
                }
            }
        }
    }

    /// <summary>Parses, validates and adds a mapping document.</summary>
    /// <param name="json">The document text.</param>
    /// <param name="source">File name or label used in errors.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="MappingValidationException">The document is invalid, or another source already uses its id.</exception>
    public MappingDocument AddMapping(string json, string source = "inline")
    {
        var document = MappingDocument.Parse(json, source);
        AddMapping(document);
        return document;
    }

    /// <summary>Adds (or replaces) a parsed mapping document.</summary>
    /// <param name="document">The document.</param>
    public void AddMapping(MappingDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _mappings[document.Id] = document;
    }

    /// <summary>Parses, validates and adds a lookup table.</summary>
    /// <param name="json">The table text (see <c>flows/schemas/lookup.schema.json</c>).</param>
    /// <param name="source">File name or label used in errors.</param>
    /// <returns>The parsed table.</returns>
    /// <exception cref="MappingValidationException">The table is invalid.</exception>
    public LookupTable AddLookup(string json, string source = "inline")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new MappingValidationException([new(source, "$", "the file is not valid JSON: " + e.Message.Split(" Path:")[0], "json")]);
        }

        if (root is not JsonObject obj)
        {
            throw new MappingValidationException([new(source, "$", "a lookup table must be a JSON object", "schema")]);
        }

        var table = MappingDocumentParser.ParseLookup(obj, source);
        AddLookup(table);
        return table;
    }

    /// <summary>Adds (or replaces) a lookup table.</summary>
    /// <param name="table">The table.</param>
    public void AddLookup(LookupTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _lookups[table.Id] = table;
    }

    /// <summary>Parses and adds (or replaces) a schema.</summary>
    /// <param name="id">The schema id, e.g. <c>sales-order</c>.</param>
    /// <param name="json">The schema text.</param>
    /// <returns>The parsed schema.</returns>
    /// <exception cref="ArgumentException">The text is not a usable JSON Schema.</exception>
    public SchemaDocument AddSchema(string id, string json)
    {
        var schema = SchemaDocument.Parse(id, json);
        _schemas[id] = schema;
        return schema;
    }

    /// <inheritdoc />
    public MappingDocument? FindMapping(string id) => _mappings.GetValueOrDefault(id);

    /// <inheritdoc />
    public LookupTable? FindLookup(string id) => _lookups.GetValueOrDefault(id);

    /// <inheritdoc />
    public SchemaDocument? FindSchema(string id) => _schemas.GetValueOrDefault(id);

    private static IEnumerable<string> Files(string root, string folder, string pattern)
    {
        var directory = Path.Combine(root, folder);
        return Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, pattern).Order(StringComparer.Ordinal)
            : [];
    }

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');
}
