/// Renders a group's portal from its members' summaries: the home with 机构导航 and the
/// newest documents across members, the portal 网站地图, the sitemap index, the combined feed,
/// robots.txt and the theme's assets. Nothing here touches the disk.
struct PortalRenderer {
    static let homeLimit = 10
    static let interpretationLimit = 6

    let group: GroupConfig
    let members: [PortalMember]
    let theme: Theme
    /// Whether the portal has the combined search (`SearchIndexMerger` wrote its index).
    let search: Bool
    /// The portal as a site without documents, so its pages share the members' chrome.
    private let context: PageContext

    init(group: GroupConfig, members: [PortalMember], theme: Theme, today: Day, search: Bool = false) {
        self.group = group
        self.members = members
        self.theme = theme
        self.search = search
        var config = SiteConfig()
        config.title = group.title
        config.urls = group.urls
        config.footer = group.footer
        config.search = false
        let resolver = SiteResolver(config: config, urls: group.urls, today: today, includeDrafts: false, includeFuture: false)
        context = PageContext(site: resolver.resolve(documents: [], assets: []), labels: theme.labels)
    }

    func files() -> [OutputFile] {
        var files = [home(), siteMap(), RobotsFile.file(urls: group.urls), PortalFeed(group: group, members: members).file()]
        if search { files.append(searchPage()) }
        files += PortalSitemap(group: group, members: members).files()
        files += theme.staticFiles.sorted { $0.key < $1.key }.map { OutputFile(path: URLBuilder.assetPath($0.key), contents: .bytes($0.value)) }
        return files
    }

    var urls: URLBuilder { group.urls }

    /// The member whose 联系我们 and 网站声明 the portal's footer links: the first 政府, else the first member.
    private var lead: PortalMember? {
        members.first { $0.member.kind == .government } ?? members.first
    }

    func common(title: String, path: String) -> TemplateObject {
        var common = context.common(pageTitle: title, columnName: title, currentRoot: nil, outputPath: path)
        common["hrefs"] = [
            "home": .text(urls.href(URLBuilder.homePath)),
            "siteMap": .text(urls.href(URLBuilder.siteMapPath)),
            "contact": .text(lead.map { $0.urls.href(URLBuilder.contactPath) }),
            "statement": .text(lead.map { $0.urls.href(URLBuilder.statementPath) }),
            "css": .text(urls.href(URLBuilder.assetPath("style.css"))),
            "js": .text(urls.href(URLBuilder.assetPath("site.js"))),
            "feed": .text(urls.href(URLBuilder.feedPath)),
            "search": search ? .text(urls.href(URLBuilder.searchPath)) : .absent,
        ]
        return common
    }

    /// The members in 机构导航 order: by kind, then as group.json lists them.
    private func kinds(_ member: (PortalMember) -> TemplateValue) -> TemplateValue {
        .list(GroupMemberKind.allCases.compactMap { kind -> TemplateValue? in
            let ofKind = members.filter { $0.member.kind == kind }
            guard !ofKind.isEmpty else { return nil }
            return ["heading": .text(kind.heading), "members": .list(ofKind.map(member))]
        })
    }

    private func row(_ entry: PortalEntry) -> TemplateValue {
        let member = members[entry.memberIndex]
        return [
            "title": .text(entry.title),
            "href": .text(entry.href),
            "published": .text(entry.published.day.description),
            "agency": .text(member.member.title),
            "agencyHref": .text(member.urls.href(URLBuilder.homePath)),
            "form": .text(entry.interpretationForm),
        ]
    }

    private func home() -> OutputFile {
        let path = URLBuilder.homePath
        let latest = PortalEntry.newest(members.flatMap(\.latest), limit: Self.homeLimit)
        let interpretations = PortalEntry.newest(members.flatMap(\.latestInterpretations), limit: Self.interpretationLimit)
        let values: TemplateObject = [
            "kinds": kinds { m in
                ["title": .text(m.member.title), "href": .text(m.urls.href(URLBuilder.homePath)),
                 "count": .number(m.documentCount), "newest": .text(m.newest?.description)]
            },
            "latest": .list(latest.map(row)),
            "latestInterpretations": .list(interpretations.map(row)),
            "total": .number(members.reduce(0) { $0 + $1.documentCount }),
        ]
        return OutputFile(path: path, contents: .bytes(theme.render("portal", common(title: group.title, path: path).merging(values))))
    }

    private func siteMap() -> OutputFile {
        let path = URLBuilder.siteMapPath
        let values: TemplateObject = [
            "kinds": kinds { m in
                ["title": .text(m.member.title), "href": .text(m.urls.href(URLBuilder.homePath)), "count": .number(m.documentCount),
                 "children": .list(m.tree.map(\.templateValue)), "hasChildren": .bool(true),
                 "siteMapHref": .text(m.urls.href(URLBuilder.siteMapPath))]
            },
            "total": .number(members.reduce(0) { $0 + $1.documentCount }),
            "breadcrumbs": .list([["title": .text(theme.labels["portal_front"] ?? "平台首页"), "href": .text(urls.href(URLBuilder.homePath))],
                                  ["title": .text(theme.labels["site_map"] ?? "网站地图"), "href": .absent]]),
        ]
        let title = theme.labels["site_map"] ?? "网站地图"
        return OutputFile(path: path, contents: .bytes(theme.render("portal-map", common(title: title, path: path).merging(values))))
    }
}
