using System.Data;
using Dapper;

namespace ContentApi.Data;

/// <summary>
/// Maps PostgreSQL <c>date</c> to <see cref="DateOnly"/> in Dapper, which otherwise reads it as a DateTime.
/// Npgsql writes DateOnly parameters as <c>date</c> itself.
/// </summary>
internal sealed class DateOnlyTypeHandler : SqlMapper.TypeHandler<DateOnly>
{
    public override DateOnly Parse(object value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        _ => throw new DataException($"Cannot read a {value.GetType().Name} as a date."),
    };

    public override void SetValue(IDbDataParameter parameter, DateOnly value)
    {
        parameter.DbType = DbType.Date;
        parameter.Value = value;
    }
}
