/// What the portal keeps of a member once the member is built: counts, its newest documents,
/// its catalog and its sitemaps. The member's `Site` itself is let go, so the group's memory
/// follows its largest member, not the sum. It is the portal's half of the member's part summary
/// (`MemberPart`), written as JSON, so the portal can be assembled from parts built elsewhere.
struct PortalMember: Sendable, Codable, Equatable {
    /// How many of a member's newest documents and interpretations the portal keeps: enough
    /// for the combined feed (`PortalFeed.limit`).
    static let keep = 50

    var member: GroupMember
    var index: Int
    var urls: URLBuilder
    var documentCount: Int
    var newest: Day?
    var latest: [PortalEntry]
    var latestInterpretations: [PortalEntry]
    /// The member's catalog, for the portal 网站地图.
    var tree: [PortalTreeNode]
    /// The member's sitemap files, member-relative (`sitemap.xml`, or its parts when it is split).
    var sitemaps: [String] = ["sitemap.xml"]
    /// Whether the member has a search index (site.json `search`), which the portal's combines.
    var search: Bool
    /// The member's values of the search filters, for the portal's search page.
    var searchFilters: PortalSearchFilters

    enum CodingKeys: String, CodingKey {
        case documentCount, index, latest, latestInterpretations, member, newest, search, searchFilters, sitemaps, tree, urls
    }

    init(member: GroupMember, index: Int, site: Site) {
        self.member = member
        self.index = index
        urls = site.urls
        documentCount = site.documents.count
        newest = site.documents.first?.published.day
        search = site.config.search
        searchFilters = site.config.search ? PortalSearchFilters(site: site) : PortalSearchFilters()
        let entry = { (i: Int) -> PortalEntry in
            let d = site.documents[i]
            return PortalEntry(title: d.title, href: site.urls.href(site.outputPaths[i]), absoluteURL: site.urls.absolute(site.outputPaths[i]),
                               published: d.published, publisher: d.publisher.isEmpty ? member.title : d.publisher,
                               summary: [d.docNumber, d.summary].compactMap { $0 }.joined(separator: " "),
                               interpretationForm: d.interpretationForm, memberIndex: index, documentIndex: i)
        }
        latest = site.documents.indices.prefix(Self.keep).map(entry)
        latestInterpretations = site.documents.indices.lazy.filter { site.interpretedDocuments[$0] != nil || site.otherMembersInterpreted[$0] != nil }.prefix(Self.keep).map(entry)
        func node(_ i: Int) -> PortalTreeNode {
            let n = site.catalog.nodes[i]
            return PortalTreeNode(title: n.title, href: site.urls.href(URLBuilder.nodePath(n.path)),
                                  count: n.holdsDocuments ? site.count(inTreeOf: i) : nil, children: n.children.map(node))
        }
        tree = site.catalog.roots.map(node)
    }
}
