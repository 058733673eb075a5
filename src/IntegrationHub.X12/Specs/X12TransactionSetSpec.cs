namespace IntegrationHub.X12.Specs;

/// <summary>The structure of a transaction set: its body's segments and loops, and whether HL loops nest by HL02.</summary>
/// <param name="Id">Set id (ST01), e.g. <c>856</c>.</param>
/// <param name="Name">Set name.</param>
/// <param name="Body">The body (between ST and SE).</param>
/// <param name="NestHierarchicalLoops">Whether <c>HLLoop</c>s are nested by their parent (HL02).</param>
public sealed record X12TransactionSetSpec(string Id, string Name, X12LoopSpec Body, bool NestHierarchicalLoops);
