namespace IntegrationHub.Connectors.Edi.Transport;

/// <summary>What <see cref="SftpSession.UploadAsync"/> did.</summary>
internal enum SftpUploadOutcome
{
    /// <summary>The file was written under a temporary name and renamed into place.</summary>
    Uploaded,

    /// <summary>A file of that name with the very same bytes was already there (an earlier attempt finished); nothing was written.</summary>
    AlreadyPresent,
}
