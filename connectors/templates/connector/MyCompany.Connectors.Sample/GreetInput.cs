using System.ComponentModel;

namespace MyCompany.Connectors.Sample;

/// <summary>Who to greet.</summary>
/// <param name="Name">The name.</param>
public sealed record GreetInput([property: Description("Who to greet.")] string Name);
