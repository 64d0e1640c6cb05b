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
        var client = factory.CreateClient();

        await client.IngestAsync(Pages.Numbered(7201));
        var request = await WaitForAsync(() => factory.Spans.FirstOrDefault(s =>
            s.Kind == ActivityKind.Server && s.GetTagItem("url.path") as string == "/api/v1/documents" && s.GetTagItem("http.request.method") as string == "POST"));
        var trace = factory.Spans.Where(s => s.TraceId == request.TraceId).ToList();
        var byId = trace.ToDictionary(s => s.SpanId);

        Assert.Equal(default, request.ParentSpanId);
        Assert.Contains(trace, s => s.DisplayName == "ingest page");
        Assert.Contains(trace, s => s.DisplayName == "parse and extract");
        var database = trace.Where(s => s.Source.Name == "Npgsql").ToList();
        Assert.True(database.Count >= 3, $"{database.Count} database spans under the ingest");
        Assert.Contains(database, s => (s.GetTagItem("db.query.text") ?? s.GetTagItem("db.statement")) is string sql && sql.Contains("INSERT", StringComparison.OrdinalIgnoreCase));
        // Every span of the trace hangs from the request's span: one tree, one root.
        Assert.All(trace, span =>
        {
            var current = span;
            while (current.ParentSpanId != default)
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
