using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Entente.Storage;

/// <summary>
/// Writes many new records of one type at once, now, in the unit of work's transaction, without the change tracker.
/// </summary>
/// <remarks>
/// Entity Framework's SQLite provider sends one command per added row. On `entente ingest` of the 300 ToTA treaties
/// that was about a fifth of the writer's time for the 66,000 clause, clause-text and search rows, and the search rows
/// cost far more than the others: SQLite's full-text index (kept by a trigger) writes its pending terms out at the end
/// of every statement, so one statement per row wrote one index segment per row (docs/benchmarks.md, session 10).
/// Here rows whose keys are wanted go through one prepared command, re-bound per row, reading the generated key back;
/// rows whose keys are not wanted go many to a statement. The SQL and the column values are the model's (column
/// names, type mappings and their converters), so the rows are stored exactly as a save would store them, on SQLite
/// and PostgreSQL alike.
/// </remarks>
internal static class BulkInsert
{
    /// <summary>Bound values per statement at most (SQLite's default limit is 32,766; PostgreSQL's 65,535).</summary>
    private const int MaxParameters = 300;

    /// <summary>Inserts the new, untracked <paramref name="rows"/> and sets each one's generated key.</summary>
    public static Task InsertAsync<T>(EntenteDb db, IReadOnlyList<T> rows, CancellationToken ct) where T : class =>
        RunAsync(db, rows, readKeys: true, ct);

    /// <summary>Inserts the new, untracked <paramref name="rows"/>, many to a statement; their generated keys stay unset.</summary>
    public static Task InsertWithoutKeysAsync<T>(EntenteDb db, IReadOnlyList<T> rows, CancellationToken ct) where T : class =>
        RunAsync(db, rows, readKeys: false, ct);

    private static async Task RunAsync<T>(EntenteDb db, IReadOnlyList<T> rows, bool readKeys, CancellationToken ct) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var shape = Shape.Of(db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model."));
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var oneByOne = readKeys && shape.GeneratedKey is not null;
            var perStatement = oneByOne ? 1 : Math.Max(1, MaxParameters / shape.Columns.Count);
            for (var start = 0; start < rows.Count; start += perStatement)
            {
                var count = Math.Min(perStatement, rows.Count - start);
                await using var command = Prepare(db, shape, count, oneByOne);
                if (oneByOne)
                {
                    // One statement re-bound for every row: prepared once, the key read back each time.
                    await command.PrepareAsync(ct);
                    for (var i = start; i < rows.Count; i++)
                    {
                        Bind(command, shape, rows[i], 0);
                        var key = await command.ExecuteScalarAsync(ct);
                        shape.GeneratedKey!.PropertyInfo!.SetValue(rows[i], Convert.ChangeType(key, shape.GeneratedKey.ClrType, CultureInfo.InvariantCulture));
                    }

                    return;
                }

                for (var i = 0; i < count; i++)
                {
                    Bind(command, shape, rows[start + i], i);
                }

                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A command inserting <paramref name="rows"/> rows, its parameters typed by the model's mappings.</summary>
    private static DbCommand Prepare(EntenteDb db, Shape shape, int rows, bool readKey)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var sql = new StringBuilder(shape.Insert);
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? " VALUES (" : ", (");
            for (var i = 0; i < shape.Columns.Count; i++)
            {
                var name = $"@p{(row * shape.Columns.Count) + i}";
                sql.Append(i == 0 ? name : $", {name}");
                var column = shape.Columns[i];
                command.Parameters.Add(column.Mapping.CreateParameter(command, name, null, column.Property.IsNullable));
            }

            sql.Append(')');
        }

        if (readKey)
        {
            sql.Append(shape.Returning);
        }

        command.CommandText = sql.Append(';').ToString();
        return command;
    }

    /// <summary>Sets the parameters of the <paramref name="index"/>th row of the command to <paramref name="row"/>'s values, as stored.</summary>
    private static void Bind(DbCommand command, Shape shape, object row, int index)
    {
        for (var i = 0; i < shape.Columns.Count; i++)
        {
            var column = shape.Columns[i];
            var value = column.Property.GetGetter().GetClrValueUsingContainingEntity(row);
            if (value is not null && column.Mapping.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            command.Parameters[(index * shape.Columns.Count) + i].Value = value ?? DBNull.Value;
        }
    }

    /// <summary>An entity type's INSERT, built once from the model: its table, its written columns, its generated key.</summary>
    private sealed record Shape(string Insert, string Returning, IReadOnlyList<Column> Columns, IProperty? GeneratedKey)
    {
        private static readonly ConcurrentDictionary<IEntityType, Shape> s_shapes = new();

        public static Shape Of(IEntityType type) => s_shapes.GetOrAdd(type, Build);

        private static Shape Build(IEntityType type)
        {
            var table = StoreObjectIdentifier.Table(type.GetTableName() ?? throw new InvalidOperationException($"{type.Name} has no table."), type.GetSchema());
            if (type.GetComplexProperties().Any() || type.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
            {
                throw new NotSupportedException($"{type.Name} has owned or complex parts, which a bulk insert does not write.");
            }

            var generated = type.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } key] ? key : null;
            var columns = type.GetProperties()
                .Where(p => p != generated)
                .Select(p => p.IsShadowProperty()
                    ? throw new NotSupportedException($"{type.Name}.{p.Name} is a shadow property, which a bulk insert cannot read.")
                    : new Column(p, p.GetRelationalTypeMapping()))
                .ToList();
            var names = string.Join(", ", columns.Select(c => Quote(c.Property.GetColumnName(table)!)));
            var tableName = type.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(table.Name)}" : Quote(table.Name);
            var returning = generated is null ? string.Empty : $" RETURNING {Quote(generated.GetColumnName(table)!)}";
            return new Shape($"INSERT INTO {tableName} ({names})", returning, columns, generated);
        }

        private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping);
}
