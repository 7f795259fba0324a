/// Builds the template view models of every page kind.
///
/// View models are typed dictionaries (`TemplateValue`), easy for theme authors to read
/// in `themes/default/templates`; every link in them comes from the `URLBuilder`. What is
/// the same on every page (labels, footer, links) is built once.
struct PageContext: Sendable {
    let site: Site
    let labels: [String: String]
    /// `labels` as a template value, built once.
    let labelsValue: TemplateValue
    private let footer: TemplateValue
    private let hrefs: TemplateValue
    private let siteValue: TemplateValue
    /// The main navigation with each root highlighted (index 0: none).
    private let navs: [TemplateValue]
    /// Every document's list row without its serial number; a document is listed on
    /// several pages (its node and their parents, topic, publisher, year).
    private let baseRows: [TemplateObject]
    /// Each node's breadcrumbs with every item linked, for pages below the node (documents).
    private let linkedCrumbs: [[TemplateValue]]
    /// The 纠错 link up to its `url=` value, as bytes; nil when the site has no 网站标识码.
    private let jiucuoPrefix: [UInt8]?
    /// The confirm text of the external-link notice, naming the site being left; the same on every page.
    private let externalLinkNotice: TemplateValue
    /// Each node's entry of the catalog tree without `current` and `open`, the only keys
    /// that change from one tree to the next: made once, not once per tree (`tree(current:)`).
    private let treeEntries: [TreeEntry]

    /// A node's catalog-tree keys that are the same in every tree.
    private struct TreeEntry: Sendable {
        let title: TemplateValue
        let href: TemplateValue
        let count: TemplateValue
        let hasChildren: TemplateValue
    }

    private var config: SiteConfig { site.config }
    private var urls: URLBuilder { site.urls }

