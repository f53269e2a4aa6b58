using System.Text;
using BudgetGraph.Api.Http;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>Which response heads the connection middleware rewrites: Kestrel's own refusals only.</summary>
public sealed class ServerRejectionsTests
{
    private const string KestrelRefusal = "HTTP/1.1 400 Bad Request\r\nConnection: close\r\nDate: Sun, 06 Dec 2026 02:12:01 GMT\r\nContent-Length: 0\r\n\r\n";

    [Fact]
    public void KestrelsRefusal_GetsTheJsonBody_AndKeepsItsStatusLineAndDate()
    {
        var rewritten = Encoding.UTF8.GetString(ServerRejections.Rewrite(Encoding.ASCII.GetBytes(KestrelRefusal))!);

        const string body = """{"errors":[{"message":"The server could not read the HTTP request: its request line, headers or framing are malformed.","extensions":{"code":"BAD_REQUEST"}}]}""";
        Assert.Equal("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nDate: Sun, 06 Dec 2026 02:12:01 GMT\r\n"
            + "Content-Type: application/json; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\nX-Frame-Options: DENY\r\nReferrer-Policy: no-referrer\r\n"
            + "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\nContent-Length: " + body.Length + "\r\n\r\n" + body, rewritten);
    }

    [Theory]
    [InlineData("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\nX-Content-Type-Options: nosniff\r\n\r\n")] // the application's answer
    [InlineData("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nDate: x\r\n\r\n")] // kept alive: not a refusal
    [InlineData("HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")]
    [InlineData("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n")] // a head not written whole
    [InlineData("{\"data\":{\"x\":\"HTTP/1.1 400 \"}}")] // a body
    public void AnythingElse_PassesUntouched(string written) =>
        Assert.Null(ServerRejections.Rewrite(Encoding.ASCII.GetBytes(written)));

    [Theory]
    [InlineData(413, "REQUEST_TOO_LARGE", "The request body is larger than the server accepts.")]
    [InlineData(414, "BAD_REQUEST", "The request's URL is longer than the server accepts.")]
    [InlineData(418, "BAD_REQUEST", "The server refused the HTTP request (status 418).")]
    [InlineData(505, "BAD_REQUEST", "The request's HTTP version is not supported; use HTTP/1.1.")]
    public void EachStatus_HasItsCodeAndMessage(int status, string code, string message)
    {
        Assert.Equal(code, ServerRejections.CodeOf(status));
        Assert.Equal(message, ServerRejections.MessageOf(status));
    }
}
