namespace IntegrationHub.Designer.Editor.Calls;

/// <summary>One entry of the call step's connection picker.</summary>
/// <param name="Name">The name the step will hold (a logical connection of the flow, or a configured connection's name).</param>
/// <param name="Connector">The connector it uses, when known.</param>
/// <param name="Detail">What picking it means, in a few words.</param>
public sealed record ConnectionChoice(string Name, string? Connector, string Detail);
