namespace IntegrationHub.Storage.Mappings;

/// <summary>What importing a lookup table file did.</summary>
/// <param name="TableId">Table id.</param>
/// <param name="Revision">The table's revision after the import.</param>
/// <param name="Changed">True when the table was created or its content replaced; false when the file had not changed since it was last imported.</param>
public sealed record LookupImportOutcome(string TableId, int Revision, bool Changed);
