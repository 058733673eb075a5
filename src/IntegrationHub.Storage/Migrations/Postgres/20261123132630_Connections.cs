using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrationHub.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Connections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_connections",
                table: "connections");

            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "connections");

            migrationBuilder.DropColumn(
                name: "Description",
                table: "connections");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "connections");

            migrationBuilder.RenameColumn(
                name: "ConcurrencyStamp",
                table: "connections",
                newName: "Id");

            migrationBuilder.AlterColumn<string>(
                name: "ProtectedSecrets",
                table: "connections",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AllowedHosts",
                table: "connections",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NormalizedName",
                table: "connections",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "connections",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddPrimaryKey(
                name: "PK_connections",
                table: "connections",
                column: "Id");

            migrationBuilder.CreateTable(
                name: "connector_state",
                columns: table => new
                {
                    Scope = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_connector_state", x => new { x.Scope, x.Key });
                });

            migrationBuilder.CreateIndex(
                name: "IX_connections_NormalizedName",
                table: "connections",
                column: "NormalizedName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "connector_state");

            migrationBuilder.DropPrimaryKey(
                name: "PK_connections",
                table: "connections");

            migrationBuilder.DropIndex(
                name: "IX_connections_NormalizedName",
                table: "connections");

            migrationBuilder.DropColumn(
                name: "AllowedHosts",
                table: "connections");

            migrationBuilder.DropColumn(
                name: "NormalizedName",
                table: "connections");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "connections");

            migrationBuilder.RenameColumn(
                name: "Id",
                table: "connections",
                newName: "ConcurrencyStamp");

            migrationBuilder.AlterColumn<string>(
                name: "ProtectedSecrets",
                table: "connections",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "connections",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "connections",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "connections",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_connections",
                table: "connections",
                column: "Name");
        }
    }
}
