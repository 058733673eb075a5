namespace IntegrationHub.Designer.Lifecycle;

/// <summary>One row of a side-by-side diff: a line on the left, on the right, or both.</summary>
/// <param name="LeftNumber">Line number on the left (1-based), if the row has a left line.</param>
/// <param name="Left">The left line.</param>
/// <param name="RightNumber">Line number on the right, if any.</param>
/// <param name="Right">The right line.</param>
/// <param name="Kind">Whether the row is unchanged, removed, added or changed.</param>
internal sealed record DiffRow(int? LeftNumber, string? Left, int? RightNumber, string? Right, DiffRowKind Kind);
