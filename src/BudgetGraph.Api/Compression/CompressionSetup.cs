using System.IO.Compression;
using BudgetGraph.Api.Http;
using Microsoft.AspNetCore.ResponseCompression;

namespace BudgetGraph.Api.Compression;

/// <summary>
/// Brotli and gzip response compression for GraphQL responses (both JSON media types) and the usual text
/// types, chosen by the request's Accept-Encoding. Enabled for HTTPS too: responses hold public budget
/// figures and never a secret next to attacker-chosen text, so compression side channels (BREACH)
/// reveal nothing.
/// </summary>
public static class CompressionSetup
{
    /// <summary>Registers the compression providers, at the fastest level (answers are small and frequent).</summary>
    public static IServiceCollection AddGraphQLCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append(GraphQLMediaTypes.GraphQLResponseJson);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
