using ContentApi.Http;

namespace ContentApi.Statistics;

/// <summary>
/// A page of JSON items of statistics and the pooled buffer their stored bodies were read into: disposed once the
/// response is written (<c>HttpResponse.RegisterForDispose</c>), which gives the buffer back.
/// </summary>
internal sealed class StatisticPage : List<StatisticItem>, IDisposable
{
    // A page of 50 (about 1 KB a body) fits at once; one of 100 grows once.
    private const int InitialBodyBytes = 64 * 1024;

    public PooledBytes Bodies { get; } = new(InitialBodyBytes);

    public void Dispose() => Bodies.Dispose();
}
