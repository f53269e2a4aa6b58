using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Text;

namespace BudgetGraph.Ingest.Staging;

/// <summary>
/// Reads the department profile from prose: staff (共 120 人), 离休/退休, posts (编制) and actual staff,
/// other staff, vehicles, equipment above a unit price, fixed assets. Only the first statement of each
/// measure counts: later mentions are plans ("2023 年计划新增车辆 0 辆") or sub-units.
/// </summary>
internal static partial class ProfileReader
{
    private sealed record Pattern(string Measure, string Unit, Regex Regex, bool Wan = false);

    private static readonly Pattern[] Patterns =
    [
        new("staff", "人", StaffTotal()),
        new("retired_off", "人", RetiredOff()),
        new("retirees", "人", Retirees()),
        new("admin_posts", "人", AdminPosts()),
        new("admin_staff", "人", AdminStaff()),
        new("institution_posts", "人", InstitutionPosts()),
        new("institution_staff", "人", InstitutionStaff()),
        new("other_staff", "人", OtherStaff()),
        new("vehicles", "辆", Vehicles()),
        new("general_equipment_50w", "台（套）", GeneralEquipment()),
        new("special_equipment_100w", "台（套）", SpecialEquipment()),
        new("equipment_100w", "台（套）", Equipment()),
        new("fixed_assets", "件", FixedAssets()),
        new("fixed_assets_value", "元", FixedAssetsValue(), Wan: true),
    ];

    [GeneratedRegex(@"共\s*(?<n>[0-9]+)\s*人[；，]\s*离休")]
    private static partial Regex StaffTotal();
    [GeneratedRegex(@"离休\s*(?<n>[0-9]+)\s*人")]
    private static partial Regex RetiredOff();
    [GeneratedRegex(@"退休\s*(?<n>[0-9]+)\s*人")]
    private static partial Regex Retirees();
    [GeneratedRegex(@"行政编制(?:总)?数\s*(?<n>[0-9]+)\s*人")]
    private static partial Regex AdminPosts();
    [GeneratedRegex(@"行政编制(?:总)?数\s*[0-9]+\s*人(?:（含老工勤）)?[，；]\s*实有在编人数\s*(?<n>[0-9]+)\s*人")]
    private static partial Regex AdminStaff();
    [GeneratedRegex(@"事业编制(?:总)?数\s*(?<n>[0-9]+)\s*人")]
    private static partial Regex InstitutionPosts();
    [GeneratedRegex(@"事业编制(?:总)?数\s*[0-9]+\s*人[，；]\s*(?:年末)?实有在编人数\s*(?<n>[0-9]+)\s*人")]
    private static partial Regex InstitutionStaff();
    [GeneratedRegex(@"其他人员[^。；]*?实有人数\s*(?<n>[0-9]+)\s*人")]
    private static partial Regex OtherStaff();
    [GeneratedRegex(@"共有车辆\s*(?<n>[0-9]+)\s*辆")]
    private static partial Regex Vehicles();
    [GeneratedRegex(@"单价\s*50\s*万元以上通用设备\s*(?<n>[0-9]+)\s*台")]
    private static partial Regex GeneralEquipment();
    [GeneratedRegex(@"单价\s*100\s*万元以上专用设备\s*(?<n>[0-9]+)\s*台")]
    private static partial Regex SpecialEquipment();
    [GeneratedRegex(@"单\s*价\s*100\s*万元以上设备\s*(?<n>[0-9]+)\s*台")]
    private static partial Regex Equipment();
    [GeneratedRegex(@"固定资产\s*(?<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\s*件")]
    private static partial Regex FixedAssets();
    [GeneratedRegex(@"原值合计\s*(?<n>" + NarrativeReader.AmountPattern + @")\s*万元")]
    private static partial Regex FixedAssetsValue();

    /// <summary>Adds the profile measures stated in <paramref name="text"/>; returns the statements it read.</summary>
    public static List<Match> Read(StagedDocument doc, JoinedText text)
    {
        var read = new List<Match>();
        foreach (var p in Patterns)
        {
            var m = p.Regex.Match(text.Text);
            if (!m.Success) continue;
            read.Add(m);
            var value = p.Wan ? Amount.Parse(m.Groups["n"].Value).Yuan : long.Parse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal));
            doc.Profile.Add(new StagedProfile(p.Measure, value, p.Unit, text.LineAt(m.Index + m.Length - 1)));
        }
        return read;
    }
}
