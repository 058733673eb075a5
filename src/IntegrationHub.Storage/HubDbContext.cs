using IntegrationHub.Storage.Entities;
using IntegrationHub.Storage.Mappings;
using IntegrationHub.Storage.Runs;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage;

/// <summary>
/// The hub's store: one model for both providers. Each provider has its own subclass only so that it
/// can carry its own migrations (<see cref="PostgresHubDbContext"/>, <see cref="SqliteHubDbContext"/>).
/// </summary>
public abstract class HubDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<FlowEntity> Flows => Set<FlowEntity>();

    public DbSet<FlowVersionEntity> FlowVersions => Set<FlowVersionEntity>();

    public DbSet<UserEntity> Users => Set<UserEntity>();

    public DbSet<ApiKeyEntity> ApiKeys => Set<ApiKeyEntity>();

    public DbSet<ConnectionEntity> Connections => Set<ConnectionEntity>();

    public DbSet<ConnectorStateEntity> ConnectorState => Set<ConnectorStateEntity>();

    public DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();

    public DbSet<RunEntity> Runs => Set<RunEntity>();

    public DbSet<RunStepEntity> RunSteps => Set<RunStepEntity>();

    public DbSet<RunKeyEntity> RunKeys => Set<RunKeyEntity>();

    public DbSet<EventEntity> Events => Set<EventEntity>();

    public DbSet<EventConsumptionEntity> EventConsumptions => Set<EventConsumptionEntity>();

    public DbSet<BookmarkEntity> Bookmarks => Set<BookmarkEntity>();

    public DbSet<BulkOperationEntity> BulkOperations => Set<BulkOperationEntity>();

    public DbSet<MappingEntity> Mappings => Set<MappingEntity>();

    public DbSet<MappingVersionEntity> MappingVersions => Set<MappingVersionEntity>();

    public DbSet<LookupTableEntity> LookupTables => Set<LookupTableEntity>();

    /// <inheritdoc />
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<FlowEntity>(e =>
        {
            e.ToTable("flows");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(100);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.HasMany(x => x.Versions).WithOne(v => v.Flow).HasForeignKey(v => v.FlowId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<FlowVersionEntity>(e =>
        {
            e.ToTable("flow_versions");
            e.HasKey(x => new { x.FlowId, x.Version });
            e.Property(x => x.FlowId).HasMaxLength(100);
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.ContentHash).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.TriggerKinds).HasMaxLength(200);
            e.Property(x => x.Source).HasMaxLength(300);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.Property(x => x.PublishedBy).HasMaxLength(200);
            e.Property(x => x.RetiredBy).HasMaxLength(200);
            e.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
            e.HasIndex(x => new { x.FlowId, x.Status });
        });
        modelBuilder.Entity<UserEntity>(e =>
        {
            e.ToTable("users");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserName).HasMaxLength(100);
            e.HasIndex(x => x.UserName).IsUnique();
            e.Property(x => x.Roles).HasMaxLength(200);
            e.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        });
        modelBuilder.Entity<ApiKeyEntity>(e =>
        {
            e.ToTable("api_keys");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Prefix).HasMaxLength(20);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.HasIndex(x => x.Hash).IsUnique();
            e.HasIndex(x => x.Prefix);
            e.Property(x => x.Roles).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
        });
        modelBuilder.Entity<ConnectionEntity>(e =>
        {
            e.ToTable("connections");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.NormalizedName).HasMaxLength(100);
            e.HasIndex(x => x.NormalizedName).IsUnique();
            e.Property(x => x.Connector).HasMaxLength(100);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<ConnectorStateEntity>(e =>
        {
            e.ToTable("connector_state");
            e.HasKey(x => new { x.Scope, x.Key });
            e.Property(x => x.Scope).HasMaxLength(200);
            e.Property(x => x.Key).HasMaxLength(300);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<AuditEntryEntity>(e =>
        {
            e.ToTable("audit_log");
            e.HasKey(x => x.Id);
            e.Property(x => x.Actor).HasMaxLength(200);
            e.Property(x => x.ActorKind).HasMaxLength(20);
            e.Property(x => x.Action).HasMaxLength(100);
            e.Property(x => x.Target).HasMaxLength(300);
            e.Property(x => x.Outcome).HasMaxLength(50);
            e.Property(x => x.CorrelationId).HasMaxLength(100);
            e.HasIndex(x => x.At);
            e.HasIndex(x => new { x.Action, x.Target });
        });
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        RunModel.Configure(modelBuilder, Database.IsNpgsql());
        MappingModel.Configure(modelBuilder);
    }
}
