using System.Text.RegularExpressions;
using BudgetGraph.Api.Tests.Browser;
using Microsoft.Playwright;

namespace BudgetGraph.Api.Tests.Explorer;

/// <summary>
/// The questions of issue 15, asked of the explorer in headless Chromium against the real API over a
/// warehouse imported from data/sources, and answered by reading the page. Nothing is intercepted.
/// Each view is also photographed at 375 px and on a desktop (TestResults/screenshots/explorer-*.png,
/// copied to docs/screenshots/).
/// </summary>
public sealed partial class JournalistQuestionsTests(ExplorerFixture browser) : IClassFixture<ExplorerFixture>
{
    private const string DataCenter = "深圳市大数据资源管理中心";
    private const string Pingshan = "深圳市坪山区政务服务数据管理局";

    [BrowserFact]
    public async Task WhatDidTheDataCenterActuallySpendIn2024_AgainstItsBudget_AndWhereDoesThatFigureComeFrom()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        await page.GotoAsync("/?view=execution&dept=szdsj&lang=zh");
        await page.WaitUntilDrawnAsync();

        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("口径：年初预算、调整预算、实际支出及执行率（部门整体绩效评价报告）");
        var table = await page.TableTextAsync();
        Assert.Equal(["部门", "年度", "项目", "年初预算 (万元)", "调整预算 (万元)", "实际支出 (万元)", "执行率", "出处"], table[0]);
        var whole = table.Single(r => r[1] == "2024" && r[2] == "预算总额");
        Assert.Equal([DataCenter, "2024", "预算总额", "68,098.25", "112,233.18", "108,019.30", "96.25%"], whole[..7]);
        // The report's rates without amounts are named too, never shown by their API code.
        Assert.Equal("100.00%", table.Single(r => r[1] == "2024" && r[2] == "固定资产利用率")[6]);
        Assert.Equal("100.00%", table.Single(r => r[1] == "2024" && r[2] == "项目绩效监控覆盖率")[6]);
        Assert.DoesNotContain(table, r => r[2].All(c => char.IsUpper(c) || c == '_'));
        // One citation per figure, each the lines its sentence spans so far: the initial budget on line 198,
        // the adjusted budget and actual expenditure wrapped over 198–200, the execution rate ending on 204.
        const string Report = "2024年度深圳市大数据资源管理中心部门整体绩效评价报告 · 部门整体绩效评价报告 · ";
        Assert.Equal($"{Report}第 198 行\n{Report}第 198–200 行\n{Report}第 198–204 行", whole[7]);

