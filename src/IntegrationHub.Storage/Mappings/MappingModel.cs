using IntegrationHub.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Mappings;

/// <summary>Tables of mapping documents (versioned like flows) and lookup tables.</summary>
internal static class MappingModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MappingEntity>(e =>
        {
            e.ToTable("mappings");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(100);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.HasMany(x => x.Versions).WithOne(v => v.Mapping).HasForeignKey(v => v.MappingId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MappingVersionEntity>(e =>
        {
            e.ToTable("mapping_versions");
            e.HasKey(x => new { x.MappingId, x.Version });
            e.Property(x => x.MappingId).HasMaxLength(100);
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.ContentHash).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.SourceSchema).HasMaxLength(100);
            e.Property(x => x.TargetSchema).HasMaxLength(100);
            e.Property(x => x.Source).HasMaxLength(300);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.Property(x => x.PublishedBy).HasMaxLength(200);
            e.Property(x => x.RetiredBy).HasMaxLength(200);
            e.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();

            // The runtime asks for the latest published version of a mapping on every map step.
            e.HasIndex(x => new { x.MappingId, x.Status, x.Version });
        });
        modelBuilder.Entity<LookupTableEntity>(e =>
        {
            e.ToTable("lookup_tables");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(100);
            e.Property(x => x.ContentHash).HasMaxLength(64);
            e.Property(x => x.ImportedHash).HasMaxLength(64);
            e.Property(x => x.Description).HasMaxLength(500);
            e.Property(x => x.Source).HasMaxLength(300);
            e.Property(x => x.UpdatedBy).HasMaxLength(200);
            e.Property(x => x.Revision).IsConcurrencyToken();
        });
    }
}
