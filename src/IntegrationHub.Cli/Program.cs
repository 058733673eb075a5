using IntegrationHub.Cli;

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cts.Cancel();
};

return await CommandDispatcher.CreateDefault().RunAsync(args, new CommandContext(Console.Out, Console.Error, TimeProvider.System), cts.Token);
