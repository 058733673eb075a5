namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>
/// Records changed at or after <see cref="Since"/>, oldest first. Poll again with <see cref="Watermark"/>
/// (the newest change seen, or <see cref="Since"/> when nothing changed); a record may then appear twice,
/// never be missed.
/// </summary>
public sealed record ChangeSet(ChangeEntity Entity, DateTimeOffset Since, DateTimeOffset Watermark, IReadOnlyList<Change> Changes);
