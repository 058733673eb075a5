namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Input of listChanges.</summary>
public sealed record ListChangesInput(ChangeEntity Entity, DateTimeOffset Since, int Limit = 500);
