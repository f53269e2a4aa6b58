using System.Text;
using System.Text.RegularExpressions;
using BudgetGraph.Api.Tests.Browser;
using Microsoft.Playwright;

namespace BudgetGraph.Api.Tests.Explorer;

/// <summary>
/// The Budget explorer at <c>/</c> in headless Chromium, against the real API and warehouse. Published
/// figures come from the source documents: the data center's 2023 total is 94,294 万元 (942,940,000 元),
/// 坪山区's 29,760 万元; the data center's 201 is 93,003, of which 20103 is all.
/// </summary>
public sealed partial class ExplorerBrowserTests(ExplorerFixture browser) : IClassFixture<ExplorerFixture>
{
    private const string DataCenter = "深圳市大数据资源管理中心";
    private const string Pingshan = "深圳市坪山区政务服务数据管理局";
    private const string Class201 = "201 一般公共服务支出";
    private const string Section20103 = "20103 政府办公厅（室）及相关机构事务";

    [BrowserFact]
    public async Task Home_Loads_WithNoErrors_AndEveryRequestStaysOnTheApi()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;

        var response = await page.GotoAsync("/");
        await page.WaitUntilDrawnAsync();

        Assert.Equal(200, response!.Status);
        Assert.Equal("BudgetGraph · 预算浏览", await page.TitleAsync());
        // The defaults are written into the URL at once, so even the first view can be shared.
        Assert.Matches(@"\?view=compare&year=\d{4}&dept=[a-z,]+&unit=WAN_YUAN&chart=stacked&lang=zh$", page.Url);
        await Assertions.Expect(page.Locator("#chart svg")).ToBeVisibleAsync();
        Assert.Empty(session.PageErrors);
        Assert.Empty(session.ConsoleErrors);
        Assert.Empty(session.FailedRequests);
        var origin = browser.Api.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.All(session.RequestedUrls, url => Assert.StartsWith(origin + "/", url, StringComparison.Ordinal));
        Assert.Contains(session.RequestedUrls, url => url == origin + "/graphql");
    }

    [BrowserFact]
    public async Task Compare_ChoosingTwoDepartments_DrawsTheirClassesAndShowsThePublishedTotals()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        await page.GotoAsync("/?lang=zh");
        await page.WaitUntilDrawnAsync();

        await page.Locator("#year").SelectOptionAsync("2023");
        await page.WaitUntilDrawnAsync();
        await page.UncheckAllDepartmentsAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("请至少选择一个部门。");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = DataCenter }).CheckAsync();
        await page.WaitUntilDrawnAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = Pingshan }).CheckAsync();
        await page.WaitUntilDrawnAsync();

        var totals = page.Locator("#totals .total-card");
        await Assertions.Expect(totals).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".total-card[data-department='szdsj'] .amount")).ToHaveTextAsync("94,294 万元");
        await Assertions.Expect(page.Locator(".total-card[data-department='psqzsj'] .amount")).ToHaveTextAsync("29,760 万元");
        await Assertions.Expect(page.Locator(".total-card[data-department='szdsj'] .source"))
            .ToHaveTextAsync("2023年深圳市大数据资源管理中心部门预算 · 表3 支出总表 · 第 900 行");
        // The chart: one bar per department, its published total at its end, a legend entry per 类 (stacked).
        await Assertions.Expect(page.Locator("#chart svg text").Filter(new() { HasTextString = "94,294" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#chart svg text").Filter(new() { HasTextString = "29,760" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#chart svg text").Filter(new() { HasTextString = Class201 })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#chart svg text").Filter(new() { HasTextString = "205 教育支出" })).ToHaveCountAsync(1);
        // The table: 201 for both, 205 only for 坪山区, totals last.
        var table = await page.TableTextAsync();
        Assert.Equal(["201", "一般公共服务支出", "93,003", "98.6%"], table.Single(r => r[0] == "201")[..4]);
        Assert.Equal("29,173", table.Single(r => r[0] == "201")[5]);
        Assert.Equal(["205", "教育支出", "", ""], table.Single(r => r[0] == "205")[..4]);
        Assert.Equal(["", "合计", "94,294", "100.0%"], table[^1][..4]);
        Assert.Equal("29,760", table[^1][5]);
        Assert.EndsWith("?view=compare&year=2023&dept=szdsj,psqzsj&unit=WAN_YUAN&chart=stacked&lang=zh", page.Url);

        // The unit switch asks the API for 元; grouped bars keep the totals.
        await page.Locator("#unit").SelectOptionAsync("YUAN");
        await page.WaitUntilDrawnAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "分组" }).CheckAsync();
        await page.WaitUntilDrawnAsync();
        await Assertions.Expect(page.Locator(".total-card[data-department='szdsj'] .amount")).ToHaveTextAsync("942,940,000 元");
        Assert.Contains(DataCenter + " (元)", (await page.TableTextAsync())[0]);
        Assert.Empty(session.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Drill_ClickingThe201Block_DrillsTo20103_AndTheBreadcrumbReturns()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        await page.GotoAsync("/?view=drill&year=2023&dept=szdsj&lang=zh");
        await page.WaitUntilDrawnAsync();
        Assert.Equal(["全部支出"], await page.BreadcrumbAsync());

        await page.Block(Class201).ClickAsync();
        await page.WaitUntilDrawnAsync();

        Assert.Equal(["全部支出", Class201], await page.BreadcrumbAsync());
        await Assertions.Expect(page.Block(Section20103)).ToBeVisibleAsync();
        var table = await page.TableTextAsync();
        Assert.Equal(["20103", "政府办公厅（室）及相关机构事务", "款", "93,003", "100.0%"], table[1][..5]);
        Assert.EndsWith("&path=201&unit=WAN_YUAN&lang=zh", page.Url);

        // One level deeper: the 项 of 20103, with the negative rounding residual listed, not drawn.
        await page.Block(Section20103).ClickAsync();
        await page.WaitUntilDrawnAsync();
        Assert.Equal(["全部支出", Class201, Section20103], await page.BreadcrumbAsync());
        await Assertions.Expect(page.Locator("#notes")).ToContainTextAsync("以下差额为负数，未画入图中： 四舍五入差额 -1");
        Assert.Contains(await page.TableTextAsync(), r => r[1] == "四舍五入差额" && r[2] == "四舍五入差额" && r[3] == "-1");

        // The breadcrumb goes back to the root, where 201 is a block again.
        await page.Locator("#breadcrumb button.crumb", new() { HasTextString = "全部支出" }).ClickAsync();
        await page.WaitUntilDrawnAsync();
        Assert.Equal(["全部支出"], await page.BreadcrumbAsync());
        await Assertions.Expect(page.Block(Class201)).ToBeVisibleAsync();
        Assert.DoesNotContain("path=", page.Url, StringComparison.Ordinal);

        // And the browser's Back button undoes that step.
        await page.GoBackAsync();
        await page.WaitUntilDrawnAsync();
        Assert.Equal(["全部支出", Class201, Section20103], await page.BreadcrumbAsync());
        Assert.Empty(session.ConsoleErrors);
        Assert.Empty(session.PageErrors);
    }

    [BrowserFact]
    public async Task Drill_BelowAnItem_ShowsProjectCategories_LineItems_AndUnlistedRemainders()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        await page.GotoAsync("/?view=drill&year=2023&dept=szdsj&path=201/20103/2010399&lang=zh");
        await page.WaitUntilDrawnAsync();

        var table = await page.TableTextAsync();
        Assert.Equal(["", "政务综合管理", "项目类别", "33,416", "36.6%", "2023年深圳市大数据资源管理中心部门预算 · 表5 项目支出总表 · 第 1205 行"],
            table.Single(r => r[1] == "政务综合管理"));
        Assert.Equal(["", "四舍五入差额", "四舍五入差额", "1"], table.Single(r => r[1] == "四舍五入差额")[..4]);
        Assert.Equal(["2010399", "其他政府办公厅（室）及相关机构事务支出", "项", "91,221"], table[^1][..4]);

        await page.Block("政务综合管理").ClickAsync();
        await page.WaitUntilDrawnAsync();

        Assert.EndsWith("/" + Uri.EscapeDataString("政务综合管理"), new Uri(page.Url).Query.Split('&').Single(p => p.StartsWith("path=", StringComparison.Ordinal)));
        table = await page.TableTextAsync();
        Assert.Equal(["", "政务短信平台", "明细项目", "1,000"], table.Single(r => r[1] == "政务短信平台")[..4]);
        var unlisted = table.Single(r => r[1] == "其他（未列明）");
        Assert.Equal(["", "其他（未列明）", "未列明部分", "1,676"], unlisted[..4]);
        Assert.EndsWith("(推算)", unlisted[5]);
        // The residual block is labelled with its kind (its name wraps in the narrow block).
        await Assertions.Expect(page.Block("(未列明部分)")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#notes")).ToContainTextAsync("“其他（未列明）”是文件未列出的部分");
    }

    [BrowserFact]
    public async Task Drill_OverTwoDepartments_SumsThem_AndCitesEachFigure()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        await page.GotoAsync("/?view=drill&year=2023&dept=szdsj,psqzsj&path=201&lang=zh");
        await page.WaitUntilDrawnAsync();

        await Assertions.Expect(page.Locator("#heading")).ToHaveTextAsync($"2 个部门合计: {DataCenter}、{Pingshan} · 2023 · 122,176 万元");
        var table = await page.TableTextAsync();
        Assert.Equal(["20103", "政府办公厅（室）及相关机构事务", "款", "93,003", "76.1%"], table[1][..5]);
        Assert.Equal(["20137", "网信事务", "款", "29,173", "23.9%"], table[2][..5]);
        // The 类 is the sum of two published figures: both are cited, one a line.
        Assert.Equal(["201", "一般公共服务支出", "类", "122,176", "100.0%"], table[^1][..5]);
        Assert.Equal(
            "2023年深圳市大数据资源管理中心部门预算 · 表3 支出总表 · 第 902 行\n2023年深圳市坪山区政务服务数据管理局部门预算 · 表3 支出总表 · 第 739 行",
            table[^1][5]);
        await Assertions.Expect(page.Locator("#chart")).ToHaveAttributeAsync("aria-label",
            "201 一般公共服务支出 122,176 万元: 20103 政府办公厅（室）及相关机构事务 93,003; 20137 网信事务 29,173");
    }

    [BrowserFact]
    public async Task CsvDownload_HoldsTheRowsOnScreen_AsUtf8WithByteOrderMark()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        await page.GotoAsync("/?view=compare&year=2023&dept=szdsj,psqzsj&lang=zh");
        await page.WaitUntilDrawnAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download").ClickAsync());
        var path = Path.Combine(Screenshots.Directory, "..", download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);

        Assert.Equal("budgetgraph-预算-compare-2023-szdsj-psqzsj.csv", download.SuggestedFilename);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var csv = ParseCsv(new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3));
        var screen = await page.TableTextAsync();
        Assert.Equal(7, screen.Length); // header, five 类, total
        // The CSV holds the 类 rows and not the total row: summing an amount column gives the total once.
        Assert.Equal(screen.Length - 1, csv.Count);
        Assert.Equal(["编码", "名称", DataCenter + " (万元)", DataCenter + " 占比 (%)", DataCenter + " 出处"], csv[0][..5]);
        for (var row = 1; row < csv.Count; row++)
        {
            // Numbers without digit grouping or per-cent sign (a share the screen shows as "<0.1%" is 0.0 to
            // one decimal in the CSV); every other cell is the screen's text.
            Assert.Equal(screen[row].Select(c => c == "<0.1%" ? "0.0" : Ungroup(c).TrimEnd('%')), csv[row]);
        }
        Assert.Contains(csv, r => r[0] == "201" && r[2] == "93003" && r[3] == "98.6" && r[4] == "2023年深圳市大数据资源管理中心部门预算 · 表3 支出总表 · 第 902 行");
        Assert.Equal(94294m, csv.Skip(1).Sum(r => decimal.Parse(r[2] == "" ? "0" : r[2], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [BrowserFact]
    public async Task SharedUrl_RestoresTheSameView()
    {
        string url;
        string[][] table;
        IReadOnlyList<string> breadcrumb;
        await using (var first = await browser.OpenPageAsync())
        {
            var page = first.Page;
            await page.GotoAsync("/?lang=zh");
            await page.WaitUntilDrawnAsync();
            await page.Locator("#tabs button[data-view='drill']").ClickAsync();
            await page.WaitUntilDrawnAsync();
            await page.Locator("#year").SelectOptionAsync("2023");
            await page.WaitUntilDrawnAsync();
            await page.UncheckAllDepartmentsAsync();
            await page.GetByRole(AriaRole.Checkbox, new() { Name = DataCenter }).CheckAsync();
            await page.WaitUntilDrawnAsync();
            await page.Block(Class201).ClickAsync();
            await page.WaitUntilDrawnAsync();
            await page.Locator("#table button.link", new() { HasTextString = "政府办公厅（室）及相关机构事务" }).ClickAsync();
            await page.WaitUntilDrawnAsync();
            await page.Locator("#unit").SelectOptionAsync("YI_YUAN");
            await page.WaitUntilDrawnAsync();
            await page.Locator("#lang").ClickAsync();
            await page.WaitUntilDrawnAsync();
            url = page.Url;
            table = await page.TableTextAsync();
            breadcrumb = await page.BreadcrumbAsync();
        }

        Assert.EndsWith("?view=drill&year=2023&dept=szdsj&path=201/20103&unit=YI_YUAN&lang=en", url);
        await using var second = await browser.OpenPageAsync();
        await second.Page.GotoAsync(url);
        await second.Page.WaitUntilDrawnAsync();

        Assert.Equal(url, second.Page.Url);
        Assert.Equal(breadcrumb, await second.Page.BreadcrumbAsync());
        Assert.Equal(["All expenditure", Class201, Section20103], breadcrumb);
        Assert.Equal(table, await second.Page.TableTextAsync());
        Assert.Equal(["Code", "Name", "Level", "Amount (亿元)", "Share of parent", "Source"], table[0]);
        Assert.Equal(["2010399", "其他政府办公厅（室）及相关机构事务支出", "Item (项)", "9.1221"], table[2][..4]);
        await Assertions.Expect(second.Page.Locator("#tabs button[aria-selected='true']")).ToHaveTextAsync("Drill down");
        await Assertions.Expect(second.Page.Locator("#unit")).ToHaveValueAsync("YI_YUAN");
        await Assertions.Expect(second.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.Empty(second.ConsoleErrors);
    }

    [BrowserFact]
    public async Task YearOverYear_ShowsEveryYear_MarkingFiguresStatedByLaterDocuments()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        await page.GotoAsync("/?view=yoy&dept=szdsj&lang=zh");
        await page.WaitUntilDrawnAsync();

        var table = await page.TableTextAsync();
        // 2021 only as the 2022 budget states it (its prior-year figure); 2024 from the evaluation report.
        Assert.Equal(["部门", "名称", "年度", "金额 (万元)", "比上年增减 (万元)", "增减率", "出处"], table[0]);
        Assert.Equal([DataCenter, "支出合计", "2021 ◆", "60,015", "", "",
            "2022年深圳市大数据资源管理中心部门预算 · 文字部分 · 第 81 行 (推算) ◆ 后续文件所述"], table[1]);
        Assert.Equal([DataCenter, "支出合计", "2022", "65,585", "+5,570", "+9.3%"], table[2][..6]);
        Assert.Equal([DataCenter, "支出合计", "2023", "94,294", "+28,709", "+43.8%",
            "2023年深圳市大数据资源管理中心部门预算 · 表3 支出总表 · 第 900 行"], table[3]);
        Assert.Equal([DataCenter, "支出合计", "2024", "68,098.25", "-26,195.75", "-27.8%"], table[4][..6]);
        Assert.Equal(5, table.Length);
        await Assertions.Expect(page.Locator("#chart svg text").Filter(new() { HasTextString = "60,015 ◆" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#notes")).ToContainTextAsync("标 ◆ 的数字为以后年度文件所述的上年数");

        // By project category: the 2022 budget states 2021's categories.
        await page.GetByRole(AriaRole.Radio, new() { Name = "按项目类别" }).CheckAsync();
        await page.WaitUntilDrawnAsync();
        Assert.EndsWith("&rows=categories&lang=zh", page.Url);
        table = await page.TableTextAsync();
        Assert.Equal([DataCenter, "政务综合管理", "2021 ◆", "39,411", "", ""], table[1][..6]);
        Assert.Contains(table, r => r[1] == "政务综合管理" && r[2] == "2023" && r[3] == "33,416" && r[4] == "+18,447");
        Assert.Empty(session.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Layout_At375PixelsWide_HasNoSidewaysScrolling_AndDrillsByTouchSizedBlocks()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        await page.SetViewportSizeAsync(375, 812);
        await page.GotoAsync("/?view=compare&year=2023&dept=szdsj,psqzsj&lang=zh");
        await page.WaitUntilDrawnAsync();

        await Assertions.Expect(page.Locator(".total-card[data-department='szdsj'] .amount")).ToBeInViewportAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 375"),
            "the page scrolls sideways at 375 px; only the table may (inside its own box)");
        Assert.True((await page.Locator("#chart svg").BoundingBoxAsync())!.Width <= 375 - 2 * 14);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Directory, "explorer-375-compare.png"), FullPage = true });

        await page.GotoAsync("/?view=drill&year=2023&dept=szdsj&lang=zh");
        await page.WaitUntilDrawnAsync();
        await page.Block(Class201).ClickAsync();
        await page.WaitUntilDrawnAsync();
        Assert.Equal(["全部支出", Class201], await page.BreadcrumbAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 375"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Directory, "explorer-375-drill.png"), FullPage = true });
        Assert.Empty(session.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Layout_OnADesktop_ShowsControlsChartAndTableSideBySide()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        await page.SetViewportSizeAsync(1280, 800);
        await page.GotoAsync("/?view=compare&year=2023&dept=szdsj,psqzsj&lang=zh");
        await page.WaitUntilDrawnAsync();

        // Year and departments share a line; both totals fit side by side above the chart.
        var year = (await page.Locator("label.year").BoundingBoxAsync())!;
        var departments = (await page.Locator("#departments").BoundingBoxAsync())!;
        Assert.True(departments.X > year.X + year.Width && Math.Abs(departments.Y - year.Y) < 20);
        var cards = await page.Locator(".total-card").AllAsync();
        Assert.Equal((await cards[0].BoundingBoxAsync())!.Y, (await cards[1].BoundingBoxAsync())!.Y);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 1280"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Directory, "explorer-desktop-compare.png"), FullPage = true });

        await page.GotoAsync("/?view=drill&year=2023&dept=szdsj&path=201/20103/2010399&lang=zh");
        await page.WaitUntilDrawnAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Directory, "explorer-desktop-drill.png"), FullPage = true });

        await page.GotoAsync("/?view=yoy&dept=szzsj,szdsj,psqzsj&lang=en");
        await page.WaitUntilDrawnAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 1280"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Directory, "explorer-desktop-yoy-en.png"), FullPage = true });
        Assert.Empty(session.ConsoleErrors);
    }

    /// <summary>"93,003" → "93003"; text without grouped digits is returned as it is.</summary>
    private static string Ungroup(string cell) => GroupSeparator().Replace(cell, "");

    [GeneratedRegex(@"(?<=\d),(?=\d{3}(?!\d))")]
    private static partial Regex GroupSeparator();

    /// <summary>RFC 4180: fields separated by commas, quoted when they hold commas, quotes or line breaks; CRLF rows.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }
        Assert.True(field.Length == 0 && row.Count == 0, "the CSV does not end with CRLF");
        return rows;
    }
}
