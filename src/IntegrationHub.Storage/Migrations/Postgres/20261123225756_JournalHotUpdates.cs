using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrationHub.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class JournalHotUpdates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_runs_ParentRunId",
                table: "runs");

            migrationBuilder.AlterTable(
                name: "runs")
                .Annotation("Npgsql:StorageParameter:fillfactor", 80);

            migrationBuilder.AlterTable(
                name: "run_steps")
                .Annotation("Npgsql:StorageParameter:fillfactor", 80);

            migrationBuilder.CreateIndex(
                name: "IX_runs_ParentRunId",
                table: "runs",
                column: "ParentRunId",
                filter: "\"ParentRunId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_runs_ParentRunId",
                table: "runs");

            migrationBuilder.AlterTable(
                name: "runs")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 80);

            migrationBuilder.AlterTable(
                name: "run_steps")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 80);

            migrationBuilder.CreateIndex(
                name: "IX_runs_ParentRunId",
                table: "runs",
                column: "ParentRunId");
        }
    }
}
