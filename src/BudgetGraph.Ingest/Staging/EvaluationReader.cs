using System.Globalization;
using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Configurations;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.Ingest.Staging;

/// <summary>
/// Reads a performance evaluation report (prose): initial, adjusted and actual budget with the
/// execution rate; procurement; 三公 budget and actuals; daily operating funds; staff and assets.
/// The sentence giving initial, adjusted and actual budget is required: a report without it is refused.
/// </summary>
internal static partial class EvaluationReader
{
    private const string A = NarrativeReader.AmountPattern;

    [GeneratedRegex(@"年初预算\s*(?<ini>" + A + @")\s*万元[，]\s*年中调整后预算数为\s*(?<adj>" + A + @")\s*万元[，]\s*全年实际支出(?:预算数)?\s*(?<act>" + A + @")\s*万元[，]\s*其中：\s*基本支出\s*(?<basic>" + A + @")\s*万元[，、]\s*项目支出\s*(?<proj>" + A + @")\s*万元[，]\s*[0-9]{4}\s*年度预算执行率为\s*(?<rate>" + A + @")%")]
    private static partial Regex Execution();

    [GeneratedRegex(@"年初预算收入\s*(?<ini>" + A + @")\s*万元[，]\s*其中：\s*基本支出\s*(?<basic>" + A + @")\s*万元[，、]\s*项目支出\s*(?<proj>" + A + @")\s*万元")]
    private static partial Regex Initial();

    [GeneratedRegex(@"政府采购预算数\s*(?<ini>" + A + @")\s*万元[，]\s*实际完成采购预算\s*(?<act>" + A + @")\s*万元[，]\s*政府采购预算执行率为\s*(?<rate>" + A + @")%")]
    private static partial Regex Procurement();

    [GeneratedRegex(@"日常公用经费年初预算数为\s*(?<ini>" + A + @")\s*万元[，]\s*年中调整预算数为\s*(?<adj>" + A + @")\s*万元[，]\s*全年实际支出数为\s*(?<act>" + A + @")\s*万元[，]\s*日常公用经费控制率为\s*(?<rate>" + A + @")%")]
    private static partial Regex Daily();

    [GeneratedRegex(@"三公""?经费年初预算数为\s*(?<v>" + A + @")\s*万元")]
    private static partial Regex ThreePublicInitial();
    [GeneratedRegex(@"因公出国（境）经费[^。；]*?年初预算为\s*(?<v>" + A + @")\s*万元")]
    private static partial Regex AbroadInitial();
    [GeneratedRegex(@"公务接待费\s*(?<v>" + A + @")\s*万元")]
    private static partial Regex ReceptionInitial();
    [GeneratedRegex(@"公务用车购置及运行维护费\s*(?<v>" + A + @")\s*万元[；]\s*调整\s*后预算数为\s*(?<adj>" + A + @")\s*万元")]
    private static partial Regex VehiclesInitial();
    [GeneratedRegex(@"公务车购置及运行维护费实际支出\s*(?<v>" + A + @")\s*万元")]
    private static partial Regex VehiclesActual();
    [GeneratedRegex(@"公务接待费实际支出\s*(?<v>" + A + @")\s*万元")]
    private static partial Regex ReceptionActual();
    [GeneratedRegex(@"因公出国（境）经费实际支出\s*(?<v>" + A + @")\s*万元")]
    private static partial Regex AbroadActual();
    [GeneratedRegex(@"三公""?经费总计支\s*出\s*(?<v>" + A + @")\s*万元[，]\s*""?三公""?经费控制率为\s*(?<rate>" + A + @")%")]
    private static partial Regex ThreePublicActual();

