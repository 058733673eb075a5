using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IntegrationHub.Storage.Runs;

/// <summary>
/// Group commit for the runtime's single-statement writes (<see cref="PostgresRunWrites"/>). Concurrent runs queue
/// their statements; a writer takes everything queued (up to <see cref="StorageOptions.JournalBatchSize"/>) and
/// sends it as one batch, which PostgreSQL runs as one implicit transaction: one round trip and one WAL flush for
/// the lot instead of one each. Nobody waits for a batch to fill: a writer starts as soon as a statement is queued
/// and no more than <see cref="StorageOptions.JournalWriters"/> are busy, so a lone write goes out at once and
/// batches only form while earlier ones are in flight.
/// <para>
/// Every caller learns the outcome of its own statement only after the batch's transaction has committed. When a
/// statement fails inside a batch, PostgreSQL rolls the whole batch back, and each statement of it is sent again on
/// its own, so only the failing one reports its error. A broken connection fails every statement of the batch
/// (their outcome is unknown, as for a single write that loses its connection). A caller cancelled while its
/// statement waits in the queue is not written; once in a batch, it is.
/// </para>
/// </summary>
internal sealed class PostgresWriteBatcher(IHubDbContextFactory factory, int writers, int batchSize)
{
    private readonly ConcurrentQueue<Pending> _queue = new();
    private readonly int _writers = Math.Max(1, writers);
    private readonly int _batchSize = Math.Max(1, batchSize);
    private int _busy;

    /// <summary>Executes the statement in the next batch; its count.</summary>
    public Task<long> ExecuteAsync(PostgresStatement statement, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new Pending(statement, cancellationToken);
        _queue.Enqueue(pending);
        StartWriterIfIdle();
        return pending.Done.Task;
    }

    private void StartWriterIfIdle()
    {
        while (!_queue.IsEmpty)
        {
            var busy = Volatile.Read(ref _busy);
            if (busy >= _writers)
            {
                // A busy writer takes the statement; it checks the queue again before it stops.
                return;
            }

            if (Interlocked.CompareExchange(ref _busy, busy + 1, busy) == busy)
            {
                _ = WriteAsync();
                return;
            }
        }
    }

    private async Task WriteAsync()
    {
        try
        {
            var batch = new List<Pending>(_batchSize);
            while (Take(batch))
            {
                await SendAsync(batch);
                batch.Clear();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _busy);

            // A statement queued while this writer was stopping saw it busy and relied on it: start another.
            StartWriterIfIdle();
        }
    }

    private bool Take(List<Pending> batch)
    {
        while (batch.Count < _batchSize && _queue.TryDequeue(out var pending))
        {
            if (pending.CancellationToken.IsCancellationRequested)
            {
                pending.Done.TrySetCanceled(pending.CancellationToken);
                continue;
            }

            batch.Add(pending);
        }

        return batch.Count > 0;
    }

    private async Task SendAsync(List<Pending> batch)
    {
        StorageTelemetry.JournalBatchSize.Record(batch.Count);
        try
        {
            await using var db = factory.CreateDbContext();
            await db.Database.OpenConnectionAsync(CancellationToken.None);
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            try
            {
                var counts = await ExecuteAsync(connection, batch);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(counts[i]);
                }
            }
            catch (PostgresException) when (batch.Count > 1)
            {
                // The batch was rolled back as a whole: send each statement alone so only the failing one fails.
                foreach (var pending in batch)
                {
                    await SendAloneAsync(connection, pending);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        catch (Exception e)
        {
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(e);
            }
        }
    }

    private static async Task SendAloneAsync(NpgsqlConnection connection, Pending pending)
    {
        try
        {
            pending.Done.TrySetResult((await ExecuteAsync(connection, [pending]))[0]);
        }
        catch (PostgresException e)
        {
            pending.Done.TrySetException(e);
        }
    }

    private static async Task<long[]> ExecuteAsync(NpgsqlConnection connection, List<Pending> batch)
    {
        await using var command = new NpgsqlBatch(connection);
        foreach (var pending in batch)
        {
            command.BatchCommands.Add(pending.Statement.ToBatchCommand());
        }

        // The counts are kept until the reader is done: only then has the batch's transaction committed.
        var counts = new long[batch.Count];
        await using (var reader = await command.ExecuteReaderAsync(CancellationToken.None))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (i > 0 && !await reader.NextResultAsync(CancellationToken.None))
                {
                    throw new InvalidOperationException($"the journal batch returned {i} results for {batch.Count} statements");
                }

                counts[i] = await reader.ReadAsync(CancellationToken.None) ? reader.GetInt64(0) : 0;
            }
        }

        return counts;
    }

    private sealed class Pending(PostgresStatement statement, CancellationToken cancellationToken)
    {
        public PostgresStatement Statement { get; } = statement;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public TaskCompletionSource<long> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
