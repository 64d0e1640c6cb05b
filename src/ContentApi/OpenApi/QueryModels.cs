using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// The query records an endpoint binds with <c>[AsParameters]</c>: each of their properties is one query parameter,
/// so a filter can reach a parameter's property (its doc comment, its allowed values) through them.
/// </summary>
internal static class QueryModels
{
    public static IEnumerable<(OpenApiParameter Parameter, Type Model, PropertyInfo Property)> ParametersOf(OpenApiOperation operation, OperationFilterContext context)
    {
        var models = context.MethodInfo.GetParameters().Where(p => p.IsDefined(typeof(AsParametersAttribute))).Select(p => p.ParameterType);
        foreach (var model in models)
        {
            foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (QueryParameter(operation, property.Name) is { } parameter)
                {
                    yield return (parameter, model, property);
                }
            }
        }
    }

    /// <summary>The query parameter of that name, compared as the binder compares: ignoring case.</summary>
    public static OpenApiParameter? QueryParameter(OpenApiOperation operation, string name) =>
        operation.Parameters?.OfType<OpenApiParameter>()
            .FirstOrDefault(p => p.In == ParameterLocation.Query && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
