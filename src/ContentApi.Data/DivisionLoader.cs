using ContentApi.Text.Places;
using Npgsql;
using NpgsqlTypes;

namespace ContentApi.Data;

/// <summary>
/// Loads the divisions table (db/0010) from the text library's embedded reference file, so that the database and
/// the extractor read one list. Runs after the migrations; a table already holding the same number of divisions is
/// left alone, a different one (a newer file) is replaced.
/// </summary>
internal static class DivisionLoader
{
    public static async Task LoadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var divisions = DivisionTable.Default.Divisions;
        await using (var count = new NpgsqlCommand("SELECT count(*) FROM divisions", connection))
        {
            if ((long)(await count.ExecuteScalarAsync(cancellationToken))! == divisions.Count)
            {
                return;
            }
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var clear = new NpgsqlCommand("DELETE FROM divisions", connection, transaction))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        // Parents precede their children in the file, as the foreign key needs.
        await using (var copy = await connection.BeginBinaryImportAsync("COPY divisions (code, parent_code, level, name, short_name) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var division in divisions)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(division.Code, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(division.ParentCode, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(division.Level, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(division.Name, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(division.ShortName, NpgsqlDbType.Text, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
