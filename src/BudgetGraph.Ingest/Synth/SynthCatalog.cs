namespace BudgetGraph.Ingest.Synth;

/// <summary>
/// The code lists and vocabularies synthetic department-years draw from. Every subject code and name
/// here is one printed in the real sources (data/sources), so synthetic trees have the real shape:
/// 类 → 款 → 项 of 支出功能分类 and 类 → 款 of 支出经济分类.
/// </summary>
internal static class SynthCatalog
{
    /// <summary>A subject: code and published name; the parent is the code without its last two digits.</summary>
    public sealed record Subject(string Code, string Name);

    /// <summary>支出功能分类 subjects seen in the sources (类, 款 and 项).</summary>
    public static readonly Subject[] Functional =
    [
        new("201", "一般公共服务支出"), new("20103", "政府办公厅（室）及相关机构事务"),
        new("2010301", "行政运行"), new("2010302", "一般行政管理事务"), new("2010350", "事业运行"),
        new("2010399", "其他政府办公厅（室）及相关机构事务支出"),
        new("20137", "网信事务"), new("2013701", "行政运行"), new("2013702", "一般行政管理事务"), new("2013799", "其他网信事务支出"),
        new("205", "教育支出"), new("20508", "进修及培训"), new("2050803", "培训支出"),
        new("208", "社会保障和就业支出"), new("20805", "行政事业单位养老支出"), new("2080501", "行政单位离退休"),
        new("2080502", "事业单位离退休"), new("2080505", "机关事业单位基本养老保险缴费支出"), new("2080506", "机关事业单位职业年金缴费支出"),
        new("210", "卫生健康支出"), new("21004", "公共卫生"), new("2100410", "突发公共卫生事件应急处理"),
        new("21011", "行政事业单位医疗"), new("2101101", "行政单位医疗"), new("2101102", "事业单位医疗"),
        new("221", "住房保障支出"), new("22102", "住房改革支出"), new("2210201", "住房公积金"), new("2210203", "购房补贴"),
    ];

    /// <summary>支出经济分类 subjects seen in the sources (类 and 款).</summary>
    public static readonly Subject[] Economic =
    [
        new("301", "工资福利支出"), new("30101", "基本工资"), new("30102", "津贴补贴"), new("30103", "奖金"),
        new("30108", "机关事业单位基本养老保险缴费"), new("30109", "职业年金缴费"), new("30110", "职工基本医疗保险缴费"),
        new("30112", "其他社会保障缴费"), new("30113", "住房公积金"), new("30199", "其他工资福利支出"),
        new("302", "商品和服务支出"), new("30201", "办公费"), new("30202", "印刷费"), new("30203", "咨询费"), new("30205", "水费"),
        new("30206", "电费"), new("30207", "邮电费"), new("30209", "物业管理费"), new("30211", "差旅费"), new("30212", "因公出国（境）费用"),
        new("30213", "维修（护）费"), new("30214", "租赁费"), new("30215", "会议费"), new("30216", "培训费"), new("30217", "公务接待费"),
        new("30218", "专用材料费"), new("30226", "劳务费"), new("30227", "委托业务费"), new("30228", "工会经费"), new("30229", "福利费"),
        new("30231", "公务用车运行维护费"), new("30239", "其他交通费用"), new("30299", "其他商品和服务支出"),
        new("303", "对个人和家庭的补助"), new("30302", "退休费"), new("30305", "生活补助"), new("30309", "奖励金"),
        new("309", "资本性支出（基本建设）"), new("30907", "信息网络及软件购置更新"),
        new("310", "资本性支出"), new("31002", "办公设备购置"), new("31007", "信息网络及软件购置更新"),
        new("312", "对企业补助"), new("31204", "费用补贴"),
    ];

    /// <summary>Economic 款 that carry basic expenditure (staff and running costs); the first ones always appear.</summary>
    public static readonly string[] BasicSections =
    [
        "30101", "30102", "30108", "30113", "30201", "30228", "30299",
        "30103", "30109", "30110", "30112", "30199", "30202", "30205", "30206", "30207", "30209", "30211", "30213", "30216",
        "30229", "30231", "30239", "30302", "30305",
    ];

    /// <summary>Economic 款 that carry project expenditure.</summary>
    public static readonly string[] ProjectSections = ["30227", "30213", "30226", "30203", "30218", "30299", "31002", "31007"];

    /// <summary>Project category names seen in the sources; <c>政府投资</c> in a name marks a government investment project.</summary>
    public static readonly string[] Categories =
    [
        "政务综合管理", "信息化运维项目", "信息化新建项目（非政府投资项目）", "政府投资项目", "信息化服务类项目（非运维服务部分）",
        "综合管理", "资产配置预算", "预算准备金", "信息化类", "一般行政管理事务",
    ];

    /// <summary>Line-item names of the kind 第三部分 lists.</summary>
    public static readonly string[] LineItems =
    [
        "政务短信平台", "政务云服务项目", "电子政务运维管理项目", "政府网络运行维护", "政府网站平台运行维护", "数据备份中心运维",
        "城市大数据中心运行", "网络安全等级保护测评", "视频会议系统运维", "政务服务大厅运营", "档案数字化加工", "办公设备购置",
        "业务培训", "电子政务外网升级改造", "政务微信平台运营", "12345热线运营服务",
    ];

    /// <summary>Subject areas of synthetic departments' names.</summary>
    public static readonly string[] Topics =
    [
        "政务服务数据管理", "大数据资源管理", "交通运输", "教育", "卫生健康", "住房和建设", "生态环境", "文化广电旅游体育", "市场监督管理",
        "应急管理", "司法", "财政", "人力资源和社会保障", "科技创新", "工业和信息化", "水务", "城市管理和综合执法", "规划和自然资源", "民政", "商务",
    ];

    /// <summary>Districts of Shenzhen (regions of district bureaus).</summary>
    public static readonly string[] Districts = ["福田区", "罗湖区", "南山区", "盐田区", "宝安区", "龙岗区", "龙华区", "坪山区", "光明区", "大鹏新区"];

    /// <summary>Performance indicators: level 1, level 2, level 3 and a target template ({0} a number).</summary>
    public static readonly (string L1, string L2, string L3, string Target)[] Indicators =
    [
        ("产出", "数量", "政务系统巡检", "{0}次/天"), ("产出", "数量", "信息系统运维数量", "≥{0}个"), ("产出", "质量", "系统可用率", "≥99.{0}%"),
        ("产出", "时效", "故障响应时间", "≤{0}小时"), ("效益", "社会效益", "政务服务事项网上可办率", "≥9{0}%"),
        ("效益", "可持续影响", "数据共享交换量", "≥{0}万条"), ("满意度", "服务对象满意度", "服务对象满意度", "≥9{0}%"),
        ("产出", "成本", "预算执行率", "≥9{0}%"),
    ];
}
