using System.Security.Cryptography;
using System.Text;
using BudgetGraph.Api.Caching;
using BudgetGraph.Ingest;
using BudgetGraph.Ingest.Load;
using BudgetGraph.Ingest.Staging;
using BudgetGraph.Warehouse;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Admin;

/// <summary>
/// <c>POST /admin/import?file=&lt;name&gt;</c>: imports one document (its text as the body) into the warehouse.
/// The GraphQL schema stays read-only; this endpoint is the only way to write over HTTP (the CLI is the local way).
/// <list type="bullet">
/// <item>Enabled only when an API key is configured: <c>Admin:ApiKey</c> or the environment variable
/// <c>BUDGETGRAPH_ADMIN_API_KEY</c>. Without one the endpoint is not mapped (404). The key never lives in the repository.</item>
/// <item><c>Authorization: Bearer &lt;key&gt;</c>: none → 401 with <c>WWW-Authenticate</c>; a wrong key → 403. Keys are
/// compared as SHA-256 hashes with <see cref="CryptographicOperations.FixedTimeEquals"/>, so neither the time taken nor
/// the key's length tells an attacker how much of a guess was right.</item>
/// <item>A document the importer refuses → 422 with the importer's message (nothing changed); success → 200 with what
/// was imported.</item>
/// <item>Every import that reaches the warehouse (after authorization and staging) advances the
/// <see cref="WarehouseGeneration"/>, which empties the response cache: the next query reads the warehouse as the
/// import left it.</item>
/// </list>
/// </summary>
public static class AdminImportEndpoint
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = "/admin/import";

    /// <summary>The configuration key of the API key.</summary>
    public const string ApiKeySetting = "Admin:ApiKey";

    /// <summary>The environment variable of the API key (read when <see cref="ApiKeySetting"/> is absent).</summary>
    public const string ApiKeyVariable = "BUDGETGRAPH_ADMIN_API_KEY";

    /// <summary>The largest document accepted, in bytes (the published documents are about 40 KB).</summary>
    public const int MaxDocumentBytes = BudgetGraph.Ingest.Staging.DocumentStager.MaxDocumentBytes;

    /// <summary>The configured API key, or null when importing over HTTP is disabled.</summary>
    public static string? ApiKey(IConfiguration configuration)
    {
        var key = configuration[ApiKeySetting];
        if (string.IsNullOrEmpty(key))
        {
            key = configuration[ApiKeyVariable] ?? Environment.GetEnvironmentVariable(ApiKeyVariable);
        }
        return string.IsNullOrEmpty(key) ? null : key;
    }

    /// <summary>Maps the endpoint when an API key is configured; otherwise maps nothing.</summary>
    public static IEndpointRouteBuilder MapAdminImport(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        var key = ApiKey(configuration);
        if (key is null)
        {
            return endpoints;
        }
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        endpoints.MapPost(Path, (Delegate)((HttpContext context) => HandleAsync(context, expected))).WithDisplayName("Admin import");
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, byte[] expectedHash)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || authorization.Length == scheme.Length)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"BudgetGraph admin\"";
            return Problem(StatusCodes.Status401Unauthorized, "An API key is required: send Authorization: Bearer <key>.");
        }
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim()));
        if (!CryptographicOperations.FixedTimeEquals(given, expectedHash))
        {
            return Problem(StatusCodes.Status403Forbidden, "The API key is not valid.");
        }

        var file = context.Request.Query["file"].ToString();
        if (file.Length == 0 || file != System.IO.Path.GetFileName(file) || !file.EndsWith(".txt", StringComparison.Ordinal))
        {
            return Problem(StatusCodes.Status400BadRequest, "Expected the query parameter file=<name>.txt naming the document (no directory).");
        }
        if (context.Request.ContentLength > MaxDocumentBytes)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"The document is larger than {MaxDocumentBytes} bytes.");
        }
        var bytes = await ReadBoundedAsync(context.Request.Body, context.RequestAborted);
        if (bytes is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"The document is larger than {MaxDocumentBytes} bytes.");
        }

        try
        {
            var staged = DocumentStager.Stage(file, bytes);
            var contexts = context.RequestServices.GetRequiredService<IDbContextFactory<WarehouseDbContext>>();
            ImportResult result;
            try
            {
                result = await new WarehouseImporter(contexts.CreateDbContext).LoadAsync(staged, context.RequestAborted);
            }
            finally
            {
                // Also after a failure: whatever the importer did or did not write, answers kept from before are
                // not trusted any longer (emptying the cache costs only re-execution).
                context.RequestServices.GetService<WarehouseGeneration>()?.Advance();
            }
            return Results.Json(new
            {
                file = result.FileName,
                kind = result.Kind.ToString(),
                department = result.DepartmentCode,
                year = result.Year,
                facts = result.FactCount,
                replaced = result.Replaced,
            });
        }
        catch (ImportRefusedException refused)
        {
            return Results.Json(new { error = refused.Message, file = refused.File, line = refused.Line, expected = refused.Expected },
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }

    /// <summary>The body, or null when it exceeds <see cref="MaxDocumentBytes"/> (read no further than one byte past it).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxDocumentBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static IResult Problem(int status, string message) => Results.Json(new { error = message }, statusCode: status);
}
