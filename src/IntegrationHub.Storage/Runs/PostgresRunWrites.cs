using System.Text;
using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Storage.Entities;
using NpgsqlTypes;

namespace IntegrationHub.Storage.Runs;

/// <summary>
/// The two writes every run makes, as single statements on PostgreSQL: creating a run (with its business keys and
/// the idempotency check) and a journal commit (the lease compare-and-set on the run, its step records and business
/// keys). Each is one round trip and one implicit transaction: the data-modifying parts are common table
/// expressions that only write when the run's part matched, so a lost lease or a duplicate key writes nothing.
/// The rows are the same as the EF Core path writes (<see cref="RunMapper"/>); commits that touch events,
/// bookmarks, child runs or input overrides keep that path. The statements are built here and executed by
/// <see cref="PostgresWriteBatcher"/>, which sends the writes of concurrent runs together (group commit).
/// </summary>
internal static class PostgresRunWrites
{
    private const string StepColumns = "\"RunId\", \"Generation\", \"StepPath\", \"Attempt\", \"StepId\", \"Kind\", \"Status\", \"Input\", \"Output\", \"ErrorCategory\", \"ErrorMessage\", \"StartedAt\", \"CompletedAt\"";

    private const string StepUpdates = "\"StepId\" = EXCLUDED.\"StepId\", \"Kind\" = EXCLUDED.\"Kind\", \"Status\" = EXCLUDED.\"Status\", \"Input\" = EXCLUDED.\"Input\", \"Output\" = EXCLUDED.\"Output\", \"ErrorCategory\" = EXCLUDED.\"ErrorCategory\", \"ErrorMessage\" = EXCLUDED.\"ErrorMessage\", \"StartedAt\" = EXCLUDED.\"StartedAt\", \"CompletedAt\" = EXCLUDED.\"CompletedAt\"";

    /// <summary>Whether the commit has only the parts this path writes (the run, step records, business keys).</summary>
    public static bool Handles(RunCommit commit)
    {
        var finished = commit.Status is RunStatus.Succeeded or RunStatus.Failed or RunStatus.Cancelled;
        return commit.ClearInputOverrides.Count == 0
            && commit.PublishEvents.Count == 0
            && commit.AddBookmarks.Count == 0
            && commit.RemoveBookmarks.Count == 0
            && commit.ConsumeEvents.Count == 0
            && commit.StartRuns.Count == 0
            && (!finished || commit.HasNoBookmarks);
    }

