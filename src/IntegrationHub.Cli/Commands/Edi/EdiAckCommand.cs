using IntegrationHub.X12;
using IntegrationHub.X12.ControlNumbers;
using IntegrationHub.X12.Events;
using IntegrationHub.X12.Writing;

namespace IntegrationHub.Cli.Commands.Edi;

/// <summary>
/// <c>hub edi ack &lt;file&gt;</c>: prints the acknowledgments the hub would send back: a TA1 for an interchange with
/// interchange-level errors (or that asks for one), and the 997 (999 for 005010 groups) of every interchange not rejected.
/// </summary>
internal sealed class EdiAckCommand : ICommand
{
    public IReadOnlyList<string> Path { get; } = ["edi", "ack"];

    public string Usage => "edi ack <file>";

    public string Summary => "Print the 997 (or 999 for 005010) the hub would send for each functional group of an X12 file, and a TA1 for interchange-level errors.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken cancellationToken)
    {
        var (path, _) = EdiInput.Parse(args);

        // A preview: control numbers come from a throwaway in-memory sequence (starting at 1), never from a partner's real one.
        var processor = new X12InboundProcessor(new X12InterchangeGenerator(new InMemoryControlNumberStore(), context.Time));
        X12InboundResult result;
        try
        {
            await using var stream = EdiInput.Open(path);
            result = await processor.ProcessAsync(stream, _ => null, (_, _) => ValueTask.CompletedTask, cancellationToken).ConfigureAwait(false);
        }
        catch (X12ParseException ex)
        {
            await context.Error.WriteLineAsync($"{path}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        if (result.Outbound.Count == 0)
        {
            await context.Error.WriteLineAsync($"{path}: no functional group to acknowledge (an interchange of only TA1/ISB/ISE segments gets no 997/999)").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        foreach (var ack in result.Outbound)
        {
            await context.Out.WriteAsync(ack.Text).ConfigureAwait(false);
        }

        foreach (var issue in result.Interchanges.SelectMany(i => i.Issues))
        {
            await context.Error.WriteLineAsync($"{path}: interchange error (TA1 code {issue.Code}) at {issue}").ConfigureAwait(false);
        }

        foreach (var rejected in result.Outcomes.Where(o => o.IsRejected))
        {
            await context.Error.WriteLineAsync($"{path}: interchange {rejected.Acknowledgment.ControlNumber} is rejected (TA1 {rejected.Acknowledgment.StatusCode} {rejected.Acknowledgment.NoteCode}: {rejected.Acknowledgment.NoteDescription}); its groups are not acknowledged").ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
