using IntegrationHub.Flows.Validation;

namespace IntegrationHub.Server.Mappings;

/// <summary>What importing one mapping or lookup table file did.</summary>
/// <param name="File">The file, relative to the flows folder's parent.</param>
/// <param name="Id">The mapping or table id; null when the file is invalid.</param>
/// <param name="Version">The mapping's latest published version or the table's revision after the import.</param>
/// <param name="Created">True when a version or revision was created.</param>
/// <param name="Errors">Why the file was not imported (empty when it was).</param>
internal sealed record MappingImportResult(string File, string? Id, int? Version, bool Created, IReadOnlyList<FlowValidationError> Errors);
