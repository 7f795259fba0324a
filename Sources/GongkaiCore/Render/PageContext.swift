/// Builds the Mustache context dictionaries of every page kind.
///
/// Contexts are plain dictionaries (fast to look up, easy for theme authors to read in
/// `themes/default/templates`); every link in them comes from the `URLBuilder`.
struct PageContext {
    let site: Site
    let labels: [String: String]

    private var config: SiteConfig { site.config }
    private var urls: URLBuilder { site.urls }

    /// Keys every page has: site, labels, navigation, footer and meta tags.
    func common(pageTitle: String, columnName: String, currentRoot: Int?, outputPath: String,
                articleTitle: String? = nil, pubDate: String? = nil, contentSource: String? = nil,
                keywords: [String] = [], description: String? = nil) -> [String: Any] {
        let nav: [[String: Any]] = site.catalog.roots.map { i in
            let node = site.catalog.nodes[i]
            return ["title": node.title, "href": urls.href(URLBuilder.nodePath(node.path)), "current": i == currentRoot]
        }
        var footer: [String: Any] = [:]
        let f = config.footer
        if !f.sponsor.isEmpty { footer["sponsor"] = f.sponsor }
        if !f.operator.isEmpty { footer["operator"] = f.operator }
        if !f.siteCode.isEmpty { footer["siteCode"] = f.siteCode }
        if !f.icp.isEmpty { footer["icp"] = f.icp }
        if !f.policeRecord.isEmpty {
            footer["policeRecord"] = f.policeRecord
            let digits = f.policeRecord.filter { $0.isASCII && $0.isNumber }
            if !digits.isEmpty { footer["policeRecordHref"] = "https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=" + digits }
        }
        if !f.contact.isEmpty { footer["contact"] = f.contact }
        let meta: [String: Any] = [
            "siteName": config.title,
            "siteDomain": urls.domain,
            "siteIDCode": f.siteCode,
            "columnName": columnName,
            "articleTitle": articleTitle ?? pageTitle,
            "pubDate": Absent.or(pubDate),
            "contentSource": contentSource ?? config.agency.name,
            "keywords": keywords.isEmpty ? config.title : keywords.joined(separator: ","),
            "description": description ?? config.title,
        ]
        return [
            "lang": config.language,
            "site": ["title": config.title, "agencyName": config.agency.name],
            "labels": labels,
            "pageTitle": pageTitle,
            "meta": meta,
            "canonical": urls.absolute(outputPath),
            "nav": nav,
            "breadcrumbs": [[String: Any]](),
            "footer": footer,
            "hrefs": [
                "home": urls.href(URLBuilder.homePath),
                "siteMap": urls.href(URLBuilder.siteMapPath),
                "css": urls.href(URLBuilder.assetPath("style.css")),
                "js": urls.href(URLBuilder.assetPath("site.js")),
                "feed": Absent.or(config.feeds ? urls.href(URLBuilder.feedPath) : nil),
                "topics": urls.href(URLBuilder.facetPath(.topic)),
                "publishers": urls.href(URLBuilder.facetPath(.publisher)),
                "years": urls.href(URLBuilder.facetPath(.year)),
                "search": Absent.or(config.search ? urls.href(URLBuilder.searchPath) : nil),
            ] as [String: Any],
            "externalLinkNotice": config.externalLinkNotice ? labels["external_link_notice"] ?? "" : "",
        ]
    }

    /// The catalog tree with counts; `current` marks the node being shown and opens its branch.
    func tree(current: Int?) -> [[String: Any]] {
        var open: Set<Int> = []
        if let current { open = Set(site.catalog.ancestry(of: current).map { site.catalog.index(ofPath: $0.path)! }) }
        func build(_ i: Int) -> [String: Any] {
            let node = site.catalog.nodes[i]
            var item: [String: Any] = [
                "title": node.title,
                "href": urls.href(URLBuilder.nodePath(node.path)),
                "current": i == current,
                "open": open.contains(i),
            ]
            // Every key is always present: Mustache looks missing keys up in outer contexts.
            item["count"] = Absent.or(node.kind == .page ? nil : site.count(inTreeOf: i))
            item["children"] = node.children.map(build)
            item["hasChildren"] = !node.children.isEmpty
            return item
        }
        return site.catalog.roots.map(build)
    }

    func breadcrumbs(node: Int, extra: String? = nil) -> [[String: Any]] {
        var items: [[String: Any]] = [["title": labels["column_home"] ?? "首页", "href": urls.href(URLBuilder.homePath)]]
        let chain = site.catalog.ancestry(of: node)
        for (i, n) in chain.enumerated() {
            let isLast = extra == nil && i == chain.count - 1
            items.append(["title": n.title, "href": Absent.or(isLast ? nil : urls.href(URLBuilder.nodePath(n.path)))])
        }
        if let extra { items.append(["title": extra, "href": Absent.value]) }
        return items
    }

    /// One table row of a document list.
    func row(_ i: Int, serial: Int) -> [String: Any] {
        let d = site.documents[i]
        let status = d.status(on: site.today)
        var row: [String: Any] = [
            "serial": serial,
            "title": d.title,
            "href": urls.href(site.outputPaths[i]),
            "published": d.published.day.description,
            "docNo": Absent.or(d.docNumber),
            "indexNo": Absent.or(d.indexNumber),
        ]
        // Every key is always present: Mustache looks missing keys up in outer contexts.
        row["status"] = Absent.or(status == .valid ? nil : status.rawValue)
        row["policies"] = (site.interpretedDocuments[i] ?? []).map { ["title": site.documents[$0].title, "href": urls.href(site.outputPaths[$0])] }
        row["form"] = Absent.or(d.interpretationForm)
        return row
    }

    func rows<S: Sequence<Int>>(_ indexes: S, firstSerial: Int) -> [[String: Any]] {
        indexes.enumerated().map { row($0.element, serial: firstSerial + $0.offset) }
    }

    /// Page links for page `page` of `pages`; `path(n)` is the output path of page n.
    func pager(page: Int, pages: Int, path: (Int) -> String) -> [String: Any]? {
        guard pages > 1 else { return nil }
        let window = max(1, page - 3)...min(pages, page + 3)
        var result: [String: Any] = [
            "summary": (labels["page_of"] ?? "第 {{page}} 页，共 {{pages}} 页").replacingOccurrences(of: "{{page}}", with: "\(page)").replacingOccurrences(of: "{{pages}}", with: "\(pages)"),
            "pages": window.map { n in ["number": n, "href": urls.href(path(n)), "current": n == page] },
        ]
        if page > 1 {
            result["first"] = urls.href(path(1))
            result["previous"] = urls.href(path(page - 1))
        }
        if page < pages {
            result["next"] = urls.href(path(page + 1))
            result["last"] = urls.href(path(pages))
        }
        return result
    }
}
