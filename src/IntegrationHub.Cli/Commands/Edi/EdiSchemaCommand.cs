using System.Text.Json;
using IntegrationHub.X12.Json;
using IntegrationHub.X12.Specs;

namespace IntegrationHub.Cli.Commands.Edi;

/// <summary><c>hub edi schema &lt;set&gt;</c>: prints the JSON Schema of a set's JSON form (source of flows/schemas/x12-*.schema.json).</summary>
internal sealed class EdiSchemaCommand : ICommand
{
    public IReadOnlyList<string> Path { get; } = ["edi", "schema"];

    public string Usage => "edi schema <850|855|856|810|997|999>";

    public string Summary => "Print the JSON Schema of a transaction set's JSON form.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken cancellationToken)
    {
        if (args.Count != 1)
        {
            throw new UsageException("give exactly one transaction set id.");
        }

        if (!X12Specs.TryGetTransactionSet(args[0], out var spec))
        {
            throw new UsageException($"unknown transaction set '{args[0]}'; known: {string.Join(", ", X12Specs.TransactionSets.Select(s => s.Id))}.");
        }

        await context.Out.WriteLineAsync(X12JsonSchema.Generate(spec).ToJsonString(new JsonSerializerOptions { WriteIndented = true })).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
