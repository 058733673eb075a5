namespace IntegrationHub.X12.Parsing;

/// <summary>What <see cref="X12Reader"/> has just read.</summary>
public enum X12ReaderItemKind
{
    /// <summary>Nothing read yet.</summary>
    None,

    /// <summary>An ISA: <see cref="X12Reader.Interchange"/> is the new interchange.</summary>
    InterchangeStart,

    /// <summary>A segment at interchange level outside any group (TA1, ISB, ISE): <see cref="X12Reader.Segment"/>.</summary>
    ServiceSegment,

    /// <summary>A GS: <see cref="X12Reader.Group"/> is the new group.</summary>
    GroupStart,

    /// <summary>A complete transaction set: <see cref="X12Reader.TransactionSet"/>.</summary>
    TransactionSet,

    /// <summary>A GE (or a group closed by a missing GE): <see cref="X12Reader.Group"/> has its trailer, summaries and issues.</summary>
    GroupEnd,

    /// <summary>An IEA (or an interchange closed without one): <see cref="X12Reader.Interchange"/> has its trailer and issues.</summary>
    InterchangeEnd,
}
