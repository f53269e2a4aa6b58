using System.Security.Cryptography;
using System.Text;
using BudgetGraph.Api.Caching;
using BudgetGraph.Api.Observability;
using BudgetGraph.Api.Reliability;
using BudgetGraph.Ingest;
using BudgetGraph.Ingest.Load;
using BudgetGraph.Ingest.Staging;
using BudgetGraph.Warehouse;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Admin;

/// <summary>
/// <c>POST /admin/import?file=&lt;name&gt;</c>: imports one document (its text, or the published PDF, as the body) into the warehouse.
/// The GraphQL schema stays read-only; this endpoint is the only way to write over HTTP (the CLI is the local way).
/// <list type="bullet">
/// <item>Enabled only when an API key is configured: <c>Admin:ApiKey</c> or the environment variable
/// <c>BUDGETGRAPH_ADMIN_API_KEY</c>. Without one the endpoint is not mapped (404). The key never lives in the repository.</item>
/// <item>Too many wrong keys from one address lock it out for a while: 429 with <c>Retry-After</c> (<see cref="AdminLockout"/>).
/// Every refusal and import is written to the audit log (<see cref="AdminAuditLog"/>), never the key.</item>
/// <item><c>Authorization: Bearer &lt;key&gt;</c>: none → 401 with <c>WWW-Authenticate</c>; a wrong key → 403. Keys are
/// compared as SHA-256 hashes with <see cref="CryptographicOperations.FixedTimeEquals"/>, so neither the time taken nor
/// the key's length tells an attacker how much of a guess was right.</item>
/// <item>A document the importer refuses → 422 with the importer's message (nothing changed); success → 200 with what
/// was imported.</item>
/// <item>Every import that reaches the warehouse (after authorization and staging) advances the
/// <see cref="WarehouseGeneration"/>, which empties the response cache (with Redis, every replica's): the next query
/// reads the warehouse as the import left it.</item>
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

    /// <summary>The largest document accepted, in bytes (the published texts are about 40 KB, their PDFs about 1 MB): the importer's one limit.</summary>
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

    /// <summary>The setting of the wrong keys allowed per window and address (<see cref="AdminLockout"/>).</summary>
    public const string MaxFailedAttemptsSetting = "Admin:MaxFailedAttempts";

    /// <summary>The setting of the window wrong keys are counted in (<see cref="AdminLockout"/>).</summary>
    public const string FailureWindowSetting = "Admin:FailureWindow";

    /// <summary>The refusal of a file name that is not a plain document name (<see cref="IsPlainFileName"/>).</summary>
    public const string FileNameMessage =
        "Expected the query parameter file=<name>.txt or <name>.pdf: a plain name of letters, digits, '.', '_' and '-' "
        + "(no directory, no drive, no \"..\", at most 255 bytes).";

    /// <summary>Maps the endpoint when an API key is configured; otherwise maps nothing.</summary>
    public static IEndpointRouteBuilder MapAdminImport(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        var key = ApiKey(configuration);
        if (key is null)
        {
            return endpoints;
        }
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var lockout = new AdminLockout(endpoints.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System,
            configuration.GetValue(MaxFailedAttemptsSetting, 10), configuration.GetValue(FailureWindowSetting, TimeSpan.FromMinutes(15)));
        if (lockout.MaxFailures <= 0 || lockout.Window <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{MaxFailedAttemptsSetting} and {FailureWindowSetting} must be positive.");
        }
        var audit = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(AdminAuditLog.Category);
        endpoints.MapPost(Path, (Delegate)((HttpContext context) => HandleAsync(context, expected, lockout, audit))).WithDisplayName("Admin import");
        return endpoints;
    }

    /// <summary>
    /// Whether <paramref name="file"/> is a plain document name: 1 to 255 UTF-8 bytes of letters and digits (any script,
    /// so Chinese names pass), '.', '_' and '-'; not starting with '.', no "..", ending in <c>.txt</c> or <c>.pdf</c>. So
    /// no path separator of any system, no drive (<c>C:</c>), no control character, no stream name (<c>a.txt:b</c>) — the
    /// name is stored as the document's provenance and shown to users, never used as a path, but it must read as a name.
    /// </summary>
    public static bool IsPlainFileName(string file) =>
        file.Length > 0 && Encoding.UTF8.GetByteCount(file) <= 255 && file[0] != '.' && !file.Contains("..", StringComparison.Ordinal)
        && file.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-')
        && (file.EndsWith(".txt", StringComparison.Ordinal) || file.EndsWith(".pdf", StringComparison.Ordinal));

    private static async Task<IResult> HandleAsync(HttpContext context, byte[] expectedHash, AdminLockout lockout, ILogger audit)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (lockout.LockedFor(client) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            AdminAuditLog.LockedOut(audit, client, seconds);
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problem(StatusCodes.Status429TooManyRequests,
                $"Too many wrong API keys from this address; try again in {seconds} seconds.");
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || authorization.Length == scheme.Length)
        {
            AdminAuditLog.KeyMissing(audit, client);
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"BudgetGraph admin\"";
            return Problem(StatusCodes.Status401Unauthorized, "An API key is required: send Authorization: Bearer <key>.");
        }
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim()));
        if (!CryptographicOperations.FixedTimeEquals(given, expectedHash))
        {
            AdminAuditLog.KeyRejected(audit, client, lockout.Fail(client), lockout.MaxFailures, lockout.Window);
            return Problem(StatusCodes.Status403Forbidden, "The API key is not valid.");
        }
        lockout.Succeed(client);

        var file = context.Request.Query["file"].ToString();
        if (context.Request.Query["file"].Count != 1 || !IsPlainFileName(file))
        {
            return Problem(StatusCodes.Status400BadRequest, FileNameMessage);
        }
        if (context.Request.ContentLength > MaxDocumentBytes)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"The document is larger than {MaxDocumentBytes} bytes.");
        }
        byte[]? bytes;
        try
        {
            bytes = await ReadBoundedAsync(context.Request.Body, context.RequestAborted);
        }
        catch (IOException e) when (!context.RequestAborted.IsCancellationRequested)
        {
            // A malformed chunked body: Kestrel's BadHttpRequestException (an IOException), or a bare IOException for a chunk size
            // that overflows its arithmetic.
            return Problem(StatusCodes.Status400BadRequest, "The request body could not be read: " + e.Message);
        }
        if (bytes is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"The document is larger than {MaxDocumentBytes} bytes.");
        }

        try
        {
            // A PDF is told by its header bytes; a body declared a PDF (by its name or Content-Type) must be one.
            var declaredPdf = file.EndsWith(".pdf", StringComparison.Ordinal)
                || context.Request.ContentType?.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase) == true;
            var staged = DocumentStager.Stage(SourceDocument.Read(file, bytes, declaredPdf), bytes);
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
                // With Redis, every replica's (WarehouseGeneration.AdvanceAsync), before this answer goes out.
                await (context.RequestServices.GetService<WarehouseGeneration>()?.AdvanceAsync() ?? Task.CompletedTask);
            }
            AdminAuditLog.Imported(audit, result.FileName, client, result.Kind.ToString(), result.DepartmentCode, result.Year,
                result.FactCount, result.Replaced);
            context.RequestServices.GetRequiredService<BudgetGraphMetrics>().Imported(result.FactCount);
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
            AdminAuditLog.ImportRefused(audit, file, client, refused.Message);
            return Results.Json(new { error = refused.Message, file = refused.File, line = refused.Line, page = refused.Page, expected = refused.Expected },
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }
        catch (Exception e) when (DatabaseOutage.For(e) is not null)
        {
            return DatabaseOutage.JsonAnswer(e, context)!; // disk full (507), unavailable or damaged (503): rolled back
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
