/// One unit of rendering work; jobs are listed first, then rendered in parallel batches.
enum PageJob: Sendable {
    case home
    case node(Int, page: Int)
    case document(Int)
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
    /// 联系我们 and 网站声明.
    case infoPages
}
