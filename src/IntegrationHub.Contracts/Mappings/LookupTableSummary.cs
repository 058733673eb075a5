namespace IntegrationHub.Contracts.Mappings;

/// <summary>A lookup table in the list.</summary>
/// <param name="Id">Table id (what <c>lookup(table, key)</c> and a rule's <c>lookup</c> name).</param>
/// <param name="Description">What the table translates, if described.</param>
/// <param name="OnMissing">What a lookup of an absent key does: <c>error</c>, <c>default</c> or <c>passThrough</c>.</param>
/// <param name="Entries">Number of entries.</param>
/// <param name="Revision">Incremented by every change; pass it back when saving to detect concurrent edits.</param>
/// <param name="Source">"api", "designer" or the file it was imported from.</param>
/// <param name="UpdatedAt">When the current content was saved.</param>
/// <param name="UpdatedBy">Who saved it.</param>
public sealed record LookupTableSummary(
    string Id,
    string? Description,
    string OnMissing,
    int Entries,
    int Revision,
    string Source,
    DateTimeOffset UpdatedAt,
    string UpdatedBy);