    init(site: Site, labels: [String: String]) {
        self.site = site
        self.labels = labels
        let config = site.config
        let urls = site.urls
        labelsValue = .object(labels)
        var footer: [String: TemplateValue] = [:]
        let f = config.footer
        if !f.sponsor.isEmpty { footer["sponsor"] = .text(f.sponsor) }
        if !f.operator.isEmpty { footer["operator"] = .text(f.operator) }
        if !f.siteCode.isEmpty { footer["siteCode"] = .text(f.siteCode) }
        if !f.icp.isEmpty { footer["icp"] = .text(f.icp) }
        if !f.policeRecord.isEmpty {
            footer["policeRecord"] = .text(f.policeRecord)
            let digits = f.policeRecord.filter { $0.isASCII && $0.isNumber }
            if !digits.isEmpty { footer["policeRecordHref"] = .text("https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=" + digits) }
        }
        if !f.contact.isEmpty { footer["contact"] = .text(f.contact) }
        if !f.conacURL.isEmpty { footer["conacURL"] = .text(f.conacURL) }
        if !f.portalURL.isEmpty {
            footer["portalURL"] = .text(f.portalURL)
            footer["portalTitle"] = .text(f.portalTitle.isEmpty ? labels["portal_home"] ?? "门户网站首页" : f.portalTitle)
        }
        footer["interaction"] = .list(f.interaction.map { ["title": .text($0.title), "url": .text($0.url)] })
        self.footer = .object(footer)
        hrefs = [
            "home": .text(urls.href(URLBuilder.homePath)),
            "siteMap": .text(urls.href(URLBuilder.siteMapPath)),
            "contact": .text(urls.href(URLBuilder.contactPath)),
            "statement": .text(urls.href(URLBuilder.statementPath)),
            "css": .text(urls.href(URLBuilder.assetPath("style.css"))),
            "js": .text(urls.href(URLBuilder.assetPath("site.js"))),
            "feed": .text(config.feeds ? urls.href(URLBuilder.feedPath) : nil),
            "topics": .text(urls.href(URLBuilder.facetPath(.topic))),
            "publishers": .text(urls.href(URLBuilder.facetPath(.publisher))),
            "years": .text(urls.href(URLBuilder.facetPath(.year))),
            "search": .text(config.search ? urls.href(URLBuilder.searchPath) : nil),
            "library": .text(PolicyLibrary.exists(in: site) ? urls.href(URLBuilder.libraryPath()) : nil),
            "invalidDocuments": .text(PolicyLibrary.exists(in: site) ? urls.href(URLBuilder.invalidDocumentsPath()) : nil),
        ]
        siteValue = ["title": .text(config.title), "agencyName": .text(config.agency.name)]
        jiucuoPrefix = f.siteCode.isEmpty ? nil : Array("https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=\(f.siteCode)&url=".utf8)
        externalLinkNotice = config.externalLinkNotice ? .text(Self.filling(labels["external_link_notice"] ?? "", ["site": config.title])) : .text("")
        // Each node's link once: the navigation, the breadcrumbs and the tree all show it.
        let nodeHrefs = site.catalog.nodes.map { urls.href(URLBuilder.nodePath($0.path)) }
        navs = ([nil] + site.catalog.roots.map { Optional($0) }).map { (currentRoot: Int?) -> TemplateValue in
            .list(site.catalog.roots.map { i -> TemplateValue in
                let node = site.catalog.nodes[i]
                return ["title": .text(node.title), "href": .text(nodeHrefs[i]), "current": .bool(i == currentRoot)]
            })
        }
        baseRows = Parallel.map(site.documents.count) { [site] i in Self.row(i, site: site, labels: labels) }
        let home: TemplateValue = ["title": .text(labels["column_home"] ?? "首页"), "href": .text(urls.href(URLBuilder.homePath))]
        // A node's crumbs are its parent's and its own (a parent comes before its children in `nodes`).
        var linkedCrumbs: [[TemplateValue]] = []
        linkedCrumbs.reserveCapacity(site.catalog.nodes.count)
        for (i, node) in site.catalog.nodes.enumerated() {
            linkedCrumbs.append((node.parent.map { linkedCrumbs[$0] } ?? [home]) + [["title": .text(node.title), "href": .text(nodeHrefs[i])]])
        }
        self.linkedCrumbs = linkedCrumbs
        treeEntries = site.catalog.nodes.indices.map { i in
            let node = site.catalog.nodes[i]
            return TreeEntry(title: .text(node.title), href: .text(nodeHrefs[i]),
                             count: .number(!node.holdsDocuments ? nil : site.count(inTreeOf: i)), hasChildren: .bool(!node.children.isEmpty))
        }
    }

    /// Keys every page has: site, labels, navigation, footer and meta tags.
    func common(pageTitle: String, columnName: String, currentRoot: Int?, outputPath: String,
                articleTitle: String? = nil, pubDate: String? = nil, contentSource: String? = nil,
                keywords: [String] = [], description: String? = nil, column: Int? = nil) -> TemplateObject {
        let nav = navs[currentRoot.flatMap { site.catalog.roots.firstIndex(of: $0) }.map { $0 + 1 } ?? 0]
        var meta: TemplateObject = [
            "siteName": .text(config.title),
            "siteDomain": .text(urls.domain),
            "siteIDCode": .text(config.footer.siteCode),
            "columnName": .text(columnName),
            "articleTitle": .text(articleTitle ?? pageTitle),
            "pubDate": .text(pubDate),
            "contentSource": .text(contentSource ?? config.agency.name),
            "keywords": .text(keywords.isEmpty ? config.title : keywords.joined(separator: ",")),
            "description": .text(description ?? config.title),
        ]
        // 国办发〔2017〕47号: column pages also carry the column's description, keywords and type.
        if let column {
            meta["columnDescription"] = .text(description ?? columnDescription(column))
            meta["columnKeywords"] = .text(columnKeywords(column))
            meta["columnType"] = .text(columnType(column))
        }
        let canonical = urls.absolute(outputPath)
        return [
            "lang": .text(config.language),
            "site": siteValue,
            "labels": labelsValue,
            "pageTitle": .text(pageTitle),
            "meta": .object(meta),
            // The home page's title is the site name once, not "name - name".
            "documentTitle": .text(pageTitle == config.title ? pageTitle : pageTitle + " - " + config.title),
            "canonical": .text(canonical),
            "jiucuoHref": .text(jiucuoHref(absoluteURL: canonical)),
            "nav": nav,
            "breadcrumbs": [],
            "footer": footer,
            "hrefs": hrefs,
            "externalLinkNotice": externalLinkNotice,
        ]
    }

