using System.Security.Cryptography;
using System.Text;
using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Ingest.Conform;

/// <summary>
/// What is known about the publishing units beyond their documents: a stable readable code and the
/// unit's kind, level, region, unit type and supervisor. Codes (documented in the README):
/// <list type="bullet">
/// <item><c>szzsj</c> — 深圳市政务服务和数据管理局(本级) (深圳 政数局), city bureau, 行政;</item>
/// <item><c>szdsj</c> — 深圳市大数据资源管理中心 (深圳 大数据), data center, 事业, supervised by szzsj;</item>
/// <item><c>psqzsj</c> — 深圳市坪山区政务服务数据管理局 (坪山区 政数局), district bureau, 行政.</item>
/// </list>
/// A unit not listed here gets a code derived from its name (<c>d</c> + 8 hex digits of its SHA-256), and its kind,
/// level and unit type from what its name states: 街道办事处 → subdistrict office (level 街道); a name ending in 中心, 院,
/// 馆, 站, 所 or 队 → 事业单位 (a data center when it names 数据); 委员会 or 办公室 → commission; else a bureau; the level
/// is 区 when the name names a district (…区…) and 市 otherwise.
/// </summary>
public static class DepartmentRegistry
{
    /// <summary>Metadata of a known unit.</summary>
    public sealed record Entry(string Code, string Name, DepartmentKind Kind, AdministrativeLevel Level, string Region,
        UnitType UnitType, string? SupervisorCode, string[] Aliases);

    /// <summary>The known units.</summary>
    public static IReadOnlyList<Entry> Known { get; } =
    [
        new("szzsj", "深圳市政务服务和数据管理局（本级）", DepartmentKind.CityBureau, AdministrativeLevel.City, "深圳市",
            UnitType.Administrative, null, ["深圳市政务服务和数据管理局", "深圳市政务服务数据管理局"]),
        new("szdsj", "深圳市大数据资源管理中心", DepartmentKind.DataCenter, AdministrativeLevel.City, "深圳市",
            UnitType.PublicInstitution, "szzsj", []),
        new("psqzsj", "深圳市坪山区政务服务数据管理局", DepartmentKind.DistrictBureau, AdministrativeLevel.District, "坪山区",
            UnitType.Administrative, null, []),
    ];

    /// <summary>The entry for a (normalized) name: known, or derived from the name.</summary>
    public static Entry For(string name)
    {
        var norm = Names.Normalize(name);
        var known = Known.FirstOrDefault(e => e.Name == norm || e.Aliases.Contains(norm));
        if (known is not null) return known;
        var code = "d" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(norm)))[..8];
        var district = norm.Contains('区', StringComparison.Ordinal);
        var own = norm.Replace("（本级）", "", StringComparison.Ordinal);
        var subdistrict = own.EndsWith("街道办事处", StringComparison.Ordinal) || own.EndsWith("街道", StringComparison.Ordinal);
        var institution = new[] { "中心", "院", "馆", "站", "所", "队" }.Any(s => own.EndsWith(s, StringComparison.Ordinal));
        var kind = subdistrict ? DepartmentKind.SubdistrictOffice
            : institution ? (own.Contains("数据", StringComparison.Ordinal) ? DepartmentKind.DataCenter : DepartmentKind.PublicInstitution)
            : own.EndsWith("委员会", StringComparison.Ordinal) || own.EndsWith("办公室", StringComparison.Ordinal) ? DepartmentKind.Commission
            : district ? DepartmentKind.DistrictBureau : DepartmentKind.CityBureau;
        // The region is printed at the start of the name: "深圳市样例区…" → 样例区, "样例市农业农村局" → 样例市.
        var city = norm.IndexOf('市', StringComparison.Ordinal);
        var region = district ? norm[(city + 1)..(norm.IndexOf('区', StringComparison.Ordinal) + 1)]
            : city > 0 ? norm[..(city + 1)] : "深圳市";
        var level = subdistrict ? AdministrativeLevel.Subdistrict : district ? AdministrativeLevel.District : AdministrativeLevel.City;
        return new Entry(code, norm, kind, level, region, institution ? UnitType.PublicInstitution : UnitType.Administrative, null, []);
    }
}
