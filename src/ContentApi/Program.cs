using ContentApi;
using ContentApi.Articles;
using ContentApi.Benchmarks;
using ContentApi.Caching;
using ContentApi.Corrections;
using ContentApi.Desk;
using ContentApi.Documents;
using ContentApi.Health;
using ContentApi.Infrastructure;
using ContentApi.Places;
using ContentApi.Security;
using ContentApi.Replicas;
using ContentApi.Series;
using ContentApi.Statistics;
using ContentApi.Telemetry;
using Microsoft.Extensions.Options;

if (args is ["--health-probe"])
{
    return await HealthProbe.RunAsync();
}

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

// The database: the configured one, or in Development a private PostgreSQL started from the local binaries.
builder.AddContentDatabase();
builder.Services.AddContentFeatures(builder.Configuration);
builder.Services.AddHostedService<SampleContent>();
// Metrics (Prometheus at /metrics, OTLP), traces and the product's own meter: ContentApi.Telemetry.
builder.AddContentTelemetry();

// JSON through source-generated code; errors as RFC 9457 problem details, with nothing internal in them.
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ClientErrorExceptionHandler>();
builder.Services.AddExceptionHandler<DatabaseExceptionHandler>();

// API keys for writes, request budgets per client, and limits on what a request may ask for.
builder.Services.AddContentSecurity();
builder.Services.AddContentRateLimiting();
builder.Services.AddOptions<RequestLimitOptions>().BindConfiguration(RequestLimitOptions.SectionName);

builder.Services.AddContentCaching();
builder.Services.AddContentCors(builder.Configuration);
builder.Services.AddContentCompression();
builder.Services.AddContentHealthChecks();
builder.Services.AddContentOpenApi();

var app = builder.Build();

app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseContentMetricsEndpoint();
app.UseQueryStringLimits(app.Services.GetRequiredService<IOptions<RequestLimitOptions>>().Value.MaxQueryStringLength, RequestLimitOptions.Repeatable);
app.UseResponseCompression();
// The editor's desk (desk/): static files at /, beside /api and /swagger.
app.UseDesk();
app.UseCors();
app.UseRateLimitHeaders();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseReadYourWrites();
app.UseOutputCache();

app.UseContentOpenApi();
app.MapHealth();
app.MapDocuments();
app.MapArticles();
app.MapStatistics();
app.MapPlaces();
app.MapSeries();
app.MapCorrections();
// The in-memory ceiling of the HTTP benchmarks, only when Benchmark:Ceiling is set (bench/load.sh).
app.MapBenchmarkCeiling();

try
{
    await app.RunAsync();
}
catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
{
    // The database is unreachable or refuses the credentials at start-up (the migrations): the host has logged it
    // ("Hosting failed to start", with what PostgreSQL said); exit 1 without the runtime's second stack trace.
    return 1;
}

return 0;

/// <summary>The entry point, public so that the integration tests' WebApplicationFactory can name it.</summary>
public partial class Program;
