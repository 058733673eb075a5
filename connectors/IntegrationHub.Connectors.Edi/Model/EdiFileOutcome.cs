namespace IntegrationHub.Connectors.Edi.Model;

/// <summary>What happened to an inbound file.</summary>
public enum EdiFileOutcome
{
    /// <summary>Processed and moved to the archive folder (its accepted sets are items; rejections were acknowledged to the partner).</summary>
    Archived,

    /// <summary>Nothing in it could be accepted: moved to the error folder with a <c>.error.txt</c> reason.</summary>
    Failed,

    /// <summary>A file of the same name and content was received before: archived without new items.</summary>
    Duplicate,
}
