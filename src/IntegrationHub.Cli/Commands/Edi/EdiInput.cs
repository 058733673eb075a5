namespace IntegrationHub.Cli.Commands.Edi;

/// <summary>Argument handling shared by the edi commands.</summary>
internal static class EdiInput
{
    /// <summary>Splits arguments into one file path and flags, rejecting unknown flags.</summary>
    public static (string Path, HashSet<string> Flags) Parse(IReadOnlyList<string> args, params string[] allowedFlags)
    {
        var flags = new HashSet<string>(StringComparer.Ordinal);
        string? path = null;
        foreach (var a in args)
        {
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                if (!allowedFlags.Contains(a))
                {
                    throw new UsageException($"unknown option '{a}'.");
                }

                flags.Add(a);
            }
            else if (path is null)
            {
                path = a;
            }
            else
            {
                throw new UsageException($"unexpected argument '{a}': give one file.");
            }
        }

        if (path is null)
        {
            throw new UsageException("missing <file>.");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"file '{path}' does not exist.");
        }

        return (path, flags);
    }

    public static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
}
