using System.IO.Compression;
using ContentApi.ArticleBodies;
using ContentApi.ArticleText;
using ContentApi.Articles;
using ContentApi.Corrections;
using ContentApi.Data;
using ContentApi.Data.Corrections;
using ContentApi.Documents;
using ContentApi.MetricKeys;
using ContentApi.Paging;
using ContentApi.Places;
using ContentApi.Series;
using ContentApi.Statistics;
using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.ResponseCompression;

namespace ContentApi.Infrastructure;

internal static class ServiceSetup
{
    /// <summary>The features' stores, the ingest, the validators, and the settings they read.</summary>
    public static IServiceCollection AddContentFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.SectionName)
            .Validate(o => o.MaxBodyBytes > 0 && o.MaxTextLength > 0 && o.ParseBudgetSeconds > 0 && o.MaxPdfBytes > 0 && o.MaxPdfPages > 0, "Ingest limits must be positive.").ValidateOnStart();
        services.AddSingleton<PageParsing>();
        services.AddSingleton<DocumentIngest>();
        services.AddSingleton<DocumentRequestReader>();
        services.AddSingleton<PageInputReader>();
        services.AddSingleton<DocumentStore>();
        services.AddSingleton<TotalCounts>();
        services.AddSingleton<ArticleStore>();
        services.AddSingleton<ArticleBodyStore>();
        services.AddSingleton<ArticleBodyCache>();
        services.AddOptions<ArticleBodyOptions>().BindConfiguration(ArticleBodyOptions.SectionName)
            .Validate(o => o.BatchSize > 0 && o.PollInterval > TimeSpan.Zero, "ArticleBodies:BatchSize and PollInterval must be positive.").ValidateOnStart();
        // After the migrations' hosted service (AddContentDatabase), which creates its tables.
        services.AddHostedService<ArticleBodyRenderer>();
        services.AddOptions<MetricKeysOptions>().BindConfiguration(MetricKeysOptions.SectionName)
            .Validate(o => o.PollInterval > TimeSpan.Zero, "MetricKeys:PollInterval must be positive.").ValidateOnStart();
        services.AddHostedService<MetricKeysRefresher>();
        services.AddSingleton<ArticleTextStore>();
        services.AddOptions<ArticleTextOptions>().BindConfiguration(ArticleTextOptions.SectionName)
            .Validate(o => o.BatchSize > 0, "ArticleText:BatchSize must be positive.").ValidateOnStart();
        services.AddHostedService<ArticleTextRewriter>();
        services.AddSingleton<StatisticStore>();
        services.AddSingleton<StatisticBodyCache>();
        services.AddSingleton<PlaceStore>();
        services.AddSingleton<SeriesStore>();
        services.AddSingleton<SeriesPointCache>();
        services.AddSingleton<CorrectionStore>();
        services.AddSingleton(sp => new DocumentReextractor(sp.GetRequiredService<ContentDataSources>().Write));

        // Error keys and messages name parameters as clients write them: pageSize, not PageSize or "Page Size".
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy(member.Name);
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy(member.Name);
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }

    /// <summary>CORS for browser apps: origins from configuration; the paging and caching headers exposed to scripts.</summary>
    public static IServiceCollection AddContentCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(options => options.AddDefaultPolicy(policy =>
        {
            if (origins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(origins);
            }

            policy.WithMethods("GET", "HEAD", "POST", "DELETE", "PATCH")
                .WithHeaders("Authorization", "Content-Type", "If-None-Match", "X-Api-Key", "X-Min-Data-Version", "If-Match")
                .WithExposedHeaders("ETag", "Link", "X-Total-Count", "X-Data-Version", "Retry-After", "Location")
                .SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
        return services;
    }

    public static IServiceCollection AddContentCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "text/csv"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    private static string JsonNamingPolicy(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}
