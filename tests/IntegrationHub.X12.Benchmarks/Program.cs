using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using IntegrationHub.X12.Model;
using IntegrationHub.X12.Parsing;
using IntegrationHub.X12.Writing;

// Parse throughput of IntegrationHub.X12 next to node-x12 (npm, in-memory strict parse) on the same generated file.
//   dotnet run -c Release --project tests/IntegrationHub.X12.Benchmarks [-- <megabytes>]
var targetMb = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
var here = AppContext.BaseDirectory;
var projectDir = Path.GetFullPath(Path.Combine(here, "../../.."));
var nodeDir = Path.Combine(projectDir, "node");
var file = Path.Combine(Path.GetTempPath(), $"hub-x12-bench-{targetMb}mb.edi");

var sets = Generate(file, targetMb * 1024L * 1024L);
var size = new FileInfo(file).Length;
Console.WriteLine($"file: {file}, {size / 1048576.0:F1} MB, {sets} transaction sets (850)");

var ours = ParseOurs(file);
Console.WriteLine($"IntegrationHub.X12: {ours.Seconds:F2} s, {size / 1048576.0 / ours.Seconds:F1} MB/s, {ours.Sets / ours.Seconds:F0} sets/s, peak working set {ours.PeakMb:F0} MB, GC heap after {ours.HeapMb:F1} MB, allocated {ours.AllocatedMb:F0} MB");

if (!EnsureNodeX12(nodeDir))
{
    Console.WriteLine("node-x12: not available (npm install failed); no comparison.");
    return 1;
}

var node = RunNode(file, nodeDir);
var compareFile = file;
var compareSize = size;
var compareOurs = ours;
var mb = targetMb;
while (node.Error is not null && mb > 1)
{
    Console.WriteLine($"node-x12 on {compareSize / 1048576.0:F1} MB: failed ({node.Error})");
    mb /= 2;
    compareFile = Path.Combine(Path.GetTempPath(), $"hub-x12-bench-{mb}mb.edi");
    Generate(compareFile, mb * 1024L * 1024L);
    compareSize = new FileInfo(compareFile).Length;
    compareOurs = ParseOurs(compareFile);
    node = RunNode(compareFile, nodeDir);
}

if (node.Error is not null)
{
    Console.WriteLine($"node-x12: failed on every size ({node.Error}).");
    return 1;
}

Console.WriteLine();
Console.WriteLine($"side by side on {compareSize / 1048576.0:F1} MB ({node.Sets} sets):");
Console.WriteLine($"  {"parser",-20} {"seconds",9} {"MB/s",9} {"sets/s",10} {"peak MB",9}");
Console.WriteLine($"  {"IntegrationHub.X12",-20} {compareOurs.Seconds,9:F2} {compareSize / 1048576.0 / compareOurs.Seconds,9:F1} {compareOurs.Sets / compareOurs.Seconds,10:F0} {compareOurs.PeakMb,9:F0}");
Console.WriteLine($"  {"node-x12 1.7.1",-20} {node.Seconds,9:F2} {compareSize / 1048576.0 / node.Seconds,9:F1} {node.Sets / node.Seconds,10:F0} {node.RssMb,9:F0}");
Console.WriteLine($"  ratio (ours / node-x12 throughput): {node.Seconds / compareOurs.Seconds:F1}x");
return 0;

