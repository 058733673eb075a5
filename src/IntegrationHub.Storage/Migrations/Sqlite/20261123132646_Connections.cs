using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrationHub.Storage.Migrations.Sqlite
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
                newName: "AllowedHosts");

            migrationBuilder.AlterColumn<string>(
                name: "ProtectedSecrets",
                table: "connections",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Id",
                table: "connections",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "NormalizedName",
                table: "connections",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "connections",
                type: "INTEGER",
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
                    Scope = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "Id",
                table: "connections");

            migrationBuilder.DropColumn(
                name: "NormalizedName",
                table: "connections");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "connections");

            migrationBuilder.RenameColumn(
                name: "AllowedHosts",
                table: "connections",
                newName: "ConcurrencyStamp");

            migrationBuilder.AlterColumn<string>(
                name: "ProtectedSecrets",
                table: "connections",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "connections",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "connections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "connections",
                type: "TEXT",
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