    /// <summary>The insert of a run and its keys unless a run of the flow has its idempotency key; its result is 1 when inserted, 0 for a duplicate.</summary>
    public static PostgresStatement InsertRun(RunEntity run, IReadOnlyList<RunKeyEntity> keys)
    {
        var command = new PostgresStatement();
        var sql = new StringBuilder("WITH r AS (INSERT INTO runs (");
        var values = new StringBuilder();
        var first = true;
        void Column(string name, object? value, NpgsqlDbType type)
        {
            sql.Append(first ? string.Empty : ", ").Append('"').Append(name).Append('"');
            values.Append(first ? string.Empty : ", ").Append(Parameter(command, value, type));
            first = false;
        }

        Column("Id", run.Id, NpgsqlDbType.Uuid);
        Column("FlowId", run.FlowId, NpgsqlDbType.Varchar);
        Column("FlowVersion", run.FlowVersion, NpgsqlDbType.Integer);
        Column("Status", run.Status.ToString(), NpgsqlDbType.Varchar);
        Column("TriggerKind", run.TriggerKind, NpgsqlDbType.Varchar);
        Column("Input", run.Input, NpgsqlDbType.Text);
        Column("CorrelationId", run.CorrelationId, NpgsqlDbType.Varchar);
        Column("IdempotencyKey", run.IdempotencyKey, NpgsqlDbType.Varchar);
        Column("Generation", run.Generation, NpgsqlDbType.Integer);
        Column("Output", run.Output, NpgsqlDbType.Text);
        Column("Response", run.Response, NpgsqlDbType.Text);
        Column("ErrorCategory", run.ErrorCategory, NpgsqlDbType.Varchar);
        Column("ErrorMessage", run.ErrorMessage, NpgsqlDbType.Text);
        Column("ErrorCode", run.ErrorCode, NpgsqlDbType.Varchar);
        Column("ErrorStepPath", run.ErrorStepPath, NpgsqlDbType.Varchar);
        Column("InputOverrides", run.InputOverrides, NpgsqlDbType.Text);
        Column("AttemptFloors", run.AttemptFloors, NpgsqlDbType.Text);
        Column("ParentRunId", run.ParentRunId, NpgsqlDbType.Uuid);
        Column("WakeAt", Utc(run.WakeAt), NpgsqlDbType.TimestampTz);
        Column("CancelRequested", run.CancelRequested, NpgsqlDbType.Boolean);
        Column("LeaseOwner", run.LeaseOwner, NpgsqlDbType.Varchar);
        Column("LeaseExpiresAt", Utc(run.LeaseExpiresAt), NpgsqlDbType.TimestampTz);
        Column("CreatedAt", Utc(run.CreatedAt), NpgsqlDbType.TimestampTz);
        Column("UpdatedAt", Utc(run.UpdatedAt), NpgsqlDbType.TimestampTz);
        Column("CompletedAt", Utc(run.CompletedAt), NpgsqlDbType.TimestampTz);
        Column("Version", run.Version, NpgsqlDbType.Bigint);
        sql.Append(") VALUES (").Append(values).Append(") ON CONFLICT (\"FlowId\", \"IdempotencyKey\") DO NOTHING RETURNING \"Id\")");
        AppendKeys(sql, command, "r", keys.Select(k => (k.Name, k.Value)).ToList());
        sql.Append(" SELECT count(*) FROM r");
        command.Sql = sql.ToString();
        return command;
    }

    /// <summary>A journal commit that writes only while the run is leased by the commit's owner; its result is 1 when written, 0 when the lease is lost (nothing written).</summary>
    public static PostgresStatement Commit(RunCommit commit, DateTimeOffset now)
    {
        var command = new PostgresStatement();
        var sql = new StringBuilder("WITH u AS (UPDATE runs SET ");
        void Set(string column, object? value, NpgsqlDbType type) =>
            sql.Append('"').Append(column).Append("\" = ").Append(Parameter(command, value, type)).Append(", ");

        if (commit.Status is { } status)
        {
            Set("Status", status.ToString(), NpgsqlDbType.Varchar);
            Set("WakeAt", Utc(commit.WakeAt), NpgsqlDbType.TimestampTz);
            if (status is RunStatus.Succeeded or RunStatus.Failed or RunStatus.Cancelled)
            {
                Set("CompletedAt", Utc(now), NpgsqlDbType.TimestampTz);
                Set("Output", RunMapper.Text(commit.Output), NpgsqlDbType.Text);
            }

            if (status == RunStatus.Failed && commit.Error is { } error)
            {
                Set("ErrorCategory", error.Category.ToWireName(), NpgsqlDbType.Varchar);
                Set("ErrorMessage", RunMapper.Truncate(error.Message, 4000), NpgsqlDbType.Text);
                Set("ErrorCode", error.Code, NpgsqlDbType.Varchar);
                Set("ErrorStepPath", error.StepPath, NpgsqlDbType.Varchar);
            }
            else if (status == RunStatus.Cancelled && commit.Error is { } reason)
            {
                Set("ErrorMessage", reason.Message, NpgsqlDbType.Text);
            }
            else
            {
                sql.Append("\"ErrorCategory\" = NULL, \"ErrorMessage\" = NULL, \"ErrorCode\" = NULL, \"ErrorStepPath\" = NULL, ");
            }
        }

        if (commit.Response is not null)
        {
            Set("Response", commit.Response.ToJsonString(), NpgsqlDbType.Text);
        }

        if (commit.ReleaseLease)
        {
            sql.Append("\"LeaseOwner\" = NULL, \"LeaseExpiresAt\" = NULL, \"CancelRequested\" = FALSE, ");
        }

        Set("UpdatedAt", Utc(now), NpgsqlDbType.TimestampTz);
        sql.Append("\"Version\" = \"Version\" + 1 WHERE \"Id\" = ")
            .Append(Parameter(command, commit.RunId, NpgsqlDbType.Uuid))
            .Append(" AND \"LeaseOwner\" = ")
            .Append(Parameter(command, commit.LeaseOwner, NpgsqlDbType.Varchar))
            .Append(" RETURNING \"Id\")");
        AppendSteps(sql, command, commit);
        AppendKeys(sql, command, "u", commit.BusinessKeys.Select(k => (k.Key, RunMapper.Truncate(k.Value, 300)!)).ToList());
        sql.Append(" SELECT count(*) FROM u");
        command.Sql = sql.ToString();
        return command;
    }