        // The citation opens the report's text at the cited lines, highlighted and in view.
        var link = page.Locator("#table tr.total a.source-link", new() { HasTextString = "第 198–204 行" });
        Assert.Equal("/source/002_3afb677bef38dff9.txt?lines=198-204#L198", await link.GetAttributeAsync("href"));
        await link.ClickAsync();
        await page.WaitForURLAsync(new Regex("/source/002_3afb677bef38dff9\\.txt\\?lines=198-204#L198$"));
        await Assertions.Expect(page.Locator("#doc-title")).ToHaveTextAsync("2024年度深圳市大数据资源管理中心部门整体绩效评价报告");
        await Assertions.Expect(page.Locator("#doc-department")).ToHaveTextAsync(DataCenter);
        await Assertions.Expect(page.Locator("#doc-year")).ToHaveTextAsync("2024");
        // The citation names lines 198–204, the sentence wrapped over them; it is highlighted whole, the line
        // where it ends (and the figure's citation with it) most strongly, and scrolled into view.
        await Assertions.Expect(page.Locator("#cited-range")).ToHaveTextAsync("第 198–204 行 · lines 198–204");
        var end = page.Locator("li.cited.end");
        await Assertions.Expect(end).ToHaveAttributeAsync("id", "L204");
        await Assertions.Expect(end).ToBeInViewportAsync();
        await Assertions.Expect(end).ToContainTextAsync("2024 年度预算执行率为 96.25%。");
        var sentence = string.Join("", await page.Locator("li.cited").AllInnerTextsAsync());
        Assert.Contains("我中心年初预算 68,098.25 万元", sentence, StringComparison.Ordinal);
        Assert.Contains("全年实际支出预算数 108,019.30 万元", sentence, StringComparison.Ordinal);
        Assert.Equal("L198", await page.Locator("li.cited").First.GetAttributeAsync("id"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Directory, "explorer-desktop-source.png") });
        Assert.Empty(session.ConsoleErrors);
        Assert.Empty(session.FailedRequests);
    }

    [BrowserFact]
    public async Task HowDidTheDataCentersThreePublicSpendingChangeFrom2022To2023()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        await page.GotoAsync("/?view=threepublic&dept=szdsj&lang=zh");
        await page.WaitUntilDrawnAsync();

        await Assertions.Expect(page.Locator("#stage")).ToContainTextAsync("口径：年初预算（部门预算 · 三公经费支出表，含上年数与增减）");
        var table = await page.TableTextAsync();
        Assert.Equal(["部门", "年度", "三公经费项目", "年初预算 (万元)", "上年数 (万元)", "比上年增减 (万元)", "增减率", "调整预算 (万元)", "实际支出 (万元)", "出处"], table[0]);
        // 2023's table: 12 万元, the same as its 2022 column; no change. Its three parts, each with its line.
        Assert.Equal([DataCenter, "2023", "三公经费合计", "12", "12", "0", "0.0%", "", ""], table.Single(r => r[1] == "2023" && r[2] == "三公经费合计")[..9]);
        Assert.Equal(["0", "0", "0"], table.Single(r => r[1] == "2023" && r[2] == "因公出国（境）费")[3..6]);
        Assert.Equal(["12", "12", "0"], table.Single(r => r[1] == "2023" && r[2] == "公务用车购置及运行费")[3..6]);
        Assert.Equal(["0", "0", "0"], table.Single(r => r[1] == "2023" && r[2] == "公务接待费")[3..6]);
        Assert.Contains("2023年深圳市大数据资源管理中心部门预算 · 表9 一般公共预算三公经费支出表 · 第 1465 行",
            table.Single(r => r[1] == "2023" && r[2] == "三公经费合计")[9], StringComparison.Ordinal);
        // 2022's own document says 12 as well; 2024's report adds the actuals (4.09 万元 spent, on vehicles).
        Assert.Equal(["12", "12", "0"], table.Single(r => r[1] == "2022" && r[2] == "三公经费合计")[3..6]);
        var actual2024 = table.Single(r => r[1] == "2024" && r[2] == "三公经费合计");
        Assert.Equal(["12", "", "", "", "12", "4.09"], actual2024[3..9]);
        Assert.Empty(session.ConsoleErrors);
    }

    [BrowserFact]
    public async Task WhichDepartmentSpentTheLargestShareOnInformatisationProjectsIn2023()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        await page.GotoAsync("/?view=compare&year=2023&dept=szdsj,psqzsj&lang=zh");
        await page.WaitUntilDrawnAsync();

        await page.GetByRole(AriaRole.Radio, new() { Name = "项目类别" }).CheckAsync();
        await page.WaitUntilDrawnAsync();
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("口径：年初预算（部门预算 · 项目支出总表）；占比为占支出总计的比例");
        await page.Locator("#match").FillAsync("信息化");
        await page.Locator("#match").PressAsync("Enter");
        await page.WaitUntilDrawnAsync();

        Assert.EndsWith("&level=category&match=" + Uri.EscapeDataString("信息化") + "&lang=zh", page.Url);
        var ranking = await page.Locator("#match-result li").AllInnerTextsAsync();
        Assert.Equal(2, ranking.Count);
        Assert.Equal($"{DataCenter}: 21.2% (19,967 / 94,294 万元; 信息化类、信息化运维项目、信息化新建项目（非政府投资项目）)", ranking[0]);
        Assert.Equal($"{Pingshan}: 0.0% (0 / 29,760 万元; 无)", ranking[1]);
        // The table: each category with its share of the department's total and its citation.
        var table = await page.TableTextAsync();
        Assert.Equal(["信息化运维项目", "11,078", "11.7%"], table.Single(r => r[0] == "信息化运维项目")[..3]);
        Assert.Equal(["2023年政府投资项目", "", "", "", "20,064", "67.4%"], table.Single(r => r[0] == "2023年政府投资项目")[..6]);
        Assert.Empty(session.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Landing_PicksAYearAndDepartmentsWithTheStageShown_AndAReportOnlyYearShowsTheReportsFigures()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        await page.GotoAsync("/?lang=zh");
        await page.WaitUntilDrawnAsync();

        // 2023: the year two departments published a 支出总表 for, and exactly those two.
        Assert.EndsWith("?view=compare&year=2023&dept=szdsj,psqzsj&unit=WAN_YUAN&chart=stacked&lang=zh", page.Url);
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("口径：年初预算（部门预算 · 支出总表）");
        await Assertions.Expect(page.Locator(".total-card")).ToHaveCountAsync(2);

        // 2024: the data center has only its evaluation report. The API compares the report's initial budget;
        // the card says whose figures they are and names each stage, and a note says the total has no breakdown.
        await page.GotoAsync("/?view=compare&year=2024&dept=szzsj,szdsj&lang=zh");
        await page.WaitUntilDrawnAsync();
        var card = page.Locator(".total-card[data-department='szdsj']");
        await Assertions.Expect(card).ToContainTextAsync("本年度没有部门预算，以下为绩效评价报告所述：");
        await Assertions.Expect(card.Locator("[data-stage='INITIAL']")).ToHaveTextAsync("68,098.25 万元");
        await Assertions.Expect(card.Locator("[data-stage='ADJUSTED']")).ToHaveTextAsync("112,233.18 万元");
        await Assertions.Expect(card.Locator("[data-stage='ACTUAL']")).ToHaveTextAsync("108,019.30 万元");
        var links = card.Locator("a.source-link");
        await Assertions.Expect(links).ToHaveCountAsync(3);
        await Assertions.Expect(links.First).ToHaveAttributeAsync("href", "/source/002_3afb677bef38dff9.txt?lines=198#L198");
        await Assertions.Expect(links.First).ToContainTextAsync("绩效评价报告 · 第 198 行");
        await Assertions.Expect(links.Last).ToHaveAttributeAsync("href", "/source/002_3afb677bef38dff9.txt?lines=198-204#L198");
        await Assertions.Expect(links.Last).ToContainTextAsync("绩效评价报告 · 第 198–204 行");
        await Assertions.Expect(card.Locator(".amount")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#notes")).ToContainTextAsync(DataCenter + "：本年度没有部门预算，其合计为绩效评价报告所述的年初预算，报告没有按科目的分项。");
        await Assertions.Expect(page.Locator("#totals")).Not.ToContainTextAsync("无预算");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = DataCenter + " (仅有绩效评价报告)" })).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(".total-card[data-department='szzsj'] .amount")).ToHaveTextAsync("44,972.11 万元");
        Assert.Empty(session.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Drill_Heading_NamesOnlyTheDepartmentsWhoseFiguresAreSummed()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        // 2024: the city bureau published a 支出总表; the data center only an evaluation report, whose total
        // (its initial budget, 68,098.25 万元) the API sums in with the bureau's 44,972.11 at the root. The heading
        // names both, and says the data center's part is a report's total without a breakdown.
        await page.GotoAsync("/?view=drill&year=2024&dept=szzsj,szdsj&lang=zh");
        await page.WaitUntilDrawnAsync();

        await Assertions.Expect(page.Locator("#heading")).ToHaveTextAsync(
            "2 个部门合计: 深圳市政务服务和数据管理局（本级）、" + DataCenter + "（绩效评价报告总额，无分项） · 2024 · 113,070.36 万元");
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("口径：年初预算（部门预算 · 支出总表、项目支出总表及文字说明）");

        // The drill CSV holds the children only, not the node itself: its amount column sums to the node.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download").ClickAsync());
        var path = Path.Combine(Screenshots.Directory, "..", download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var lines = (await File.ReadAllTextAsync(path)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("编码,名称,层级,金额 (万元),占上级 (%),出处", lines[0]);
        Assert.DoesNotContain(lines, l => l.StartsWith(",全部支出", StringComparison.Ordinal) || l.Contains(",总计,", StringComparison.Ordinal));
        var sum = lines.Skip(1).Sum(l => decimal.Parse(l.Split(',')[3], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(113070.36m, sum);
    }

    [BrowserFact]
    public async Task Coverage_ListsWhichDepartmentHasWhichDocumentForWhichYearAndStage()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        await page.GotoAsync("/?view=coverage&lang=zh");
        await page.WaitUntilDrawnAsync();

        var table = await page.TableTextAsync();
        Assert.Equal(["年度", "部门", "文件", "层级", "阶段", "含支出总表", "文件名"], table[0]);
        Assert.Equal(6, table.Length);
        Assert.Equal(["2024", DataCenter, "2024年度深圳市大数据资源管理中心部门整体绩效评价报告", "绩效评价报告", "年初预算、调整预算、实际支出", "否", "002_3afb677bef38dff9.txt"],
            table.Single(r => r[6] == "002_3afb677bef38dff9.txt"));
        Assert.Equal(["2023", Pingshan, "2023年深圳市坪山区政务服务数据管理局部门预算", "部门预算", "年初预算", "是"],
            table.Single(r => r[6] == "004_829e804d26be851d.txt")[..6]);
        Assert.Equal("/source/004_829e804d26be851d.txt",
            await page.Locator("#table a", new() { HasTextString = "2023年深圳市坪山区政务服务数据管理局部门预算" }).GetAttributeAsync("href"));
        Assert.Empty(session.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Search_FindsASubjectByCode_AndALineItemByName_AndJumpsToTheirView()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        await page.GotoAsync("/?lang=zh");
        await page.WaitUntilDrawnAsync();

        await page.Locator("#search").FillAsync("短信");
        await page.Locator("#search-results button", new() { HasTextString = "政务短信平台" })
            .Filter(new() { HasTextString = "深圳市大数据资源管理中心 2023" }).ClickAsync();
        await page.WaitUntilDrawnAsync();
        Assert.Contains("view=drill&year=2023&dept=szdsj&path=201/20103/2010399/", page.Url, StringComparison.Ordinal);
        Assert.Contains(await page.TableTextAsync(), r => r[1] == "政务短信平台" && r[3] == "1,000");

        await page.Locator("#search").FillAsync("20103");
        await Assertions.Expect(page.Locator("#search-results button").First).ToContainTextAsync("20103 政府办公厅（室）及相关机构事务");
        await page.Locator("#search").PressAsync("Enter");
        await page.WaitUntilDrawnAsync();
        Assert.Contains("view=drill&year=2023&dept=szdsj&path=201/20103&", page.Url, StringComparison.Ordinal);
        Assert.Equal(["全部支出", "201 一般公共服务支出", "20103 政府办公厅（室）及相关机构事务"], await page.BreadcrumbAsync());

        await page.Locator("#search").FillAsync("坪山");
        await page.Locator("#search-results button[data-kind='department']").First.ClickAsync();
        await page.WaitUntilDrawnAsync();
        Assert.Contains("view=yoy&", page.Url, StringComparison.Ordinal);
        Assert.Contains("&dept=psqzsj&", page.Url, StringComparison.Ordinal);
        Assert.Contains(await page.TableTextAsync(), r => r[0] == Pingshan && r[2] == "2023" && r[3] == "29,760");
        Assert.Empty(session.ConsoleErrors);
    }

    [BrowserFact]
    public async Task SourceViewer_ForAnUnknownDocument_Answers404WithAPageSayingSo()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        var response = await page.GotoAsync("/source/999_unknown.txt?lines=3");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("p.missing")).ToHaveTextAsync("No imported document is named 999_unknown.txt.");
    }

    [BrowserFact]
    public async Task EveryView_At375Pixels_ShowsItsAmountsWithoutSidewaysScrolling_AndOnADesktop()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        var views = new (string Name, string Url, string Amount)[]
        {
            ("compare", "/?view=compare&year=2023&dept=szdsj,psqzsj&lang=zh", "93,003"),
            ("compare-section", "/?view=compare&year=2023&dept=szdsj,psqzsj&level=section&lang=zh", "93,003"),
            ("compare-category", "/?view=compare&year=2023&dept=szdsj,psqzsj&level=category&match=信息化&lang=zh", "11,078"),
            ("drill", "/?view=drill&year=2023&dept=szdsj&path=201/20103/2010399&lang=zh", "33,416"),
            ("yoy", "/?view=yoy&dept=szdsj&lang=zh", "94,294"),
            ("execution", "/?view=execution&dept=szdsj&lang=zh", "108,019.30"),
            ("threepublic", "/?view=threepublic&dept=szdsj&lang=zh", "4.09"),
            ("coverage", "/?view=coverage&lang=zh", "2024"),
        };
        foreach (var (width, height, label) in new[] { (375, 812, "375"), (1280, 800, "desktop") })
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var (name, url, amount) in views)
            {
                await page.GotoAsync(url);
                try
                {
                    await page.WaitUntilDrawnAsync();
                }
                catch (TimeoutException e)
                {
                    // Name the view and what the browser reported (a blocked script, an exception), not only the wait.
                    throw new InvalidOperationException($"{name} at {width} px was never drawn: {string.Join(" | ", session.ConsoleErrors.Concat(session.PageErrors))}", e);
                }
                Assert.True(await page.EvaluateAsync<bool>($"() => document.documentElement.scrollWidth <= {width}"), $"{name} scrolls sideways at {width} px");
                // The amount's cell lies inside the window: no sideways scrolling needed to read it.
                var cell = page.Locator("#table td").Filter(new() { HasTextRegex = new Regex("^" + Regex.Escape(amount) + "$") }).First;
                var box = (await cell.BoundingBoxAsync())!;
                Assert.True(box.X >= 0 && box.X + box.Width <= width, $"{name}: {amount} is outside the {width} px window ({box.X}+{box.Width})");
                await Assertions.Expect(page.Locator("#stage")).Not.ToBeEmptyAsync();
                await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Directory, $"explorer-{label}-{name}.png"), FullPage = true });
            }
        }
        Assert.Empty(session.ConsoleErrors);
        Assert.Empty(session.PageErrors);
    }
}
