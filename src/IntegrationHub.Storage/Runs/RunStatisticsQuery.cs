using System.Globalization;
using System.Linq.Expressions;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace IntegrationHub.Storage.Runs;

/// <summary>
/// The dashboard's aggregates, computed by the database (grouped counts and window functions over the runs of the
/// window), never by loading runs into memory: volumes per flow, status and time bucket; failure rates; step latency
/// percentiles; dead letters; pending waits. Works on PostgreSQL and SQLite without schema changes.
/// </summary>
public sealed class RunStatisticsQuery(IHubDbContextFactory factory)
{
    /// <summary>The most buckets a window may be cut into.</summary>
    public const int MaxBuckets = 96;

    /// <summary>How many of the slowest steps are returned.</summary>
    public const int SlowestStepCount = 20;

    // Kinds whose duration is time spent waiting (events, timers, children) rather than work.
    private const string ExcludedKinds = "'wait', 'delay', 'subflow', 'foreach', 'parallel', 'switch'";

    private static readonly DateTimeOffsetToBinaryConverter SqliteTime = new();

    /// <summary>Computes the dashboard for a window.</summary>
    /// <param name="request">The window, buckets and optional flow.</param>
    /// <param name="now">The current time (for overdue waits).</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The figures.</returns>
    public async Task<DashboardSnapshot> QueryAsync(DashboardRequest request, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var from = request.From.ToUniversalTime();
        var to = request.To.ToUniversalTime();
        if (to <= from)
        {
            throw new ArgumentException("The window must end after it starts.", nameof(request));
        }

        var bucketCount = Math.Clamp(request.Buckets, 1, MaxBuckets);
        var width = (to - from) / bucketCount;
        var starts = Enumerable.Range(0, bucketCount).Select(i => from + (width * i)).ToList();

        await using var db = factory.CreateDbContext();
        var volumes = await VolumesAsync(db, request.FlowId, from, to, starts, cancellationToken);
        var latency = await LatencyAsync(db, request.FlowId, from, to, cancellationToken);

        var failed = db.Runs.AsNoTracking().Where(r => r.Status == RunStatus.Failed);
        var waiting = db.Runs.AsNoTracking().Where(r => r.Status == RunStatus.Waiting);
        if (request.FlowId is { } flowId)
        {
            failed = failed.Where(r => r.FlowId == flowId);
            waiting = waiting.Where(r => r.FlowId == flowId);
        }

        var deadLetters = await failed.GroupBy(r => r.ErrorCategory).Select(g => new { Category = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var pendingWaits = await waiting.CountAsync(cancellationToken);
        var overdueWaits = await waiting.Where(r => r.WakeAt != null && r.WakeAt < now).CountAsync(cancellationToken);

        var series = volumes
            .GroupBy(v => (v.FlowId, v.Status))
            .OrderBy(g => g.Key.FlowId, StringComparer.Ordinal).ThenBy(g => g.Key.Status)
            .Select(g =>
            {
                var counts = new int[bucketCount];
                foreach (var v in g)
                {
                    counts[v.Bucket] += v.Count;
                }

                return new RunVolumeSeries(g.Key.FlowId, Wire(g.Key.Status), counts);
            })
            .ToList();
        var flows = volumes
            .GroupBy(v => v.FlowId)
            .Select(g => new FlowHealth(
                g.Key,
                g.Sum(v => v.Count),
                g.Where(v => v.Status == RunStatus.Succeeded).Sum(v => v.Count),
                g.Where(v => v.Status == RunStatus.Failed).Sum(v => v.Count),
                g.Where(v => v.Status == RunStatus.Cancelled).Sum(v => v.Count),
                g.Where(v => v.Status is RunStatus.Pending or RunStatus.Running or RunStatus.Scheduled or RunStatus.Waiting).Sum(v => v.Count)))
            .OrderByDescending(f => f.Started).ThenBy(f => f.FlowId, StringComparer.Ordinal)
            .ToList();

        return new DashboardSnapshot(
            from,
            to,
            starts,
            series,
            flows,
            latency,
            deadLetters.Sum(d => d.Count),
            deadLetters.ToDictionary(d => d.Category ?? "unknown", d => d.Count, StringComparer.Ordinal),
            pendingWaits,
            overdueWaits,
            now);
    }

    private static async Task<List<(string FlowId, RunStatus Status, int Bucket, int Count)>> VolumesAsync(
        HubDbContext db, string? flowId, DateTimeOffset from, DateTimeOffset to, List<DateTimeOffset> starts, CancellationToken cancellationToken)
    {
        var runs = db.Runs.AsNoTracking().Where(r => r.CreatedAt >= from && r.CreatedAt < to);
        if (flowId is not null)
        {
            runs = runs.Where(r => r.FlowId == flowId);
        }

        // The bucket number is a CASE over the bucket starts, so the database groups by it: one query, one index range.
        var run = Expression.Parameter(typeof(RunEntity), "r");
        var created = Expression.Property(run, nameof(RunEntity.CreatedAt));
        Expression bucket = Expression.Constant(starts.Count - 1);
        for (var i = starts.Count - 1; i >= 1; i--)
        {
            bucket = Expression.Condition(Expression.LessThan(created, Expression.Constant(starts[i])), Expression.Constant(i - 1), bucket);
        }

        var projection = Expression.Lambda<Func<RunEntity, RunBucketRow>>(
            Expression.MemberInit(
                Expression.New(typeof(RunBucketRow)),
                Expression.Bind(typeof(RunBucketRow).GetProperty(nameof(RunBucketRow.FlowId))!, Expression.Property(run, nameof(RunEntity.FlowId))),
                Expression.Bind(typeof(RunBucketRow).GetProperty(nameof(RunBucketRow.Status))!, Expression.Property(run, nameof(RunEntity.Status))),
                Expression.Bind(typeof(RunBucketRow).GetProperty(nameof(RunBucketRow.Bucket))!, bucket)),
            run);

        var rows = await runs.Select(projection)
            .GroupBy(r => new { r.FlowId, r.Status, r.Bucket })
            .Select(g => new { g.Key.FlowId, g.Key.Status, g.Key.Bucket, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.FlowId, r.Status, r.Bucket, r.Count))];
    }

    private static async Task<IReadOnlyList<StepLatency>> LatencyAsync(HubDbContext db, string? flowId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        // SQLite stores instants with EF Core's DateTimeOffsetToBinaryConverter: (ticks / 1000) << 11 | offset minutes,
        // all UTC here, so shifting the offset bits away leaves units of 0.1 ms. PostgreSQL has real timestamps.
        var sqlite = db is SqliteHubDbContext;
        var duration = sqlite
            ? "(CAST((s.\"CompletedAt\" >> 11) - (s.\"StartedAt\" >> 11) AS REAL) / 10.0)"
            : "CAST(EXTRACT(EPOCH FROM (s.\"CompletedAt\" - s.\"StartedAt\")) * 1000 AS double precision)";
        object lower = sqlite ? SqliteTime.ConvertToProvider(from)! : from;
        object upper = sqlite ? SqliteTime.ConvertToProvider(to)! : to;
        var parameters = flowId is null ? new[] { lower, upper } : [lower, upper, flowId];
        var flowFilter = flowId is null ? string.Empty : "AND r.\"FlowId\" = {2}";
        var sql = $$"""
            SELECT x."FlowId" AS "FlowId", x."StepId" AS "StepId", MAX(x."Kind") AS "Kind", MAX(x.n) AS "Samples",
                   MAX(CASE WHEN x.rn = (x.n + 1) / 2 THEN x.d END) AS "P50Ms",
                   MAX(CASE WHEN x.rn = (95 * x.n + 99) / 100 THEN x.d END) AS "P95Ms",
                   MAX(x.d) AS "MaxMs"
            FROM (
                SELECT r."FlowId" AS "FlowId", s."StepId" AS "StepId", s."Kind" AS "Kind", {{duration}} AS d,
                       ROW_NUMBER() OVER (PARTITION BY r."FlowId", s."StepId" ORDER BY {{duration}}) AS rn,
                       COUNT(*) OVER (PARTITION BY r."FlowId", s."StepId") AS n
                FROM runs r
                JOIN run_steps s ON s."RunId" = r."Id"
                WHERE r."CreatedAt" >= {0} AND r."CreatedAt" < {1}
                  AND s."CompletedAt" IS NOT NULL
                  AND s."Status" IN ('Succeeded', 'Failed')
                  AND s."Kind" NOT IN ({{ExcludedKinds}})
                  {{flowFilter}}
            ) x
            GROUP BY x."FlowId", x."StepId"
            ORDER BY "P95Ms" DESC, x."FlowId", x."StepId"
            LIMIT {{SlowestStepCount.ToString(CultureInfo.InvariantCulture)}}
            """;
        var rows = await db.Database.SqlQueryRaw<StepLatencyRow>(sql, parameters).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new StepLatency(r.FlowId, r.StepId, r.Kind, (int)r.Samples, r.P50Ms ?? 0, r.P95Ms ?? 0, r.MaxMs ?? 0))];
    }

    private static string Wire(RunStatus status) => status.ToString().ToLowerInvariant();
}
