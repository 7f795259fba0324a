/// A column of the document tables on node and facet pages, besides 序号 and 名称 which are
/// always there. 条例 第十二条 asks the 公开目录 for 索引号, 名称, 内容概述, 生成日期 and 文号.
/// The table shows them in this order; a column empty on every row of a list is left out.
public enum ListColumn: String, Sendable, Hashable, CaseIterable {
    case indexNumber = "索引号"
    case summary = "内容概述"
    case written = "生成日期"
    case docNumber = "文号"
    case published = "发布日期"

    /// The columns when site.json names none.
    public static let standard: Set<ListColumn> = [.indexNumber, .docNumber, .published]

    /// The key the tables' templates test (`columns.indexNo`).
    var templateKey: String {
        switch self {
        case .indexNumber: return "indexNo"
        case .summary: return "summary"
        case .written: return "written"
        case .docNumber: return "docNo"
        case .published: return "published"
        }
    }

    /// Whether document `d` has something to show in this column.
    func hasValue(in d: Document) -> Bool {
        switch self {
        case .indexNumber: return d.indexNumber?.isEmpty == false
        case .summary: return d.summary?.isEmpty == false
        case .written: return true  // 成文日期 defaults to the 发布日期
        case .docNumber: return d.docNumber?.isEmpty == false
        case .published: return true
        }
    }
}
