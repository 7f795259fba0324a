/// What kind of column a catalog node is, for how often it must be updated.
///
/// The limits are those of the 政府网站与政务新媒体检查指标 (国办秘函〔2019〕19号), under which a
/// column not updated in time is a 单项否决: 动态、要闻类栏目 two weeks; 通知公告、政策文件类
/// six months; 人事、规划计划类 one year. 解读 follows the policies it explains, 财政 the yearly
/// budget cycle. Columns that change only when the facts do (指南, 制度, 机构职能) and
/// columns the rule does not name have no limit.
public enum ColumnType: String, Sendable, Hashable, CaseIterable {
    case news = "动态"
    case notices = "通知公告"
    case policies = "政策文件"
    case interpretations = "解读"
    case personnel = "人事"
    case plans = "规划"
    case finance = "财政"
    case guide = "指南"
    case rules = "制度"
    case functions = "机构职能"
    case reports = "年报"
    case application = "依申请公开"
    case other = "其他"

    /// Days after which the newest item is stale (`node.stale`); nil for no limit.
    public var defaultFreshDays: Int? {
        switch self {
        case .news: return 14
        case .notices, .policies, .interpretations: return 180
        case .personnel, .plans, .finance: return 365
        case .guide, .rules, .functions, .reports, .application, .other: return nil
        }
    }

    /// The rule the limit comes from, for the diagnostic.
    public var limitSource: String {
        switch self {
        case .interpretations: return "解读与所解读的政策同步，按政策文件类"
        case .finance: return "财政预决算按年度公开"
        default: return "国办秘函〔2019〕19号"
        }
    }

    /// The type a node gets when site.json does not say: from its kind, then from its id and
    /// title as the standard catalog names them.
    public static func inferred(id: String, title: String, kind: CatalogNode.Kind) -> ColumnType {
        switch kind {
        case .interpretations: return .interpretations
        case .reports: return .reports
        case .application: return .application
        case .consultations: return .other
        case .page: return title.contains("指南") ? .guide : .other
        case .list: break
        }
        let rules: [(ColumnType, ids: [String], words: [String])] = [
            (.guide, ["xxgkzn"], ["指南"]),
            (.rules, ["xxgkzd"], ["制度"]),
            (.functions, ["jgzn", "jgxx"], ["机构职能", "机构信息", "领导信息", "领导简介"]),
            (.interpretations, ["zcjd"], ["解读"]),
            (.news, ["gzdt", "ywdt", "zwdt", "xwdt", "tpxw"], ["动态", "要闻", "新闻", "工作信息"]),
            (.notices, ["tzgg", "gsgg"], ["通知公告", "公告公示", "通知", "公告", "公示"]),
            (.policies, ["fgwj", "gfxwj", "qtwj", "zcwj", "zfwj"], ["文件", "政策", "法规"]),
            (.personnel, ["rsxx", "rsrm"], ["人事", "任免", "招录", "招聘"]),
            (.plans, ["ghjh", "ghxx"], ["规划", "计划"]),
            (.finance, ["czxx", "czyjs", "czzj"], ["财政", "预算", "决算", "预决算"]),
        ]
        for (type, ids, _) in rules where ids.contains(id) { return type }
        for (type, _, words) in rules where words.contains(where: title.contains) { return type }
        return .other
    }
}
