using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrationHub.Storage.Migrations.Sqlite
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

            migrationBuilder.CreateIndex(
                name: "IX_runs_ParentRunId",
                table: "runs",
                column: "ParentRunId");
        }
    }
}