static long Generate(string path, long bytes)
{
    if (File.Exists(path) && new FileInfo(path).Length >= bytes)
    {
        return CountSets(path);
    }

    var d = X12Delimiters.Default;
    using var stream = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
    var w = new X12Writer(stream, d);
    w.WriteSegment(new X12Segment("ISA", "00", string.Empty, "00", string.Empty, "ZZ", "BUYER", "ZZ", "SUPPLIER", "260101", "1200", "^", "00501", "000000001", "0", "P", ":"));
    w.WriteSegment(new X12Segment("GS", "PO", "BUYER", "SUPPLIER", "20260101", "1200", "1", "X", "005010"));
    long n = 0;
    while (stream.BaseStream.Position < bytes)
    {
        n++;
        var cn = n.ToString("0000", CultureInfo.InvariantCulture);
        var segs = new List<X12Segment>
        {
            new("ST", "850", cn),
            new("BEG", "00", "SA", "PO-" + n.ToString(CultureInfo.InvariantCulture), string.Empty, "20260101"),
            new("REF", "DP", "038"),
            new("DTM", "002", "20260115"),
            new("N1", "ST", "DISTRIBUTION CENTER " + (n % 50).ToString(CultureInfo.InvariantCulture), "92", "DC" + (n % 50).ToString(CultureInfo.InvariantCulture)),
            new("N3", "100 MAIN STREET"),
            new("N4", "SPRINGFIELD", "IL", "62701", "US"),
        };
        for (var line = 1; line <= 5; line++)
        {
            segs.Add(new X12Segment("PO1", line.ToString(CultureInfo.InvariantCulture), (line * 3).ToString(CultureInfo.InvariantCulture), "EA", "12.50", string.Empty, "VN", "SKU-" + line.ToString(CultureInfo.InvariantCulture), "UP", "0123456789" + line.ToString(CultureInfo.InvariantCulture)));
            segs.Add(new X12Segment("PID", "F", string.Empty, string.Empty, string.Empty, "WIDGET MODEL " + line.ToString(CultureInfo.InvariantCulture)));
        }

        segs.Add(new X12Segment("CTT", "5"));
        segs.Add(new X12Segment("SE", (segs.Count + 1).ToString(CultureInfo.InvariantCulture), cn));
        foreach (var s in segs)
        {
            w.WriteSegment(s);
        }
    }

    w.WriteSegment(new X12Segment("GE", n.ToString(CultureInfo.InvariantCulture), "1"));
    w.WriteSegment(new X12Segment("IEA", "1", "000000001"));
    return n;
}

static long CountSets(string path)
{
    using var reader = new X12Reader(File.OpenRead(path), new X12ReaderOptions { ValidateSyntax = false });
    long n = 0;
    while (reader.Read())
    {
        n += reader.Kind == X12ReaderItemKind.TransactionSet ? 1 : 0;
    }

    return n;
}

static (double Seconds, long Sets, double PeakMb, double HeapMb, double AllocatedMb) ParseOurs(string path)
{
    GC.Collect();
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var sw = Stopwatch.StartNew();
    long sets = 0;
    using (var reader = new X12Reader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan)))
    {
        while (reader.Read())
        {
            if (reader.Kind == X12ReaderItemKind.TransactionSet)
            {
                sets++;
            }
        }
    }

    sw.Stop();
    var process = Process.GetCurrentProcess();
    process.Refresh();
    return (sw.Elapsed.TotalSeconds, sets, process.PeakWorkingSet64 / 1048576.0, GC.GetTotalMemory(false) / 1048576.0, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0);
}

static bool EnsureNodeX12(string nodeDir)
{
    if (Directory.Exists(Path.Combine(nodeDir, "node_modules", "node-x12")))
    {
        return true;
    }

    Console.WriteLine($"installing node-x12 into {nodeDir} ...");
    using var npm = Process.Start(new ProcessStartInfo("npm", ["install", "--prefix", nodeDir, "--no-audit", "--no-fund", "node-x12@1.7.1"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
    npm.StandardOutput.ReadToEnd();
    npm.StandardError.ReadToEnd();
    npm.WaitForExit();
    return npm.ExitCode == 0;
}

static (double Seconds, long Sets, double RssMb, string? Error) RunNode(string file, string nodeDir)
{
    var script = Path.Combine(AppContext.BaseDirectory, "node", "bench.js");
    using var node = Process.Start(new ProcessStartInfo("node", [script, file, nodeDir]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
    var stderr = node.StandardError.ReadToEndAsync();
    var output = node.StandardOutput.ReadToEnd();
    node.WaitForExit();
    var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
    if (last is null)
    {
        var err = stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.Contains("heap", StringComparison.OrdinalIgnoreCase) || l.Contains("Error", StringComparison.Ordinal));
        return (0, 0, 0, $"node exited with {node.ExitCode}: {err ?? "no output"}");
    }

    using var doc = JsonDocument.Parse(last);
    if (doc.RootElement.TryGetProperty("error", out var e))
    {
        return (0, 0, 0, e.GetString());
    }

    return (doc.RootElement.GetProperty("ms").GetDouble() / 1000, doc.RootElement.GetProperty("sets").GetInt64(), doc.RootElement.GetProperty("rssMb").GetDouble(), null);
}
