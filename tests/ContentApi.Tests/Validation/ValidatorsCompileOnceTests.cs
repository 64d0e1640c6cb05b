using System.Runtime;
using ContentApi.Articles;
using ContentApi.Series;
using ContentApi.Statistics;
using FluentValidation;

namespace ContentApi.Tests.Validation;

/// <summary>
/// The validators are singletons that run on every request: once warm, validating must make no new code. A rule that
/// compiled an expression in its condition made a dynamic method at every validation, which the JIT then compiled: on
/// the statistics list under load the JIT took 0.6 s of CPU a second (docs/benchmarks.md).
/// </summary>
public sealed class ValidatorsCompileOnceTests
{
    public static TheoryData<string> Queries => ["statistics", "articles", "series"];

    [Theory]
    [MemberData(nameof(Queries))]
    public void AWarmValidatorCompilesNoCodeWhenItValidates(string query)
    {
        Action validate = query switch
        {
            "statistics" => Validating(new StatisticQueryValidator(), new StatisticQuery { Place = "红桥区", Category = ["volunteers"], Year = 2023 }),
            "articles" => Validating(new ArticleQueryValidator(), new ArticleQuery { Place = "120106" }),
            _ => Validating(new SeriesQueryValidator(), new SeriesQuery { MetricKey = "注册志愿者", Place = "12" }),
        };
        validate();
        validate();

        // Methods compiled on this thread only: other tests running at the same time compile on theirs.
        var before = JitInfo.GetCompiledMethodCount(currentThread: true);
        for (var i = 0; i < 100; i++)
        {
            validate();
        }

        var compiled = JitInfo.GetCompiledMethodCount(currentThread: true) - before;
        Assert.True(compiled < 10, $"100 validations of a {query} query compiled {compiled} methods");
    }

    private static Action Validating<T>(IValidator<T> validator, T value) => () => validator.Validate(value);
}
