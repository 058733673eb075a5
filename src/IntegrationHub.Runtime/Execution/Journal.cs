using IntegrationHub.Runtime.Model;

namespace IntegrationHub.Runtime.Execution;

/// <summary>
/// The run's journal during a pass: what earlier passes committed, plus records waiting for the next
/// checkpoint commit. Thread-safe because foreach and parallel branches write concurrently.
/// </summary>
internal sealed class Journal
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StepRecord> _latest = new(StringComparer.Ordinal);
    private readonly List<StepRecord> _pending = [];
    private readonly HashSet<(string StepPath, int Attempt)> _stored = [];

    public Journal(IEnumerable<StepRecord> committed)
    {
        foreach (var record in committed.OrderBy(r => r.Attempt))
        {
            _latest[record.StepPath] = record;
            _stored.Add((record.StepPath, record.Attempt));
        }
    }

    /// <summary>Gets whether the store holds this attempt already (loaded with the run, or committed in this pass).</summary>
    public bool IsStored(StepRecord record)
    {
        lock (_gate)
        {
            return _stored.Contains((record.StepPath, record.Attempt));
        }
    }

    /// <summary>Notes records whose commit succeeded: later versions of the same attempt are updates.</summary>
    public void MarkStored(IEnumerable<StepRecord> records)
    {
        lock (_gate)
        {
            foreach (var record in records)
            {
                _stored.Add((record.StepPath, record.Attempt));
            }
        }
    }

    /// <summary>Gets the latest attempt of a step, or null when it never started.</summary>
    public StepRecord? Latest(string path)
    {
        lock (_gate)
        {
            return _latest.GetValueOrDefault(path);
        }
    }

    /// <summary>Records an attempt (new or updated); it is written at the next commit.</summary>
    public void Record(StepRecord record)
    {
        lock (_gate)
        {
            // An attempt keeps the start of its first record (in flight, running, waiting), also across passes,
            // so its timeline position and duration are real; an end never precedes its start.
            if (_latest.TryGetValue(record.StepPath, out var previous) && previous.Attempt == record.Attempt
                && previous.Generation == record.Generation && previous.StartedAt < record.StartedAt)
            {
                record = record with { StartedAt = previous.StartedAt };
            }

            if (record.CompletedAt is { } completed && completed < record.StartedAt)
            {
                record = record with { CompletedAt = record.StartedAt };
            }

            _latest[record.StepPath] = record;
            _pending.RemoveAll(r => r.StepPath == record.StepPath && r.Attempt == record.Attempt);
            _pending.Add(record);
        }
    }

    /// <summary>Takes the records not yet committed.</summary>
    public IReadOnlyList<StepRecord> TakePending()
    {
        lock (_gate)
        {
            var pending = _pending.ToList();
            _pending.Clear();
            return pending;
        }
    }

    /// <summary>Puts records back after a failed commit attempt that will be retried by the caller.</summary>
    public void Restore(IEnumerable<StepRecord> records)
    {
        lock (_gate)
        {
            _pending.InsertRange(0, records.Where(r => !_pending.Any(p => p.StepPath == r.StepPath && p.Attempt == r.Attempt)));
        }
    }
}
