using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Gives the requests Kestrel refuses by itself — before any middleware runs: a malformed request line, headers too
/// large (431), a URL too long (414), headers too slow (408), … — a JSON body in the API's error shape instead of an
/// empty one: <c>{"errors":[{"message":…,"extensions":{"code":"BAD_REQUEST"}}]}</c>, with <c>Content-Type:
/// application/json; charset=utf-8</c> and the security headers every other response has. The status line stays
/// Kestrel's.
/// </summary>
/// <remarks>
/// ASP.NET Core has no hook for these answers (Kestrel writes them itself), so a connection middleware recognises them
/// as they are written: a whole response head in one write, status 4xx or 505, <c>Content-Length: 0</c>,
/// <c>Connection: close</c>, and none of the headers the application's middleware puts on every response it answers
/// (<see cref="SecurityHeaders"/>' <c>X-Content-Type-Options</c>). Anything else passes through untouched, and a
/// rejection written in two pieces (possible only after earlier responses on the same connection) keeps its empty body.
/// Plain HTTP/1.1 only: behind TLS the middleware sees encrypted bytes and changes nothing.
/// </remarks>
public static class ServerRejections
{
    /// <summary>The message of a refusal with this status.</summary>
    public static string MessageOf(int status) => status switch
    {
        400 => "The server could not read the HTTP request: its request line, headers or framing are malformed.",
        408 => "The request's headers did not arrive in time.",
        411 => "The request has a body but neither Content-Length nor Transfer-Encoding: chunked.",
        413 => "The request body is larger than the server accepts.",
        414 => "The request's URL is longer than the server accepts.",
        431 => "The request's headers are larger than the server accepts.",
        505 => "The request's HTTP version is not supported; use HTTP/1.1.",
        _ => $"The server refused the HTTP request (status {status}).",
    };

    /// <summary>The code of a refusal with this status: REQUEST_TOO_LARGE for 413, else BAD_REQUEST.</summary>
    public static string CodeOf(int status) => status == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.RequestTooLarge : ErrorCodes.BadRequest;

    /// <summary>Adds the connection middleware to every Kestrel endpoint.</summary>
    public static IServiceCollection AddServerRejectionBodies(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(options => options.ConfigureEndpointDefaults(listen => listen.Use(next => connection =>
        {
            connection.Transport = new Transport(connection.Transport);
            return next(connection);
        })));

    /// <summary>The response that replaces <paramref name="head"/> when it is one of Kestrel's rejections, else null.</summary>
    internal static byte[]? Rewrite(ReadOnlySpan<byte> head)
    {
        if (!head.StartsWith("HTTP/1.1 "u8) || head.Length < 12 || !head.EndsWith("\r\n\r\n"u8)
            || !char.IsAsciiDigit((char)head[9]) || !char.IsAsciiDigit((char)head[10]) || !char.IsAsciiDigit((char)head[11]))
        {
            return null;
        }

        var status = (head[9] - '0') * 100 + (head[10] - '0') * 10 + (head[11] - '0');
        if (status is < 400 or > 505 or (> 499 and < 505))
        {
            return null;
        }

        var text = Encoding.ASCII.GetString(head);
        if (!text.Contains("\r\nContent-Length: 0\r\n", StringComparison.OrdinalIgnoreCase)
            || !text.Contains("\r\nConnection: close\r\n", StringComparison.OrdinalIgnoreCase)
            || text.Contains("\r\nX-Content-Type-Options:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var body = Body(status);
        var rewritten = new StringBuilder(text.Length + 256);
        foreach (var line in text[..^4].Split("\r\n"))
        {
            if (!line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                rewritten.Append(line).Append("\r\n");
            }
        }

        rewritten.Append("Content-Type: application/json; charset=utf-8\r\n")
            .Append("X-Content-Type-Options: nosniff\r\nX-Frame-Options: DENY\r\nReferrer-Policy: no-referrer\r\n")
            .Append("Content-Security-Policy: ").Append(SecurityHeaders.DataPolicy).Append("\r\n")
            .Append("Content-Length: ").Append(body.Length).Append("\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(rewritten.ToString()), .. body];
    }

    private static byte[] Body(int status)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", MessageOf(status));
            writer.WriteStartObject("extensions");
            writer.WriteString("code", CodeOf(status));
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private sealed class Transport(IDuplexPipe inner) : IDuplexPipe
    {
        public PipeReader Input { get; } = inner.Input;

        public PipeWriter Output { get; } = new Writer(inner.Output);
    }

    /// <summary>Passes every write through, looking at what each <see cref="Advance"/> commits.</summary>
    private sealed class Writer(PipeWriter inner) : PipeWriter
    {
        private Memory<byte> _lent;

        public override Memory<byte> GetMemory(int sizeHint = 0) => _lent = inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public override void Advance(int bytes)
        {
            // A rejection's head is small; a body write (or anything larger) is never looked into beyond its first bytes.
            if (bytes is > 12 and < 4096 && Rewrite(_lent.Span[..bytes]) is { } response)
            {
                _lent = default;
                inner.Write(response); // over the same, still uncommitted, bytes
                return;
            }

            inner.Advance(bytes);
        }

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes;
    }
}