    /// The catalog tree with counts; `current` marks the node being shown and opens its branch.
    func tree(current: Int?) -> TemplateValue {
        var open: Set<Int> = []
        if let current { open = Set(site.catalog.ancestry(of: current).map { site.catalog.index(ofPath: $0.path)! }) }
        func build(_ i: Int) -> TemplateValue {
            let entry = treeEntries[i]
            // Every key is always present: Mustache looks missing keys up in outer contexts.
            return [
                "title": entry.title,
                "href": entry.href,
                "current": .bool(i == current),
                "open": .bool(open.contains(i)),
                "count": entry.count,
                "children": .list(site.catalog.nodes[i].children.map(build)),
                "hasChildren": entry.hasChildren,
            ]
        }
        return .list(site.catalog.roots.map(build))
    }

    /// A node's breadcrumbs: 首页, then the node's ancestry, the node itself unlinked; with
    /// `extra` (a page below the node), every node linked and `extra` last.
    func breadcrumbs(node: Int, extra: String? = nil) -> TemplateValue {
        var items = linkedCrumbs[node]
        if let extra {
            items.append(["title": .text(extra), "href": .absent])
        } else if items.count > 1, case .object(let last) = items[items.count - 1] {
            items[items.count - 1] = .object(last.object.merging(["href": .absent]))
        }
        return .list(items)
    }

    /// Breadcrumbs of a page outside the catalog: 首页, then `trail` (the last without a link).
    func breadcrumbs(_ trail: [(title: String, href: String?)]) -> TemplateValue {
        .list([["title": .text(labels["column_home"] ?? "首页"), "href": .text(urls.href(URLBuilder.homePath))]]
              + trail.map { ["title": .text($0.title), "href": .text($0.href)] })
    }

    /// One table row of a document list.
    func row(_ i: Int, serial: Int) -> TemplateValue {
        var row = baseRows[i]
        row["serial"] = .number(serial)
        return .object(row)
    }

    private static func row(_ i: Int, site: Site, labels: [String: String]) -> TemplateObject {
        let d = site.documents[i]
        let urls = site.urls
        let status = site.status(of: i)
        // Every key is always present: Mustache looks missing keys up in outer contexts.
        return [
            "title": .text(d.title),
            "href": .text(urls.href(site.outputPaths[i])),
            "published": .text(d.published.day.description),
            "written": .text(d.written.day.description),
            "summary": .text(d.summary),
            "docNo": .text(d.docNumber),
            "indexNo": .text(d.indexNumber),
            "status": .text(status == .valid ? nil : status.rawValue),
            "policies": .list((site.interpretedDocuments[i] ?? []).map { ["title": .text(site.documents[$0].title), "href": .text(urls.href(site.outputPaths[$0]))] }
                + (site.otherMembersInterpreted[i] ?? []).map { ["title": .text($0.title), "href": .text($0.href)] }),
            "form": .text(d.interpretationForm),
            "clock": .text(site.consultationStates[i]?.text(labels: labels)),
        ]
    }

    func rows<S: Sequence<Int>>(_ indexes: S, firstSerial: Int) -> TemplateValue {
        .list(indexes.enumerated().map { row($0.element, serial: firstSerial + $0.offset) })
    }

