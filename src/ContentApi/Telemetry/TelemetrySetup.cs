using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ContentApi.Telemetry;

/// <summary>The telemetry settings (section <c>Telemetry</c>); README and docs/operations.md list them.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>OpenTelemetry as a whole: metrics, traces and their exporters. Off only to measure what it costs.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where traces, metrics and logs go over OTLP; empty: nowhere (the standard OTEL_EXPORTER_OTLP_ENDPOINT also counts).</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Record traces; default: when an OTLP endpoint is set, since without an exporter they would go nowhere.</summary>
    public bool? Traces { get; set; }

    /// <summary>The share of traces kept, from 0 to 1, for the root of a trace (a parent's decision is followed).</summary>
    public double TraceSampleRatio { get; set; } = 1.0;

    public PrometheusOptions Prometheus { get; set; } = new();
}

/// <summary>Where <c>GET /metrics</c> answers.</summary>
public sealed class PrometheusOptions
{
    /// <summary>Serve <c>/metrics</c>; default: in Development only, so a public deployment never shows it by accident.</summary>
    public bool? Enabled { get; set; }

    /// <summary>When set, <c>/metrics</c> answers only on connections to this local port (add it to the URLs the server listens on).</summary>
    public int? Port { get; set; }
}

internal static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// The product's meter, and OpenTelemetry over it, ASP.NET Core and Npgsql: metrics for Prometheus and OTLP, traces
    /// for OTLP; with an OTLP endpoint the logs go there too.
    /// </summary>
    public static WebApplicationBuilder AddContentTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<ContentMetrics>();
        var options = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName)
            .Validate(o => o.TraceSampleRatio is >= 0 and <= 1 && o.Prometheus.Port is null or > 0 and < 65536, "Telemetry:TraceSampleRatio must be within 0..1 and Telemetry:Prometheus:Port a port number.")
            .ValidateOnStart();
        if (!options.Enabled)
        {
            return builder;
        }

        var otlpEndpoint = string.IsNullOrWhiteSpace(options.OtlpEndpoint) ? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] : options.OtlpEndpoint;
        var otlp = !string.IsNullOrWhiteSpace(otlpEndpoint);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ContentMetrics.MeterName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(ContentMetrics.MeterName)
                    // http.server.request.duration and the rest of ASP.NET Core's own meters, but for the per-request
                    // instruments nobody here reads (DroppedInstruments).
                    .AddAspNetCoreInstrumentation()
                    .AddView(DroppedInstruments.Select)
                    // Connection pools, command durations and counts.
                    .AddNpgsqlInstrumentation()
                    // The runtime's own meter: GC, thread pool, exceptions.
                    .AddMeter("System.Runtime");
                if (PrometheusEnabled(options, builder.Environment))
                {
                    // One scraper per instance: a cached answer (300 ms by default) would only hide a scrape's own recent requests.
                    metrics.AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
                }
            });
        if (options.Traces ?? otlp)
        {
            telemetry.WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(options.TraceSampleRatio)))
                .AddSource(ContentTracing.Source.Name)
                .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = context => !IsOperational(context.Request.Path))
                .AddNpgsql());
        }

        if (otlp)
        {
            telemetry.WithLogging(_ => { }, logging => logging.IncludeScopes = true);
            // Without our own setting the exporter reads the standard OTEL_EXPORTER_OTLP_* variables (protocol, headers).
            if (string.IsNullOrWhiteSpace(options.OtlpEndpoint))
            {
                telemetry.UseOtlpExporter();
            }
            else
            {
                telemetry.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(options.OtlpEndpoint));
            }
        }

        return builder;
    }

    /// <summary>
    /// <c>GET /metrics</c> in the Prometheus text format, when enabled: ahead of the rate limiter, the output cache
    /// and the API's routes, and with a port set only on connections to that port.
    /// </summary>
    public static WebApplication UseContentMetricsEndpoint(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value;
        if (!options.Enabled || !PrometheusEnabled(options, app.Environment))
        {
            return app;
        }

        var port = options.Prometheus.Port;
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path == MetricsPath && (port is null || context.Connection.LocalPort == port));
        return app;
    }

    private static bool PrometheusEnabled(TelemetryOptions options, IHostEnvironment environment) =>
        options.Prometheus.Enabled ?? environment.IsDevelopment();

    // Probes and scrapes come every few seconds and say nothing about the API: no traces for them.
    private static bool IsOperational(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments(MetricsPath);
}
