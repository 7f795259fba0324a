/// One unit of rendering work; jobs are listed first, then rendered in parallel batches.
enum PageJob: Sendable {
    case home
    case node(Int, page: Int)
    case document(Int)
    /// The notice at a withdrawn 公示's URL (`Site.withdrawn`).
    case withdrawn(Int)
    case facetOverview(URLBuilder.Facet)
    case facetValue(URLBuilder.Facet, value: String, documents: [Int], page: Int)
    case siteMap
    case notFound
    case feeds
    case sitemapXML
    case robots
    case assets
    /// The search page (`search/index.html`).
    case searchPage
    /// A page of the 政策文件库, all documents or one filter value's.
    case library(PolicyLibrary.Dimension?, value: Int, page: Int)
    /// A page of the 已废止、失效文件 list.
    case invalidDocuments(page: Int)
    /// 联系我们 and 网站声明.
    case infoPages
}
