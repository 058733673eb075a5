using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Mappings;

namespace IntegrationHub.Contracts.Designer;

/// <summary>
/// The mapping editor's backend: mapping documents with the lifecycle of flows (one draft, immutable published
/// versions, retired versions), a live preview of a document on a sample payload, the payload schemas as field trees
/// for the source and target pickers, and the lookup tables mappings translate codes with. The same store, checks and
/// rules as <c>/api/mappings</c> and <c>/api/lookups</c>.
/// </summary>
/// <remarks>
/// <para>
/// Every call is authorized by the implementation with the policies of the API: reading needs <c>view</c> (any role);
/// validating, previewing and saving or deleting drafts need <c>edit drafts</c> (analyst, publisher, admin); publishing
/// and retiring versions and saving lookup tables need <c>publish</c> (publisher, admin) — a lookup table has no draft,
/// so a save changes what running flows produce at once. A refused call throws
/// <see cref="DesignerAccessDeniedException"/>; a refused state change (not found, wrong state, concurrent edit)
/// throws <see cref="DesignerException"/> with a message for the person. Documents that are not valid are not
/// exceptions: the result carries every error with its JSON path so the editor can mark it.
/// </para>
/// <para>
/// Documents are JSON text in the formats of <c>flows/schemas/mapping.schema.json</c> and
/// <c>flows/schemas/lookup.schema.json</c>; at most 1 MiB each. Every successful change is written to the audit log.
/// </para>
/// </remarks>
public interface IMappingDesignerService
{
    /// <summary>Lists every mapping, ordered by id.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<MappingSummary>> ListMappingsAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets a mapping with its versions (newest first), or null when it does not exist.</summary>
    /// <param name="mappingId">Mapping id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<MappingDetail?> GetMappingAsync(string mappingId, CancellationToken cancellationToken = default);

    /// <summary>Gets one version with its document, or null when it does not exist.</summary>
    /// <param name="mappingId">Mapping id.</param>
    /// <param name="version">Version number; 0 for the draft.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<MappingVersionDetail?> GetVersionAsync(string mappingId, int version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks a document without saving it: structure, expression syntax, and that the lookup tables and target
    /// schema it names exist. Every error with its JSON path.
    /// </summary>
    /// <param name="document">The mapping document (JSON text).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<MappingValidationReport> ValidateAsync(string document, CancellationToken cancellationToken = default);

    /// <summary>Saves a document as its mapping's draft when it is valid (creating the mapping if new); otherwise returns the errors and saves nothing.</summary>
    /// <param name="document">The mapping document (JSON text).</param>
    /// <param name="expectedMappingId">The mapping being edited; the document's id must match. Null for a new mapping or an import.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<MappingDraftSaveResult> SaveDraftAsync(string document, string? expectedMappingId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a mapping: saves a document as the draft of a mapping that does not exist yet. A document that is not valid,
    /// or whose id is already in use (an error at <c>$.id</c>, code <c>id-in-use</c>), is not saved; the result carries
    /// every error with its JSON path. Authorized and audited like <see cref="SaveDraftAsync"/>.
    /// </summary>
    /// <param name="document">The mapping document (JSON text); its <c>rules</c> may be empty.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<MappingDraftSaveResult> CreateAsync(string document, CancellationToken cancellationToken = default);

    /// <summary>Discards a mapping's draft (and the mapping when it has no other version).</summary>
    /// <param name="mappingId">Mapping id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="DesignerException">The mapping has no draft.</exception>
    Task DeleteDraftAsync(string mappingId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes the draft as the next version: map steps use it from their next run. A draft equal to the latest
    /// published version is dropped and no version is made (<see cref="MappingPublishResult.Created"/> is false).
    /// </summary>
    /// <param name="mappingId">Mapping id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="DesignerException">The mapping does not exist or has no draft.</exception>
    Task<MappingPublishResult> PublishAsync(string mappingId, CancellationToken cancellationToken = default);

    /// <summary>Retires a published version; map steps use the latest published version left (none: they fail).</summary>
    /// <param name="mappingId">Mapping id.</param>
    /// <param name="version">Version number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="DesignerException">The version does not exist or is not published.</exception>
    Task<MappingVersionSummary> RetireAsync(string mappingId, int version, CancellationToken cancellationToken = default);

    /// <summary>Exports a version as a mapping file (the latest published one when <paramref name="version"/> is null), or null when it does not exist.</summary>
    /// <param name="mappingId">Mapping id.</param>
    /// <param name="version">Version number, 0 for the draft, null for the latest published.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<MappingFile?> ExportAsync(string mappingId, int? version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Maps a sample payload and explains the result: the output, every error (target path, source path, rule,
    /// message; rule failures, target-schema violations, and definition problems such as an unknown lookup table),
    /// and what each rule produced. Previews <paramref name="request"/>'s document when it has one (an unsaved edit;
    /// it need not be stored), else the stored version of <paramref name="mappingId"/>: <paramref name="version"/>, or
    /// the draft, or the latest published version. Expressions run in the sandbox with the limits of a real run.
    /// </summary>
    /// <param name="request">The sample, optionally the document and <c>vars</c>.</param>
    /// <param name="mappingId">The stored mapping to preview when the request has no document (and, when it has one, the id it must carry).</param>
    /// <param name="version">The stored version; null for the draft or, without one, the latest published version.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="DesignerException">There is no sample, no document and no mapping id, or the stored mapping (version) does not exist.</exception>
    Task<MappingPreviewResult> PreviewAsync(MappingPreviewRequest request, string? mappingId = null, int? version = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a sample payload shipped in the flows folder's <c>samples/</c> (what a mapping's <c>sample</c> names), or null when there is none.</summary>
    /// <param name="sampleName">The file name, e.g. <c>portal-order.json</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<JsonNode?> GetSampleAsync(string sampleName, CancellationToken cancellationToken = default);

    /// <summary>Lists the payload schemas (canonical model and partner formats) as field trees, ordered by id.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<SchemaTree>> ListSchemasAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets one schema as a field tree, or null when it does not exist.</summary>
    /// <param name="schemaId">Schema id, e.g. <c>sales-order</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<SchemaTree?> GetSchemaAsync(string schemaId, CancellationToken cancellationToken = default);

    /// <summary>Lists the lookup tables, ordered by id.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<LookupTableSummary>> ListLookupTablesAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets a lookup table with its document, or null when it does not exist.</summary>
    /// <param name="tableId">Table id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<LookupTableDetail?> GetLookupTableAsync(string tableId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a lookup table document as the table's next revision when it is valid; otherwise returns the errors and
    /// saves nothing. Content equal to the current one changes nothing.
    /// </summary>
    /// <param name="document">The table document (JSON text).</param>
    /// <param name="expectedRevision">The revision that was edited (from <see cref="LookupTableSummary.Revision"/>), 0 for a new table, or null to overwrite whatever is stored.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="DesignerException">The table changed since <paramref name="expectedRevision"/>.</exception>
    Task<LookupTableSaveResult> SaveLookupTableAsync(string document, int? expectedRevision, CancellationToken cancellationToken = default);
}