    /// <summary>Reads the report; refuses it when the execution sentence is missing.</summary>
    public static void Read(StagedDocument doc, IReadOnlyList<string> lines)
    {
        var text = new JoinedText(lines, 0, lines.Count);
        var t = text.Text;
        int End(Match m) => text.LineAt(m.Index + m.Length - 1);
        void Add(ExecutionMeasure measure, int stage, Group g, Match m) =>
            doc.Executions.Add(new StagedExecution(measure, stage, Amount.Parse(g.Value), End(m)));
        void Rate(ExecutionMeasure measure, Group g, Match m) =>
            doc.Rates.Add(new StagedRate(measure, BasisPoints(g.Value), End(m)));
        void Three(ThreePublicItem item, int stage, Group g, Match m) =>
            doc.ThreePublic.Add(new StagedThreePublic(item, stage, Amount.Parse(g.Value), End(m)));

        var execution = Execution().Match(t);
        if (!execution.Success)
            throw new ImportRefusedException(doc.FileName, lines.Count,
                "a sentence stating 年初预算, 年中调整后预算数, 全年实际支出 and 预算执行率, but the report ends without one");
        Add(ExecutionMeasure.Total, ReferenceData.InitialStage, execution.Groups["ini"], execution);
        Add(ExecutionMeasure.Total, ReferenceData.AdjustedStage, execution.Groups["adj"], execution);
        Add(ExecutionMeasure.Total, ReferenceData.ActualStage, execution.Groups["act"], execution);
        Add(ExecutionMeasure.Basic, ReferenceData.ActualStage, execution.Groups["basic"], execution);
        Add(ExecutionMeasure.Project, ReferenceData.ActualStage, execution.Groups["proj"], execution);
        Rate(ExecutionMeasure.Total, execution.Groups["rate"], execution);

        var initial = Initial().Match(t);
        if (initial.Success)
        {
            Add(ExecutionMeasure.Basic, ReferenceData.InitialStage, initial.Groups["basic"], initial);
            Add(ExecutionMeasure.Project, ReferenceData.InitialStage, initial.Groups["proj"], initial);
        }
        var procurement = Procurement().Match(t);
        if (procurement.Success)
        {
            Add(ExecutionMeasure.Procurement, ReferenceData.InitialStage, procurement.Groups["ini"], procurement);
            Add(ExecutionMeasure.Procurement, ReferenceData.ActualStage, procurement.Groups["act"], procurement);
            Rate(ExecutionMeasure.Procurement, procurement.Groups["rate"], procurement);
        }
        var daily = Daily().Match(t);
        if (daily.Success)
        {
            Add(ExecutionMeasure.DailyOperations, ReferenceData.InitialStage, daily.Groups["ini"], daily);
            Add(ExecutionMeasure.DailyOperations, ReferenceData.AdjustedStage, daily.Groups["adj"], daily);
            Add(ExecutionMeasure.DailyOperations, ReferenceData.ActualStage, daily.Groups["act"], daily);
            Rate(ExecutionMeasure.DailyOperations, daily.Groups["rate"], daily);
        }

        var threeInitial = ThreePublicInitial().Match(t);
        if (threeInitial.Success)
        {
            Three(ThreePublicItem.Total, ReferenceData.InitialStage, threeInitial.Groups["v"], threeInitial);
            // The items of the initial 三公 budget follow in the same paragraph.
            var offset = threeInitial.Index + threeInitial.Length;
            var abroad = AbroadInitial().Match(t, offset);
            if (abroad.Success) Three(ThreePublicItem.Abroad, ReferenceData.InitialStage, abroad.Groups["v"], abroad);
            var reception = ReceptionInitial().Match(t, offset);
            if (reception.Success) Three(ThreePublicItem.Reception, ReferenceData.InitialStage, reception.Groups["v"], reception);
            var vehicles = VehiclesInitial().Match(t, offset);
            if (vehicles.Success)
            {
                Three(ThreePublicItem.Vehicles, ReferenceData.InitialStage, vehicles.Groups["v"], vehicles);
                Three(ThreePublicItem.Total, ReferenceData.AdjustedStage, vehicles.Groups["adj"], vehicles);
            }
        }
        foreach (var (regex, item) in new[] { (VehiclesActual(), ThreePublicItem.Vehicles), (ReceptionActual(), ThreePublicItem.Reception), (AbroadActual(), ThreePublicItem.Abroad) })
        {
            var m = regex.Match(t);
            if (m.Success) Three(item, ReferenceData.ActualStage, m.Groups["v"], m);
        }
        var threeActual = ThreePublicActual().Match(t);
        if (threeActual.Success)
        {
            Three(ThreePublicItem.Total, ReferenceData.ActualStage, threeActual.Groups["v"], threeActual);
            Rate(ExecutionMeasure.ThreePublic, threeActual.Groups["rate"], threeActual);
        }

        ProfileReader.Read(doc, text);
    }

    /// <summary>"96.25" (percent) → 9625 hundredths of a percent.</summary>
    private static int BasisPoints(string percent) =>
        decimal.ToInt32(decimal.Parse(percent, CultureInfo.InvariantCulture) * 100);
}
