using IntegrationHub.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Runs;

/// <summary>Tables of the runtime: runs, journal, business keys, events, consumptions, bookmarks.</summary>
internal static class RunModel
{
    /// <summary>
    /// Free space left in each page of the tables whose rows the journal updates (PostgreSQL only): a checkpoint that
    /// changes no indexed column (the run's lease, version and time; a step record going from running to done) then
    /// writes the new row version in the same page and skips every index (a HOT update). With full pages each such
    /// update also inserts into all of the table's indexes.
    /// </summary>
    public const int JournalFillFactor = 80;

    public static void Configure(ModelBuilder modelBuilder, bool postgres)
    {
        modelBuilder.Entity<RunEntity>(e =>
        {
            e.ToTable("runs");
            e.HasKey(x => x.Id);
            if (postgres)
            {
                e.HasStorageParameter("fillfactor", JournalFillFactor);
            }

            e.Property(x => x.FlowId).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.TriggerKind).HasMaxLength(20);
            e.Property(x => x.CorrelationId).HasMaxLength(200);
            e.Property(x => x.IdempotencyKey).HasMaxLength(300);
            e.Property(x => x.ErrorCategory).HasMaxLength(20);
            e.Property(x => x.ErrorCode).HasMaxLength(100);
            e.Property(x => x.ErrorStepPath).HasMaxLength(500);
            e.Property(x => x.LeaseOwner).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();

            // The idempotency guarantee: one run per (flow, key), enforced by the database under concurrency.
            e.HasIndex(x => new { x.FlowId, x.IdempotencyKey }).IsUnique();
            e.HasIndex(x => new { x.Status, x.WakeAt });
            e.HasIndex(x => new { x.FlowId, x.CreatedAt });
            e.HasIndex(x => x.CreatedAt);
            e.HasIndex(x => x.CorrelationId);

            // Only subflow runs have a parent: the others add no entry to this index when inserted or updated.
            e.HasIndex(x => x.ParentRunId).HasFilter("\"ParentRunId\" IS NOT NULL");
        });
        modelBuilder.Entity<RunStepEntity>(e =>
        {
            e.ToTable("run_steps");
            e.HasKey(x => new { x.RunId, x.Generation, x.StepPath, x.Attempt });
            if (postgres)
            {
                e.HasStorageParameter("fillfactor", JournalFillFactor);
            }

            e.Property(x => x.StepPath).HasMaxLength(500);
            e.Property(x => x.StepId).HasMaxLength(100);
            e.Property(x => x.Kind).HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ErrorCategory).HasMaxLength(20);
            e.HasOne<RunEntity>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RunKeyEntity>(e =>
        {
            e.ToTable("run_keys");
            e.HasKey(x => new { x.RunId, x.Name });
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Value).HasMaxLength(300);
            e.HasIndex(x => x.Value);
            e.HasIndex(x => new { x.Name, x.Value });
            e.HasOne<RunEntity>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<EventEntity>(e =>
        {
            e.ToTable("events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(300);
            e.Property(x => x.Type).HasMaxLength(100);
            e.Property(x => x.CorrelationKey).HasMaxLength(300);
            e.Property(x => x.Source).HasMaxLength(300);
            e.HasIndex(x => new { x.Type, x.CorrelationKey, x.ReceivedAt });
            e.HasIndex(x => x.DispatchedAt);
            e.HasIndex(x => x.KeepUntil);
        });
        modelBuilder.Entity<EventConsumptionEntity>(e =>
        {
            e.ToTable("event_consumptions");
            e.HasKey(x => new { x.EventId, x.RunId });
            e.Property(x => x.EventId).HasMaxLength(300);
        });
        modelBuilder.Entity<BulkOperationEntity>(e =>
        {
            e.ToTable("bulk_operations");
            e.HasKey(x => x.Id);
            e.Property(x => x.Action).HasMaxLength(20);
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
        });
        modelBuilder.Entity<BookmarkEntity>(e =>
        {
            e.ToTable("bookmarks");
            e.HasKey(x => new { x.RunId, x.StepPath });
            e.Property(x => x.StepPath).HasMaxLength(500);
            e.Property(x => x.EventType).HasMaxLength(100);
            e.Property(x => x.CorrelationKey).HasMaxLength(300);
            e.HasIndex(x => new { x.EventType, x.CorrelationKey });
            e.HasOne<RunEntity>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
