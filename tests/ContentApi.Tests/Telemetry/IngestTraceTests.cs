using System.Collections.Concurrent;
using System.Diagnostics;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace ContentApi.Tests.Telemetry;

/// <summary>The spans of an ingest, as an in-process exporter receives them from the service's tracer.</summary>
public sealed class IngestTraceTests(IngestTraceTests.Factory factory) : IClassFixture<IngestTraceTests.Factory>
{
    /// <summary>Traces on (they are off by default without an OTLP endpoint), into a list.</summary>
    public sealed class Factory : ContentApiFactory
    {
        public ConcurrentQueue<Activity> Spans { get; } = new();

        protected override IEnumerable<(string Key, string Value)> Settings => [("Telemetry:Traces", "true")];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(new SpanList(Spans))));
        }
    }

    [Fact]
    public async Task AnIngestIsOneTraceWithItsParseAndDatabaseSpansUnderTheRequest()
    {
        // The tracer sees every test host of the process; the ingest is told apart by a trace id of the test's own.
        var traceId = ActivityTraceId.CreateRandom();
        var caller = ActivitySpanId.CreateRandom();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("traceparent", $"00-{traceId.ToHexString()}-{caller.ToHexString()}-01");

        await client.IngestAsync(Pages.Numbered(7201));
        var request = await WaitForAsync(() => factory.Spans.FirstOrDefault(s => s.TraceId == traceId && s.Kind == ActivityKind.Server));
        var trace = factory.Spans.Where(s => s.TraceId == traceId).ToList();
        var byId = trace.ToDictionary(s => s.SpanId);

        Assert.Equal(caller, request.ParentSpanId);
        Assert.Equal("POST", request.GetTagItem("http.request.method"));
        Assert.Contains(trace, s => s.DisplayName == "ingest page");
        Assert.Contains(trace, s => s.DisplayName == "parse and extract");
        var database = trace.Where(s => s.Source.Name == "Npgsql").ToList();
        Assert.True(database.Count >= 3, $"{database.Count} database spans under the ingest");
        Assert.Contains(database, s => (s.GetTagItem("db.query.text") ?? s.GetTagItem("db.statement")) is string sql && sql.Contains("INSERT", StringComparison.OrdinalIgnoreCase));
        // Every span of the trace hangs from the request's span: one tree, one root below the caller.
        Assert.All(trace, span =>
        {
            var current = span;
            while (current.ParentSpanId != caller)
            {
                Assert.True(byId.TryGetValue(current.ParentSpanId, out current), $"{span.DisplayName}'s parent is not in the trace");
            }

            Assert.Same(request, current);
        });
    }

    private static async Task<Activity> WaitForAsync(Func<Activity?> find)
    {
        // The server span ends, and is exported, just after the response has been sent.
        for (var i = 0; i < 100; i++)
        {
            if (find() is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The request's span was never exported.");
    }

    /// <summary>The in-memory exporter writes to an ICollection; this one is safe for the exporter and the test together.</summary>
    private sealed class SpanList(ConcurrentQueue<Activity> queue) : ICollection<Activity>
    {
        public int Count => queue.Count;

        public bool IsReadOnly => false;

        public void Add(Activity item) => queue.Enqueue(item);

        public void Clear() => queue.Clear();

        public bool Contains(Activity item) => queue.Contains(item);

        public void CopyTo(Activity[] array, int arrayIndex) => queue.CopyTo(array, arrayIndex);

        public bool Remove(Activity item) => throw new NotSupportedException();

        public IEnumerator<Activity> GetEnumerator() => queue.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
