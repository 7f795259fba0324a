/// The portal's `sitemap.xml`: a sitemap index (sitemaps.org) over the portal's own pages
/// (`sitemap-portal.xml`) and every member's sitemap files.
struct PortalSitemap {
    static let portalPath = "sitemap-portal.xml"

    let group: GroupConfig
    let members: [PortalMember]

    func files() -> [OutputFile] {
        let urls = group.urls
        let newest = members.compactMap(\.newest).max()
        let own = SitemapFiles(urls: urls).files(for: [.init(path: URLBuilder.homePath, lastModified: newest), .init(path: URLBuilder.siteMapPath, lastModified: newest)])
        var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        index += entry(urls.absolute(Self.portalPath), newest)
        for member in members {
            for file in member.sitemaps { index += entry(member.urls.absolute(file), member.newest) }
        }
        index += "</sitemapindex>\n"
        return [OutputFile(path: "sitemap.xml", contents: .text(index)), OutputFile(path: Self.portalPath, contents: own[0].contents)]
    }

    private func entry(_ loc: String, _ lastModified: Day?) -> String {
        "<sitemap><loc>\(XMLText.escape(loc))</loc>" + (lastModified.map { "<lastmod>\($0)</lastmod>" } ?? "") + "</sitemap>\n"
    }
}
