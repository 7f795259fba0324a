/// A name for a page job that stays the same from one build of a site to the next while
/// the page stays (`SiteSession` keeps each job's files and diagnostics under it).
extension PageJob {
    func sessionKey(in site: Site) -> String {
        switch self {
        case .home: return "home"
        case .node(let i, let page): return "node/\(site.catalog.nodes[i].path)/\(page)"
        case .document(let i): return "document/" + site.documents[i].sourcePath
        case .withdrawn(let w): return "withdrawn/" + site.withdrawn[w].document.sourcePath
        case .facetOverview(let facet): return "facet/\(facet)"
        case .facetValue(let facet, let value, _, let page): return "facet/\(facet)/\(value)/\(page)"
        case .siteMap: return "sitemap"
        case .notFound: return "404"
        case .feeds: return "feeds"
        case .sitemapXML: return "sitemap.xml"
        case .robots: return "robots"
        case .assets: return "assets"
        case .searchPage: return "search"
        case .library(let dimension, let value, let page): return "library/\(dimension?.rawValue ?? "all")/\(value)/\(page)"
        case .invalidDocuments(let page): return "invalid/\(page)"
        case .infoPages: return "info"
        }
    }
}
