using IntegrationHub.Cli.Commands.Edi;

namespace IntegrationHub.Cli;

/// <summary>Routes <c>hub &lt;words...&gt; [args]</c> to the command with the longest matching path.</summary>
/// <param name="commands">The commands.</param>
internal sealed class CommandDispatcher(IReadOnlyList<ICommand> commands)
{
    /// <summary>Creates the dispatcher with every built-in command (add new commands here).</summary>
    /// <returns>The dispatcher.</returns>
    public static CommandDispatcher CreateDefault() => new([
        new EdiParseCommand(),
        new EdiAckCommand(),
        new EdiSchemaCommand(),
    ]);

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintHelp(context.Out);
            return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        var command = commands
            .Where(c => c.Path.Count <= args.Count && c.Path.Select((w, i) => w == args[i]).All(x => x))
            .MaxBy(c => c.Path.Count);
        if (command is null)
        {
            context.Error.WriteLine($"hub: unknown command '{string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')).Take(2))}'.");
            PrintHelp(context.Error);
            return ExitCodes.Usage;
        }

        var rest = args.Skip(command.Path.Count).ToList();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            context.Out.WriteLine($"usage: hub {command.Usage}");
            context.Out.WriteLine(command.Summary);
            return ExitCodes.Ok;
        }

        try
        {
            return await command.RunAsync(rest, context, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException ex)
        {
            context.Error.WriteLine($"hub {string.Join(' ', command.Path)}: {ex.Message}");
            context.Error.WriteLine($"usage: hub {command.Usage}");
            return ExitCodes.Usage;
        }
    }

    private void PrintHelp(TextWriter writer)
    {
        writer.WriteLine("usage: hub <command> [arguments]");
        writer.WriteLine();
        foreach (var c in commands)
        {
            writer.WriteLine($"  hub {c.Usage,-40} {c.Summary}");
        }
    }
}
