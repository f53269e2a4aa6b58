using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BudgetGraph.Warehouse;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Explorer;

/// <summary>
/// The source viewer: <c>GET /source/{fileName}?lines=N</c> (or <c>lines=A-B</c>) shows an imported
/// document's text, every line numbered and anchored (<c>#L12</c>), the cited lines highlighted, with
/// the document's title, department, year and kind. Every <c>source.url</c> of the API points here.
/// </summary>
/// <remarks>
/// Invariants: the text shown is exactly the text the figures were read from. The file is looked up
/// by the Documents row's file name in the configured sources directory (<c>Warehouse:Sources</c>) and
/// shown only when its SHA-256 equals the row's; otherwise (no row, no file, other bytes) the answer is
/// 404 with a page saying which. Only names of Documents rows are ever opened, so a request cannot
/// reach another file. Lines are numbered as the importer numbers them (UTF-8, CRLF as LF, 1-based).
/// </remarks>
public static partial class SourceViewerEndpoints
{
    /// <summary>The path prefix of the viewer.</summary>
    public const string PathPrefix = "/source";

    /// <summary>Maps <c>GET /source/{fileName}</c>.</summary>
    public static IEndpointConventionBuilder MapSourceViewer(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(PathPrefix + "/{fileName}", [HttpMethods.Get, HttpMethods.Head],
                async (string fileName, string? lines, WarehouseDbContext db, WarehouseSettings settings, CancellationToken ct) =>
                {
                    var document = await db.Documents.AsNoTracking().Where(d => d.FileName == fileName)
                        .Select(d => new { d.FileName, d.Title, d.Year, d.Kind, d.Sha256, Department = d.Department!.Name })
                        .FirstOrDefaultAsync(ct);
                    if (document is null)
                    {
                        return NotFound(fileName, $"No imported document is named {fileName}.");
                    }

                    var path = settings.SourcesDirectory is { } dir ? Path.Combine(dir, document.FileName) : null;
                    if (path is null || Path.GetFileName(document.FileName) != document.FileName || !File.Exists(path))
                    {
                        return NotFound(fileName, $"The text of {document.Title} ({fileName}) is not in the sources directory of this server.");
                    }

                    var bytes = await File.ReadAllBytesAsync(path, ct);
                    var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
                    if (sha != document.Sha256)
                    {
                        return NotFound(fileName,
                            $"The file {fileName} in the sources directory is not the document that was imported "
                            + $"(SHA-256 {sha}, imported {document.Sha256}): its lines may not be the cited ones, so it is not shown.");
                    }

                    // The lines exactly as the importer numbered them (the one line splitter; a PDF's text layer read the
                    // same way), so a cited line is the line shown.
                    var source = Ingest.SourceDocument.Read(document.FileName, bytes);
                    var text = source.Texts;
                    var (from, to) = ParseLines(lines, text.Length);
                    if (from > 0 && from == to)
                    {
                        from = SentenceStart(text, from);
                    }
                    var kind = document.Kind == Warehouse.Dimensions.DocumentKind.Evaluation ? "绩效评价报告 (evaluation report)" : "部门预算 (department budget)";
                    return Results.Content(Page(document.Title, document.Department, document.Year, kind, document.FileName, sha, text, from, to,
                        from > 0 ? source.PageOf(from) : null),
                        "text/html; charset=utf-8");
                })
            .WithDisplayName("Source viewer");

    /// <summary>
    /// The cited range of <c>lines</c>: "12" or "10-12", clamped to the document; (0, -1) (nothing
    /// highlighted) when absent or malformed.
    /// </summary>
    internal static (int From, int To) ParseLines(string? lines, int count)
    {
        var match = LinesPattern().Match(lines ?? "");
        if (!match.Success)
        {
            return (0, -1);
        }

        var from = int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture);
        var to = match.Groups["to"].Success ? int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture) : from;
        return from < 1 || to < from || from > count ? (0, -1) : (from, Math.Min(to, count));
    }

    /// <summary>
    /// Where the sentence ending at 1-based <paramref name="line"/> starts. Citations name the line where a
    /// row or sentence ENDS; a sentence of prose wrapped over several lines (with blank lines between, as
    /// the PDF extraction leaves them) is highlighted whole. Walks back over blank lines and wrapped prose
    /// lines; stops after a line ending a sentence (。；！？:：), at a table-like line (tabs or column gaps),
    /// a short line (a heading) or after six lines of text. For a table row it returns the line itself.
    /// </summary>
    internal static int SentenceStart(IReadOnlyList<string> text, int line)
    {
        var start = line;
        var taken = 0;
        for (var i = line - 2; i >= 0 && taken < 6; i--)
        {
            var l = text[i].Trim();
            if (l.Length == 0)
            {
                continue;
            }

            if (l.Length < 12 || "。；！？:：".Contains(l[^1], StringComparison.Ordinal) || TableLike().IsMatch(text[i]) || TableLike().IsMatch(text[line - 1]))
            {
                break;
            }

            start = i + 1;
            taken++;
        }

        return start;
    }

    [GeneratedRegex(@"\t|\S {2,}\S")]
    private static partial Regex TableLike();

    [GeneratedRegex(@"^(?<from>\d{1,7})(?:-(?<to>\d{1,7}))?$")]
    private static partial Regex LinesPattern();

    private static IResult NotFound(string fileName, string message) =>
        Results.Content(Shell($"Source not available: {fileName}",
                $"<h1>Source not available</h1><p class=\"missing\">{WebUtility.HtmlEncode(message)}</p><p><a href=\"/\">Budget explorer</a></p>"),
            "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);

    private static string Page(string title, string department, int year, string kind, string fileName, string sha, string[] lines, int from, int to, int? page)
    {
        var html = new StringBuilder();
        html.Append("<header><h1 id=\"doc-title\">").Append(WebUtility.HtmlEncode(title)).Append("</h1><dl>")
            .Append("<dt>部门 Department</dt><dd id=\"doc-department\">").Append(WebUtility.HtmlEncode(department)).Append("</dd>")
            .Append("<dt>年度 Year</dt><dd id=\"doc-year\">").Append(year.ToString(CultureInfo.InvariantCulture)).Append("</dd>")
            .Append("<dt>文件 Kind</dt><dd>").Append(WebUtility.HtmlEncode(kind)).Append("</dd>")
            .Append("<dt>来源文件 File</dt><dd><code>").Append(WebUtility.HtmlEncode(fileName)).Append("</code> · SHA-256 <code class=\"sha\">")
            .Append(sha).Append("</code></dd>");
        if (from > 0)
        {
            var range = (from == to ? $"第 {from} 行 · line {from}" : $"第 {from}–{to} 行 · lines {from}–{to}")
                + (page is { } p ? $" · 第 {p} 页 · page {p} of the PDF" : "");
            html.Append("<dt>引用 Cited</dt><dd id=\"cited-range\"><a href=\"#L").Append(to).Append("\">").Append(range).Append("</a></dd>");
        }

        html.Append("</dl><p class=\"note\">The text as imported (extracted from the published PDF); the highlighted lines are the ones the figure was read from.</p>")
            .Append("<p><a href=\"/\">← Budget explorer</a></p></header><main><ol class=\"text\">");
        for (var i = 0; i < lines.Length; i++)
        {
            var n = i + 1;
            html.Append("<li id=\"L").Append(n).Append('"');
            if (n >= from && n <= to)
            {
                html.Append(n == to ? " class=\"cited end\"" : " class=\"cited\"");
            }

            html.Append("><a class=\"n\" href=\"#L").Append(n).Append("\">").Append(n).Append("</a><span>")
                .Append(WebUtility.HtmlEncode(lines[i])).Append("</span></li>");
        }

        html.Append("</ol></main>");
        return Shell($"{title} · {(from > 0 ? $"line {from}" : "source")}", html.ToString());
    }

    private static string Shell(string title, string body) =>
        "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + $"<title>{WebUtility.HtmlEncode(title)}</title><style>{Style}</style></head><body>{body}</body></html>";

    // Anchored lines stop below the top edge (scroll-margin) so the cited line is not at the very edge;
    // long lines wrap instead of scrolling sideways, so the page reads at 375 px.
    private const string Style =
        "body{margin:0;font:15px/1.5 system-ui,'WenQuanYi Micro Hei',sans-serif;color:#1d1d1f;background:#fafafa}"
        + "header{padding:12px 16px;background:#fff;border-bottom:1px solid #ddd}h1{font-size:1.2rem;margin:0 0 8px}"
        + "dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}dt{color:#666}dd{margin:0;overflow-wrap:anywhere}"
        + ".note{color:#666;font-size:.85rem;margin:8px 0 0}.missing{font-size:1.05rem}"
        + "ol.text{list-style:none;margin:0;padding:8px 0;font:13px/1.6 ui-monospace,'WenQuanYi Micro Hei Mono',monospace}"
        + "ol.text li{display:flex;gap:10px;padding:0 12px;white-space:pre-wrap;overflow-wrap:anywhere;scroll-margin-top:35vh}"
        + "ol.text li .n{flex:0 0 3.2em;text-align:right;color:#999;text-decoration:none;user-select:none}"
        + "ol.text li.cited{background:#fff3a8;box-shadow:inset 4px 0 #e0a800}ol.text li.cited.end{background:#ffe066}ol.text li:target .n{color:#000;font-weight:bold}";
}