    /// <summary>Every step record of the commit as one upsert (the last record wins when one attempt appears twice).</summary>
    private static void AppendSteps(StringBuilder sql, PostgresStatement command, RunCommit commit)
    {
        var steps = commit.Steps.Concat(commit.InsertSteps).Concat(commit.UpdateSteps)
            .GroupBy(s => (s.Generation, s.StepPath, s.Attempt))
            .Select(g => RunMapper.NewStep(g.Last()))
            .ToList();
        if (steps.Count == 0)
        {
            return;
        }

        sql.Append(", s AS (INSERT INTO run_steps (").Append(StepColumns).Append(") SELECT u.\"Id\", v.* FROM u CROSS JOIN (VALUES ");
        for (var i = 0; i < steps.Count; i++)
        {
            var s = steps[i];
            sql.Append(i == 0 ? "(" : ", (")
                .Append(Parameter(command, s.Generation, NpgsqlDbType.Integer)).Append(", ")
                .Append(Parameter(command, s.StepPath, NpgsqlDbType.Varchar)).Append(", ")
                .Append(Parameter(command, s.Attempt, NpgsqlDbType.Integer)).Append(", ")
                .Append(Parameter(command, s.StepId, NpgsqlDbType.Varchar)).Append(", ")
                .Append(Parameter(command, s.Kind, NpgsqlDbType.Varchar)).Append(", ")
                .Append(Parameter(command, s.Status.ToString(), NpgsqlDbType.Varchar)).Append(", ")
                .Append(Parameter(command, s.Input, NpgsqlDbType.Text)).Append(", ")
                .Append(Parameter(command, s.Output, NpgsqlDbType.Text)).Append(", ")
                .Append(Parameter(command, s.ErrorCategory, NpgsqlDbType.Varchar)).Append(", ")
                .Append(Parameter(command, s.ErrorMessage, NpgsqlDbType.Text)).Append(", ")
                .Append(Parameter(command, Utc(s.StartedAt), NpgsqlDbType.TimestampTz)).Append(", ")
                .Append(Parameter(command, Utc(s.CompletedAt), NpgsqlDbType.TimestampTz)).Append(')');
        }

        sql.Append(") AS v ON CONFLICT (\"RunId\", \"Generation\", \"StepPath\", \"Attempt\") DO UPDATE SET ").Append(StepUpdates).Append(')');
    }

    private static void AppendKeys(StringBuilder sql, PostgresStatement command, string source, IReadOnlyList<(string Name, string Value)> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        sql.Append(", k AS (INSERT INTO run_keys (\"RunId\", \"Name\", \"Value\") SELECT ").Append(source).Append(".\"Id\", v.n, v.v FROM ").Append(source).Append(" CROSS JOIN (VALUES ");
        for (var i = 0; i < keys.Count; i++)
        {
            sql.Append(i == 0 ? "(" : ", (")
                .Append(Parameter(command, keys[i].Name, NpgsqlDbType.Varchar)).Append(", ")
                .Append(Parameter(command, keys[i].Value, NpgsqlDbType.Varchar)).Append(')');
        }

        sql.Append(") AS v(n, v) ON CONFLICT (\"RunId\", \"Name\") DO UPDATE SET \"Value\" = EXCLUDED.\"Value\")");
    }

    private static string Parameter(PostgresStatement command, object? value, NpgsqlDbType type) => command.Add(value, type);

    private static DateTimeOffset? Utc(DateTimeOffset? value) => value?.ToUniversalTime();
}
