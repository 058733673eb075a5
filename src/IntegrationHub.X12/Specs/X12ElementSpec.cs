namespace IntegrationHub.X12.Specs;

/// <summary>Rules for one element position of a segment.</summary>
/// <param name="Required">Whether the element is mandatory.</param>
/// <param name="Type">Data type.</param>
/// <param name="MinLength">Minimum length.</param>
/// <param name="MaxLength">Maximum length.</param>
/// <param name="Name">Short description.</param>
public sealed record X12ElementSpec(bool Required, X12DataType Type, int MinLength, int MaxLength, string Name);
