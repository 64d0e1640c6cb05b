using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Validation;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ContentApi.Http;

/// <summary>
/// <c>fields=id,title</c> on a list: each item keeps only the named properties (Ghost's <c>fields</c>, WordPress's
/// <c>_fields</c>). The names were validated against the item's fields by the query's validator.
/// </summary>
internal static class SparseFields
{
    public static RouteHandlerBuilder WithSparseFields(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var fields = context.HttpContext.Request.Query["fields"].ToString();
            if (string.IsNullOrWhiteSpace(fields) || result is not IValueHttpResult { Value: { } value } || result is IStatusCodeHttpResult { StatusCode: not 200 })
            {
                return result;
            }

            var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var keep = ValidationRules.SplitList(fields).ToHashSet(StringComparer.Ordinal);
            var envelope = JsonSerializer.SerializeToNode(value, value.GetType(), options)!.AsObject();
            foreach (var item in envelope["items"]!.AsArray())
            {
                var properties = item!.AsObject();
                foreach (var name in properties.Select(p => p.Key).Where(name => !keep.Contains(name)).ToList())
                {
                    properties.Remove(name);
                }
            }

            return TypedResults.Json(envelope, options);
        });
}
