namespace IntegrationHub.X12.Specs;

/// <summary>Element rules of a segment (positions 01..n; positions beyond are not checked).</summary>
/// <param name="Id">Segment id.</param>
/// <param name="Name">Segment name.</param>
/// <param name="Elements">Rules for elements 01..n.</param>
public sealed record X12SegmentSpec(string Id, string Name, IReadOnlyList<X12ElementSpec> Elements);
