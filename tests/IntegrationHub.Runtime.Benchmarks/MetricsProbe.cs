using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace IntegrationHub.Runtime.Benchmarks;

/// <summary>
/// Runs inside the hub process (see <see cref="StartupHook"/>): listens to every long counter of the
/// <c>IntegrationHub.Runtime</c> meter and writes the running totals to a file every 50 ms, one
/// <c>name value</c> line each (<c>hub.runs.finished</c> also per <c>status</c> tag), plus the process's JIT totals
/// (<c>jit.methods</c>, <c>jit.ms</c>), which tell whether a measurement ran at steady state.
/// </summary>
internal static class MetricsProbe
{
    public const string FileVariable = "HUB_BENCH_METRICS_FILE";
    public const string MeterName = "IntegrationHub.Runtime";

    private static readonly ConcurrentDictionary<string, StrongBox> Totals = new(StringComparer.Ordinal);
    private static long _changes;
    private static long _written = -1;
    private static MeterListener? _listener;
    private static Timer? _timer;

    public static void Start(string file)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == MeterName && instrument is Counter<long>)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>(OnMeasurement);
        listener.Start();
        _listener = listener;
        _timer = new Timer(_ => Write(file), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(50));
    }

    private static void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        Add(instrument.Name, value);
        foreach (var tag in tags)
        {
            if (tag.Key == "status")
            {
                Add(instrument.Name + "|" + tag.Value, value);
            }
        }
    }

    private static void Add(string name, long value)
    {
        var box = Totals.GetOrAdd(name, static _ => new StrongBox());
        Interlocked.Add(ref box.Value, value);
        Interlocked.Increment(ref _changes);
    }

    private static void Write(string file)
    {
        // Only when something changed: the probe should cost the hub next to nothing.
        var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var changes = Interlocked.Read(ref _changes) + jitMethods;
        if (changes == _written)
        {
            return;
        }

        try
        {
            var text = new StringBuilder();
            foreach (var (name, box) in Totals)
            {
                text.Append(name).Append(' ').Append(Interlocked.Read(ref box.Value).ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            text.Append("jit.methods ").Append(jitMethods.ToString(CultureInfo.InvariantCulture)).Append('\n');
            text.Append("jit.ms ").Append(((long)System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds).ToString(CultureInfo.InvariantCulture)).Append('\n');

            var temp = file + ".tmp";
            File.WriteAllText(temp, text.ToString());
            File.Move(temp, file, overwrite: true);
            _written = changes;
        }
        catch (IOException)
        {
            // The next tick writes again.
        }
    }

    private sealed class StrongBox
    {
        public long Value;
    }
}

/// <summary>The hub's runtime counters as last written by <see cref="MetricsProbe"/>.</summary>
internal sealed class MetricsSnapshot(IReadOnlyDictionary<string, long> values)
{
    public static MetricsSnapshot Empty { get; } = new(new Dictionary<string, long>());

    public long this[string name] => values.TryGetValue(name, out var v) ? v : 0;

    public long Commits => this["hub.journal.commits"];

    public long Succeeded => this["hub.runs.finished|succeeded"];

    public long Failed => this["hub.runs.finished|failed"];

    public long Finished => this["hub.runs.finished"];

    public long Started => this["hub.runs.started"];

    public long JitMethods => this["jit.methods"];

    public static MetricsSnapshot Read(string file)
    {
        try
        {
            var values = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var line in File.ReadAllLines(file))
            {
                var space = line.LastIndexOf(' ');
                if (space > 0 && long.TryParse(line.AsSpan(space + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                {
                    values[line[..space]] = value;
                }
            }

            return new MetricsSnapshot(values);
        }
        catch (IOException)
        {
            return Empty;
        }
    }
}
