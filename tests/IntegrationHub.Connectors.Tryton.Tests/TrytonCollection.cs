namespace IntegrationHub.Connectors.Tryton.Tests;

/// <summary>
/// All Tryton tests share one server and run one at a time: the outage test stops it, and the
/// stock figures the tests assert are shared.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TrytonCollection : ICollectionFixture<TrytonTestBed>
{
    public const string Name = "Tryton";
}
