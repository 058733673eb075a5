using System.Globalization;
using System.Text.Json;
using IntegrationHub.X12;
using IntegrationHub.X12.Events;
using IntegrationHub.X12.Json;
using IntegrationHub.X12.Model;
using IntegrationHub.X12.Parsing;

namespace IntegrationHub.Cli.Commands.Edi;

/// <summary><c>hub edi parse &lt;file&gt; [--json]</c>: checks a file and prints a summary, or the interchange as JSON.</summary>
internal sealed class EdiParseCommand : ICommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public IReadOnlyList<string> Path { get; } = ["edi", "parse"];

    public string Usage => "edi parse <file> [--json]";

    public string Summary => "Parse an X12 file; print a summary, or the interchange as JSON with --json. Exit 1 with the error position when invalid.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken cancellationToken)
    {
        var (path, flags) = EdiInput.Parse(args, "--json");
        IReadOnlyList<X12Interchange> interchanges;
        try
        {
            await using var stream = EdiInput.Open(path);
            interchanges = await X12Parser.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (X12ParseException ex)
        {
            await context.Error.WriteLineAsync($"{path}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        if (interchanges.Count == 0)
        {
            await context.Error.WriteLineAsync($"{path}: X12 error at input: the file holds no interchange (empty or only whitespace)").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        if (flags.Contains("--json"))
        {
            await context.Out.WriteLineAsync(X12Json.ToJson(interchanges).ToJsonString(Indented)).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        foreach (var i in interchanges)
        {
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"interchange {i.ControlNumber.Trim()} from {i.Header.GetValue(5)}:{i.SenderId} to {i.Header.GetValue(7)}:{i.ReceiverId}, version {i.Version}, {(i.Header.GetValue(15) == "T" ? "test" : "production")}, delimiters element '{i.Delimiters.Element}' component '{i.Delimiters.Component}' repetition '{i.Delimiters.Repetition?.ToString() ?? "none"}' segment '{Show(i.Delimiters.Segment)}'")).ConfigureAwait(false);
            foreach (var s in i.ServiceSegments)
            {
                await context.Out.WriteLineAsync($"  {s}").ConfigureAwait(false);
            }

            foreach (var g in i.Groups)
            {
                await context.Out.WriteLineAsync($"  group {g.ControlNumber} {g.FunctionalId} version {g.Version}: {g.TransactionSets.Count} transaction set(s)").ConfigureAwait(false);
                foreach (var t in g.TransactionSets)
                {
                    var key = X12EventSplitter.CorrelationKey(t);
                    await context.Out.WriteLineAsync($"    {t.Id} {t.ControlNumber}: {t.SegmentCount} segments{(key is null ? string.Empty : $", key {key}")}").ConfigureAwait(false);
                    foreach (var issue in t.Issues)
                    {
                        await context.Out.WriteLineAsync($"      {issue.Severity.ToString().ToLowerInvariant()} (code {issue.Code}) at {issue}").ConfigureAwait(false);
                    }
                }
            }
        }

        return ExitCodes.Ok;
    }

    private static string Show(char c) => c is > ' ' and < (char)0x7F ? c.ToString() : $"0x{(int)c:X2}";
}
