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
/// A unit not listed here gets a code derived from its name (<c>d</c> + 8 hex digits of its SHA-256)
/// and a kind guessed from its name (区 → district bureau, 中心 → data center, else city bureau).
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
        var kind = district ? DepartmentKind.DistrictBureau
            : norm.EndsWith("中心", StringComparison.Ordinal) ? DepartmentKind.DataCenter : DepartmentKind.CityBureau;
        // The region is printed at the start of the name: "深圳市样例区…" → 样例区, "样例市农业农村局" → 样例市.
        var city = norm.IndexOf('市', StringComparison.Ordinal);
        var region = district ? norm[(city + 1)..(norm.IndexOf('区', StringComparison.Ordinal) + 1)]
            : city > 0 ? norm[..(city + 1)] : "深圳市";
        return new Entry(code, norm, kind, district ? AdministrativeLevel.District : AdministrativeLevel.City, region,
            kind == DepartmentKind.DataCenter ? UnitType.PublicInstitution : UnitType.Administrative, null, []);
    }
}
