/// Where a build has got to, for a progress line on a terminal (`SiteBuilder.build`'s callback).
public enum BuildProgress: Sendable, Hashable {
    case loadingDocuments
    case checking(documents: Int)
    /// Pages rendered and written so far, of all the pages of the site.
    case rendering(done: Int, total: Int)
    case copyingStatic
    case finishing

    /// A short Chinese description, e.g. `渲染页面 1200/5000`.
    public var description: String {
        switch self {
        case .loadingDocuments: return "读取文档"
        case .checking(let documents): return "检查 \(documents) 篇文档"
        case .rendering(let done, let total): return "生成页面 \(done)/\(total)"
        case .copyingStatic: return "复制静态文件"
        case .finishing: return "替换输出文件夹"
        }
    }
}
