using IntegrationHub.Runtime.Benchmarks;

// dotnet run -c Release --project tests/IntegrationHub.Runtime.Benchmarks [-- --quick | --runs N --duration S ...]
Settings settings;
try
{
    settings = Settings.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Settings.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Let the finally blocks stop the hub and PostgreSQL.
    e.Cancel = true;
    stop.Cancel();
};

try
{
    return await BenchmarkRunner.RunAsync(settings, stop.Token);
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("cancelled");
    return 130;
}