    /// A label with each `{{name}}` of `values` replaced by its value, other text as it is
    /// (Foundation's `replacingOccurrences` cost more than the rest of a list page's pager).
    static func filling(_ label: String, _ values: [String: String]) -> String {
        let bytes = Array(label.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "{"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "{"),
               let close = bytes[(i + 2)...].firstIndex(of: UInt8(ascii: "}")), close + 1 < bytes.count, bytes[close + 1] == UInt8(ascii: "}"),
               let value = values[String(decoding: bytes[(i + 2)..<close], as: UTF8.self)] {
                out += value.utf8
                i = close + 2
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Page links for page `page` of `pages`; `path(n)` is the output path of page n.
    func pager(page: Int, pages: Int, path: (Int) -> String) -> TemplateValue {
        guard pages > 1 else { return .absent }
        let window = max(1, page - 3)...min(pages, page + 3)
        var result: TemplateObject = [
            "summary": .text(Self.filling(labels["page_of"] ?? "第 {{page}} 页，共 {{pages}} 页", ["page": "\(page)", "pages": "\(pages)"])),
            "pages": .list(window.map { n in ["number": .number(n), "href": .text(urls.href(path(n))), "current": .bool(n == page)] }),
        ]
        if page > 1 {
            result["first"] = .text(urls.href(path(1)))
            result["previous"] = .text(urls.href(path(page - 1)))
        }
        if page < pages {
            result["next"] = .text(urls.href(path(page + 1)))
            result["last"] = .text(urls.href(path(pages)))
        }
        return .object(result)
    }
}

extension PageContext {
    /// A column's ColumnDescription: what it publishes, in one sentence, when its `_index.md` has no summary.
    func columnDescription(_ node: Int) -> String {
        let n = site.catalog.nodes[node]
        let owner = config.agency.name.isEmpty ? config.title : config.agency.name
        switch n.kind {
        case .application:
            return "\(owner)依申请公开：申请渠道（当面、信函、电子邮件、传真、网上申请）、办理规则和政府信息公开申请表。"
        case .page:
            return "\(owner)\(n.title)。"
        case .consultations:
            return "\(owner)重大行政决策草案公开征求意见，共 \(site.count(inTreeOf: node)) 条，正在征集的排在前面。"
        case .list, .interpretations, .reports:
            let path = site.catalog.ancestry(of: node).map(\.title).joined(separator: "—")
            return "\(owner)主动公开的\(path)信息，共 \(site.count(inTreeOf: node)) 条，按发布日期从新到旧排列。"
        }
    }

    /// ColumnKeywords: the column's title and those of the columns above it.
    func columnKeywords(_ node: Int) -> String {
        site.catalog.ancestry(of: node).reversed().map(\.title).joined(separator: ",")
    }

    /// ColumnType: what kind of column this is, in words.
    func columnType(_ node: Int) -> String {
        switch site.catalog.nodes[node].kind {
        case .list: return "信息列表"
        case .page: return "单页"
        case .interpretations: return "政策解读"
        case .reports: return "年度报告"
        case .application: return "依申请公开"
        case .consultations: return "意见征集"
        }
    }

    /// 我为政府网站找错 for this page: the national error-report form with the site's 标识码 and the page's address.
    func jiucuoHref(absoluteURL: String) -> String? {
        guard let jiucuoPrefix else { return nil }
        // Built on bytes: one link per page of the site (bench/PERFORMANCE.md). The prefix is
        // made once, and each escaped byte appended as three bytes, not as an array of them.
        var out = jiucuoPrefix
        out.reserveCapacity(jiucuoPrefix.count + 3 * absoluteURL.utf8.count)
        for byte in absoluteURL.utf8 {
            if Self.unreservedInQuery[Int(byte)] {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(Self.hexDigits[Int(byte >> 4)])
                out.append(Self.hexDigits[Int(byte & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
    /// RFC 3986's unreserved characters, by byte value.
    private static let unreservedInQuery: [Bool] = (0..<256).map { byte in
        let b = UInt8(byte)
        return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F || b == 0x2E || b == 0x7E
    }
}
