using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Storage.Runs;

/// <summary>
/// One SQL statement with positional parameters (<c>$1</c>, <c>$2</c>, ...) whose single result is a count. It keeps
/// the values rather than Npgsql parameter objects, so the same statement can be sent in a batch and, when the batch
/// fails, again on its own.
/// </summary>
internal sealed class PostgresStatement
{
    private readonly List<(object? Value, NpgsqlDbType Type)> _parameters = [];

    /// <summary>Gets or sets the SQL text.</summary>
    public string Sql { get; set; } = string.Empty;

    /// <summary>Adds a parameter; its placeholder.</summary>
    public string Add(object? value, NpgsqlDbType type)
    {
        _parameters.Add((value, type));
        return "$" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A new batch command with fresh parameters.</summary>
    public NpgsqlBatchCommand ToBatchCommand()
    {
        var command = new NpgsqlBatchCommand(Sql);
        foreach (var (value, type) in _parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = type, Value = value ?? DBNull.Value });
        }

        return command;
    }
}
