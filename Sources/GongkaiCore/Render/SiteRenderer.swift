/// Renders a resolved `Site` into output files, page by page.
///
/// `jobs()` lists the work; `render(_:)` turns one job into files plus any diagnostics
/// found on the way (broken links in document bodies). Nothing here touches the disk.
struct SiteRenderer: Sendable {
    let site: Site
    let theme: Theme
    let bodies: DocumentBodyRenderer
    let context: PageContext

    /// The sidebar's catalog tree, rendered once per highlighted node (index 0: none)
    /// instead of once per page.
    private let catalogTrees: [TemplateValue]
    /// `facetGroups`, grouped once: the job list, the overviews and the search page's filters all use them.
    private let facets: Facets
    /// The 政策文件库 and its filter values, when some node counts for it.
    let library: PolicyLibrary?
    /// The library pages' filter bar, its options made once (`LibraryFilterBar`).
    let libraryFilterBar: LibraryFilterBar?
    /// The 解读形式 of each interpretations node's documents, counted once per site, not once
    /// per page of the node (`formFilter`).
    let nodeForms: [Int: [(form: String, count: Int)]]
    /// Per document, the list columns it has a value for (bit `k`: `ListColumn.allCases[k]`),
    /// so that a list page tests a byte per document (`columns(of:configured:)`).
    private let columnValues: [UInt8]

    typealias Facets = [URLBuilder.Facet: [(String, [Int])]]

    /// A renderer for one rendering thread. `facets`, `library` and `libraryFilterBar` are
    /// built once per site (``workers(_:site:theme:earlier:)``) and shared: read, never
    /// changed, and touched by library and facet pages alone. `catalogTrees`: the sidebar
    /// trees another worker of the same site rendered, in copies of this worker's own (nil:
    /// rendered here, with this worker's theme).
    private init(site: Site, theme: Theme, facets: Facets, library: PolicyLibrary?, libraryFilterBar: LibraryFilterBar?,
                 nodeForms: [Int: [(form: String, count: Int)]], columnValues: [UInt8], catalogTrees: [TemplateValue]?) {
        self.site = site
        self.theme = theme
        self.bodies = DocumentBodyRenderer(site: site)
        let context = PageContext(site: site, labels: theme.labels)
        self.context = context
        self.facets = facets
        self.library = library
        self.libraryFilterBar = libraryFilterBar
        self.nodeForms = nodeForms
        self.columnValues = columnValues
        self.catalogTrees = catalogTrees ?? ([nil] + site.catalog.nodes.indices.map { $0 }).map { current in
            .utf8(theme.render("tree-root", ["tree": context.tree(current: current), "labels": context.labelsValue]))
        }
    }

    /// One renderer per rendering thread. Each makes its own view models (rows, navigation,
    /// footer: `PageContext`), and each worker after the first renders with the theme compiled
    /// again (`Theme.unsharedCopy()`), so the templates, labels and rows it touches on every
    /// page are no other core's (bench/PERFORMANCE.md). The sidebar's catalog trees are rendered
    /// once, by the first worker, and every other worker gets its own copy of their bytes: the
    /// same bytes at a copy's cost. A theme that several sites render with at once
    /// (a group's members, `GroupThemes`) gives every worker a copy from its `ThemeCopies`,
    /// the first one too; `returnThemes` gives them back. The facet groups, the policy
    /// library with its filter bar and the nodes' 解读形式 are made once and shared. `earlier`: a
    /// renderer of a site that differs from `site` in document bodies alone (`SiteSession` after a
    /// body edit), whose facet groups, policy library, forms and list columns (built from the
    /// whole site's front matter, reading no body) are taken as they are.
    static func workers(_ count: Int, site: Site, theme: Theme, earlier: SiteRenderer? = nil) -> [SiteRenderer] {
        let facets = earlier?.facets ?? groupedFacets(of: site)
        let library = earlier.map(\.library) ?? (PolicyLibrary.exists(in: site) ? PolicyLibrary(site: site, labels: theme.labels) : nil)
        let filterBar = library.map { LibraryFilterBar(library: $0, labels: theme.labels, urls: site.urls) }
        let nodeForms = earlier?.nodeForms ?? interpretationFormsByNode(of: site)
        let columnValues = earlier?.columnValues ?? site.documents.map(columnBits)
        let count = max(1, count)
        let themes = theme.copies?.take(count, of: theme) ?? (0..<count).map { $0 == 0 ? theme : theme.unsharedCopy() }
        let first = SiteRenderer(site: site, theme: themes[0], facets: facets, library: library, libraryFilterBar: filterBar,
                                 nodeForms: nodeForms, columnValues: columnValues, catalogTrees: nil)
        return [first] + themes.dropFirst().map { theme in
            SiteRenderer(site: site, theme: theme, facets: facets, library: library, libraryFilterBar: filterBar,
                         nodeForms: nodeForms, columnValues: columnValues, catalogTrees: first.catalogTrees.map(unsharedCopy))
        }
    }

    /// `value` with its bytes in a buffer of its own, so that two cores rendering never
    /// retain the same one.
    private static func unsharedCopy(_ value: TemplateValue) -> TemplateValue {
        guard case .utf8(let bytes) = value else { return value }
        return .utf8(bytes.withUnsafeBufferPointer { [UInt8]($0) })
    }

    /// Gives the workers' theme copies back to the `ThemeCopies` of `theme` (the theme
    /// `workers` was given), once they render no more.
    static func returnThemes(of workers: [SiteRenderer], to theme: Theme) {
        theme.copies?.giveBack(workers.map(\.theme))
    }

    /// The site's documents grouped by each facet's values, the facets side by side: each
    /// looks at every document, before any page can be rendered.
    static func groupedFacets(of site: Site) -> Facets {
        let facets = URLBuilder.Facet.allCases
        return Dictionary(uniqueKeysWithValues: zip(facets, Parallel.map(facets.count) { facetGroups(facets[$0], site: site) }))
    }

    func catalogTree(current: Int?) -> TemplateValue {
        catalogTrees[current.map { $0 + 1 } ?? 0]
    }

    private var urls: URLBuilder { site.urls }
    private func pagination(of count: Int) -> Pagination { Pagination(count: count, size: site.config.pagination) }

    /// Every job of the build, in a fixed order.
    func jobs() -> [PageJob] {
        var jobs: [PageJob] = [.home, .siteMap, .notFound, .infoPages, .robots, .sitemapXML, .assets]
        if site.config.feeds { jobs.append(.feeds) }
        if site.config.search { jobs.append(.searchPage) }
        for (i, node) in site.catalog.nodes.enumerated() {
            if !node.holdsDocuments {
                jobs.append(.node(i, page: 1))
            } else {
                for page in 1...pagination(of: site.documents(inTreeOf: i).count).pages { jobs.append(.node(i, page: page)) }
            }
        }
        for i in site.documents.indices { jobs.append(.document(i)) }
        for w in site.withdrawn.indices { jobs.append(.withdrawn(w)) }
        jobs += libraryJobs()
        for facet in URLBuilder.Facet.allCases {
            jobs.append(.facetOverview(facet))
            for (value, documents) in facetGroups(facet) {
                for page in 1...pagination(of: documents.count).pages { jobs.append(.facetValue(facet, value: value, documents: documents, page: page)) }
            }
        }
        return jobs
    }

    func render(_ job: PageJob) -> PageOutput {
        switch job {
        case .home: return PageOutput(files: [renderHome()])
        case .node(let node, let page): return renderNode(node, page: page)
        case .document(let i): return renderDocument(i)
        case .withdrawn(let w): return renderWithdrawn(w)
        case .facetOverview(let facet): return PageOutput(files: [renderFacetOverview(facet)])
        case .facetValue(let facet, let value, let documents, let page): return PageOutput(files: [renderFacetValue(facet, value: value, documents: documents, page: page)])
        case .siteMap: return PageOutput(files: [renderSiteMap()])
        case .notFound: return PageOutput(files: [renderNotFound()])
        case .feeds: return PageOutput(files: AtomFeeds(site: site).files())
        case .sitemapXML: return PageOutput(files: SitemapFiles(urls: urls).files(for: sitemapEntries()))
        case .robots: return PageOutput(files: [RobotsFile.file(urls: urls)])
        case .assets: return PageOutput(files: assetFiles())
        case .searchPage: return PageOutput(files: [renderSearchPage()])
        case .library(let dimension, let value, let page): return PageOutput(files: [renderLibrary(dimension, value: value, page: page)])
        case .invalidDocuments(let page): return PageOutput(files: [renderInvalidDocuments(page: page)])
        case .infoPages: return PageOutput(files: renderInfoPages())
        }
    }

    // MARK: Pages

    func page(_ template: String, path: String, _ values: TemplateObject, common: TemplateObject) -> OutputFile {
        OutputFile(path: path, contents: .bytes(theme.render(template, common.merging(values))))
    }

    private func renderHome() -> OutputFile {
        let path = URLBuilder.homePath
        let columns: [TemplateValue] = site.catalog.roots.map { i in
            let node = site.catalog.nodes[i]
            var column: TemplateObject = ["title": .text(node.title), "href": .text(urls.href(URLBuilder.nodePath(node.path))), "count": .absent, "rows": []]
            if node.holdsDocuments {
                let docs = site.documents(inTreeOf: i)
                column["count"] = .number(docs.count)
                column["rows"] = context.rows(docs.prefix(6), firstSerial: 1)
            }
            // 依申请公开 offers its parts (channels, the form, the rules) instead of an empty box.
            column["links"] = .list(node.kind != .application ? [] : [
                ["title": .text(theme.labels["application_channels"] ?? "申请渠道"), "href": .text(urls.href(URLBuilder.nodePath(node.path)) + "#channels-title")],
                ["title": .text(theme.labels["application_form_print"] ?? "打印申请表（A4）"), "href": .text(urls.href(URLBuilder.applicationFormPath(node.path)))],
                ["title": .text(theme.labels["application_form_docx"] ?? "下载申请表（Word 文档）"), "href": .text(urls.href(URLBuilder.applicationFormDocxPath(node.path)))],
                ["title": .text(theme.labels["application_rules"] ?? "办理规则"), "href": .text(urls.href(URLBuilder.nodePath(node.path)) + "#rules-title")],
            ])
            column["children"] = .list(node.children.map { c in
                ["title": .text(site.catalog.nodes[c].title), "href": .text(urls.href(URLBuilder.nodePath(site.catalog.nodes[c].path)))]
            })
            return .object(column)
        }
        let latestInterpretations = site.documents.indices.filter { site.interpretedDocuments[$0] != nil || site.otherMembersInterpreted[$0] != nil }.prefix(6)
        let agency = site.config.agency
        return page("home", path: path, [
            "columns": .list(columns),
            "latest": context.rows(site.documents.indices.prefix(10), firstSerial: 1),
            "latestInterpretations": context.rows(latestInterpretations, firstSerial: 1),
            "openConsultations": context.rows(openConsultations, firstSerial: 1),
            "agency": ["name": .text(agency.name), "address": .text(agency.address), "phone": .text(agency.phone), "fax": .text(agency.fax), "officeHours": .text(agency.officeHours), "email": .text(agency.email)],
            "facetLinks": true,
        ], common: context.common(pageTitle: site.config.title, columnName: theme.labels["column_home"] ?? "首页", currentRoot: nil, outputPath: path))
    }

    private func renderNode(_ index: Int, page pageNumber: Int) -> PageOutput {
        let node = site.catalog.nodes[index]
        if node.kind == .application { return renderApplication(index) }
        let path = URLBuilder.nodePath(node.path, page: pageNumber)
        var diagnostics: [Diagnostic] = []
        var values: TemplateObject = [
            "node": ["title": .text(node.title), "kind": .text(node.kind.rawValue)],
            "isInterpretations": .bool(node.kind == .interpretations),
            "isPage": .bool(node.kind == .page),
            "breadcrumbs": context.breadcrumbs(node: index),
            "catalogTreeHTML": catalogTree(current: index),
        ]
        var introduction: Document?
        var search: (file: OutputFile, terms: (document: Int, terms: SearchIndexBuilder.Collected))?
        if let intro = site.nodeIntroductions[index], pageNumber == 1 {
            let (html, rendered, found) = bodies.render(intro)
            if node.kind == .page { search = pageSearch(index, intro, text: rendered.plainTextBytes) }
            diagnostics += found
            values["introduction"] = .utf8(html)
            introduction = intro
            if node.kind == .page { values = values.merging(singlePageFacts(intro)) }
        }
        if node.holdsDocuments {
            let inTree = site.documents(inTreeOf: index)
            let docs = node.kind == .consultations ? openFirst(inTree) : inTree
            let pages = pagination(of: docs.count)
            let onPage = pages.items(onPage: pageNumber)
            values["rows"] = context.rows(docs[onPage], firstSerial: onPage.lowerBound + 1)
            values["columns"] = columns(of: docs, configured: node.listColumns ?? site.config.listColumns)
            values["count"] = .number(docs.count)
            values["formFilter"] = formFilter(node: index)
            values["pager"] = context.pager(page: pageNumber, pages: pages.pages) { URLBuilder.nodePath(node.path, page: $0) }
            if site.config.feeds { values["feed"] = .text(urls.href(URLBuilder.nodeFeedPath(node.path))) }
            values["children"] = .list(node.children.map { c in
                ["title": .text(site.catalog.nodes[c].title), "href": .text(urls.href(URLBuilder.nodePath(site.catalog.nodes[c].path))), "count": .number(site.count(inTreeOf: c))]
            })
        }
        let root = site.catalog.ancestry(of: index).first.flatMap { site.catalog.index(ofPath: $0.path) }
        let title = pageNumber > 1 ? "\(node.title)（第\(pageNumber)页）" : node.title
        let common = context.common(pageTitle: title, columnName: node.title, currentRoot: root, outputPath: path,
                                    pubDate: introduction.flatMap { $0.keyPositions[.published] == nil ? nil : $0.published.metaString },
                                    description: introduction?.summary ?? context.columnDescription(index), column: index)
        let file = page(node.kind == .page ? "page" : "node", path: path, values, common: common)
        guard let search else { return PageOutput(files: [file], diagnostics: diagnostics) }
        return PageOutput(files: [file, search.file], diagnostics: diagnostics, searchTerms: search.terms)
    }

    private func renderDocument(_ i: Int) -> PageOutput {
        let d = site.documents[i]
        let path = site.outputPaths[i]
        let (html, rendered, diagnostics) = bodies.render(d)
        let status = site.status(of: i)
        let labels = theme.labels
        var banner: String?
        switch status {
        case .expired: banner = labels["status_expired_banner"]
        case .abolished: banner = labels["status_abolished_banner"]
        case .partlyExpired: banner = labels["status_partly_banner"]
        case .revised: banner = labels["status_revised_banner"]
        case .valid: banner = nil
        }
        // The metadata box in the order inspectors expect (README “写一篇文件”), always whole.
        let metadata = metadataBox(i)
        let attachments: [TemplateValue] = d.attachments.map { a in
            ["title": .text(a.title), "href": .text(urls.href(a.outputPath)), "type": .text(Format.fileType(a.outputPath)), "size": .text(Format.size(a.byteCount))]
        }
        let interpretations: [TemplateValue] = (site.interpretations[i] ?? []).map { j in
            let doc = site.documents[j]
            return ["title": .text(doc.title), "href": .text(urls.href(site.outputPaths[j])), "form": .text(doc.interpretationForm ?? labels["interpretation"] ?? "解读"), "published": .text(doc.published.day.description)]
        } + (site.otherMembersInterpretations[i] ?? []).map { other in
            // Another member's interpretation (README “站群”), named with its agency.
            ["title": .text(other.title + "（" + other.memberTitle + "）"), "href": .text(other.href), "form": .text(other.interpretationForm ?? labels["interpretation"] ?? "解读"), "published": .text(other.published.description)]
        }
        let policies: [TemplateValue] = (site.interpretedDocuments[i] ?? []).map { j in
            let doc = site.documents[j]
            return ["title": .text(doc.title), "href": .text(urls.href(site.outputPaths[j])), "docNo": .text(doc.docNumber), "published": .text(doc.published.day.description)]
        } + (site.otherMembersInterpreted[i] ?? []).map { other in
            ["title": .text(other.title + "（" + other.memberTitle + "）"), "href": .text(other.href), "docNo": .text(other.docNumber), "published": .text(other.published.description)]
        }
        let longDocument = rendered.headings.filter { $0.level == 2 }.count > 3
        let toc: [TemplateValue] = rendered.headings.filter { longDocument && (2...3).contains($0.level) && !$0.id.isEmpty }.map { h in
            ["text": .text(h.text), "href": .text("#" + h.id), "level": .number(h.level), "sub": .bool(h.level > 2)]
        }
        let node = site.catalog.nodes[d.node]
        let root = site.catalog.ancestry(of: d.node).first.flatMap { site.catalog.index(ofPath: $0.path) }
        let summary = d.summary ?? Format.truncate(rendered.firstParagraph, to: 120)
        let common = context.common(pageTitle: d.title, columnName: node.title, currentRoot: root, outputPath: path,
                                    articleTitle: d.title, pubDate: d.published.metaString, contentSource: d.publisher,
                                    keywords: d.keywords, description: summary.isEmpty ? d.title : summary)
        let reportData = d.report.map { AnnualReportData(report: $0, document: d, site: site, outputPath: path, regulatory: YearStatistics(site: site, year: $0.year).regulatoryCounts) }
        let file = page("document", path: path, [
            "document": [
                "title": .text(d.title), "docNo": .text(d.docNumber), "publisher": .text(d.publisher),
                "published": .text(d.published.day.chinese), "status": .text(status.rawValue),
            ],
            "banner": .text(banner),
            "relationBanner": relationBanner(i),
            "relationNotes": relationNotes(i),
            "consultation": consultationSection(i),
            "consultationNotes": consultationNotes(i),
            "publicityBanner": publicityBanner(i),
            "metadata": .list(metadata),
            "body": .utf8(SignatureMarker.mark(html)),
            "media": mediaValue(d),
            // Only a full address can be opened from a phone: a site built with a path-only base_url gets no QR code.
            "qrSVG": urls.origin.isEmpty ? .absent
                : QRCode(urls.absolute(path)).map { .utf8($0.svg(label: labels["qr_caption"] ?? "扫一扫在手机打开当前页")) } ?? .absent,
            "toc": .list(toc),
            "attachments": .list(attachments),
            "interpretations": .list(interpretations),
            "policies": .list(policies),
            "breadcrumbs": context.breadcrumbs(node: d.node, extra: labels["body"] ?? "正文"),
            "catalogTreeHTML": catalogTree(current: d.node),
            "reportData": reportData.map { _ in
                ["json": .text(urls.href(URLBuilder.reportDataPath(documentPath: path, format: "json"))),
                 "csv": .text(urls.href(URLBuilder.reportDataPath(documentPath: path, format: "csv")))]
            } ?? .absent,
        ], common: common)
        let dataFiles = reportData?.files(outputPath: path) ?? []
        guard site.config.search else { return PageOutput(files: [file] + dataFiles, diagnostics: diagnostics) }
        let text = rendered.plainTextBytes
        return PageOutput(files: [file, searchFragmentFile(i, text: text)] + dataFiles, diagnostics: diagnostics,
                          searchTerms: (i, SearchIndexBuilder.collect(i, text: text, site: site)))
    }

    // MARK: Facets

    /// Facet values with their documents (newest first), in a stable order.
    /// The values of `facet` with their documents, in the order pages list them.
    func facetGroups(_ facet: URLBuilder.Facet) -> [(String, [Int])] {
        facets[facet] ?? []
    }

    private static func facetGroups(_ facet: URLBuilder.Facet, site: Site) -> [(String, [Int])] {
        // Values numbered by their bytes first (`StringNumbering`): the same few values, once per
        // document; a topic's class is taken once per distinct topic, not per document.
        var values = StringNumbering()
        var valueOf = [Int](repeating: -1, count: site.documents.count)
        for (i, d) in site.documents.enumerated() {
            let value: String?
            switch facet {
            case .topic: value = d.topic
            case .publisher: value = d.publisher
            case .year: value = String(d.published.day.year)
            }
            guard let value, !value.isEmpty else { continue }
            valueOf[i] = values.number(of: value)
        }
        var names = StringNumbering()
        let nameOf = values.values.map { value in
            let name = facet == .topic ? String(value.splitASCII("/", maxSplits: 1).first ?? "") : value
            return name.isEmpty ? -1 : names.number(of: name)
        }
        var members = [[Int]](repeating: [], count: names.values.count)
        for (i, value) in valueOf.enumerated() where value >= 0 && nameOf[value] >= 0 {
            members[nameOf[value]].append(i)
        }
        let groups = Dictionary(uniqueKeysWithValues: zip(names.values, members))
        switch facet {
        case .topic:
            let order = site.config.topics.classes.map(\.name)
            return order.compactMap { name in groups[name].map { (name, $0) } }
        case .publisher:
            return groups.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
        case .year:
            return groups.sorted { $0.key > $1.key }
        }
    }

    private func facetTitle(_ facet: URLBuilder.Facet) -> String {
        switch facet {
        case .topic: return theme.labels["by_topic"] ?? "按主题分类"
        case .publisher: return theme.labels["by_publisher"] ?? "按发布机构"
        case .year: return theme.labels["by_year"] ?? "按年度"
        }
    }

    private func facetValueTitle(_ facet: URLBuilder.Facet, _ value: String) -> String {
        facet == .year ? value + (theme.labels["year_suffix"] ?? "年") : value
    }

    private func renderFacetOverview(_ facet: URLBuilder.Facet) -> OutputFile {
        let path = URLBuilder.facetPath(facet)
        let title = facetTitle(facet)
        let values: [TemplateValue] = facetGroups(facet).map { value, docs in
            ["title": .text(facetValueTitle(facet, value)), "href": .text(urls.href(URLBuilder.facetPath(facet, value: Format.segment(value)))), "count": .number(docs.count)]
        }
        return page("facet", path: path, [
            "facetTitle": .text(title), "values": .list(values), "isOverview": true,
            "breadcrumbs": context.breadcrumbs([(title, nil)]),
            "catalogTreeHTML": catalogTree(current: nil),
        ], common: context.common(pageTitle: title, columnName: title, currentRoot: nil, outputPath: path))
    }

    /// Which of the `configured` table columns a list of documents shows (`columns.indexNo` …):
    /// a column empty on every row of the whole list, not only of one page, is left out. Every
    /// page of a list asks this of the whole list, so it reads one byte per document and stops
    /// once every configured column is found: a column no document fills (文号 in 工作动态) made
    /// it walk the whole list on every page, quadratic in the list's length (bench/PERFORMANCE.md).
    private func columns(of documents: [Int], configured: Set<ListColumn>) -> TemplateValue {
        var wanted: UInt8 = 0
        for (k, column) in ListColumn.allCases.enumerated() where configured.contains(column) { wanted |= 1 << k }
        var shown: UInt8 = 0
        for i in documents {
            shown |= columnValues[i] & wanted
            if shown == wanted { break }
        }
        var object = TemplateObject()
        for (k, column) in ListColumn.allCases.enumerated() { object[column.templateKey] = .bool(shown & 1 << k != 0) }
        return .object(TemplateMembers(object))
    }

    /// The columns document `d` has a value for, as `columnValues` holds them.
    private static func columnBits(_ d: Document) -> UInt8 {
        var bits: UInt8 = 0
        for (k, column) in ListColumn.allCases.enumerated() where column.hasValue(in: d) { bits |= 1 << k }
        return bits
    }

    private func renderFacetValue(_ facet: URLBuilder.Facet, value: String, documents: [Int], page pageNumber: Int) -> OutputFile {
        let segment = Format.segment(value)
        let path = URLBuilder.facetPath(facet, value: segment, page: pageNumber)
        let title = facetValueTitle(facet, value)
        let pages = pagination(of: documents.count)
        let onPage = pages.items(onPage: pageNumber)
        return page("facet", path: path, [
            "facetTitle": .text(facetTitle(facet)), "valueTitle": .text(title), "count": .number(documents.count),
            "rows": context.rows(documents[onPage], firstSerial: onPage.lowerBound + 1),
            "columns": columns(of: documents, configured: site.config.listColumns),
            "pager": context.pager(page: pageNumber, pages: pages.pages) { URLBuilder.facetPath(facet, value: segment, page: $0) },
            "breadcrumbs": context.breadcrumbs([(facetTitle(facet), urls.href(URLBuilder.facetPath(facet))), (title, nil)]),
            "catalogTreeHTML": catalogTree(current: nil),
        ], common: context.common(pageTitle: "\(title) - \(facetTitle(facet))", columnName: facetTitle(facet), currentRoot: nil, outputPath: path,
                                  description: "\(facetTitle(facet))：\(title)，共 \(documents.count) 条信息，按发布日期从新到旧排列。"))
    }

    // MARK: Site map, 404, XML outputs, assets

    private func renderSiteMap() -> OutputFile {
        let path = URLBuilder.siteMapPath
        let title = theme.labels["site_map"] ?? "网站地图"
        let facets: [TemplateValue] = URLBuilder.Facet.allCases.map { facet in
            ["title": .text(facetTitle(facet)), "href": .text(urls.href(URLBuilder.facetPath(facet)))]
        }
        return page("sitemap", path: path, [
            "tree": context.tree(current: nil), "facets": .list(facets + libraryLinks()), "total": .number(site.documents.count),
            "breadcrumbs": context.breadcrumbs([(title, nil)]),
        ], common: context.common(pageTitle: title, columnName: title, currentRoot: nil, outputPath: path))
    }

    private func renderNotFound() -> OutputFile {
        let title = theme.labels["not_found_title"] ?? "页面不存在"
        return page("notfound", path: URLBuilder.notFoundPath, ["tree": context.tree(current: nil)],
                    common: context.common(pageTitle: title, columnName: title, currentRoot: nil, outputPath: URLBuilder.notFoundPath))
    }

    private func sitemapEntries() -> [SitemapFiles.Entry] {
        var entries: [SitemapFiles.Entry] = []
        let newest = site.documents.first?.published.day
        entries.append(.init(path: URLBuilder.homePath, lastModified: newest))
        for (i, node) in site.catalog.nodes.enumerated() {
            let docs = site.documents(inTreeOf: i)
            entries.append(.init(path: URLBuilder.nodePath(node.path), lastModified: docs.first.map { site.documents[$0].published.day } ?? site.nodeIntroductions[i]?.published.day))
            if node.kind == .application { entries.append(.init(path: URLBuilder.applicationFormPath(node.path), lastModified: nil)) }
        }
        for (i, d) in site.documents.enumerated() {
            entries.append(.init(path: site.outputPaths[i], lastModified: d.published.day))
        }
        entries.append(.init(path: URLBuilder.siteMapPath, lastModified: newest))
        entries += librarySitemapEntries()
        entries.append(.init(path: URLBuilder.contactPath, lastModified: nil))
        entries.append(.init(path: URLBuilder.statementPath, lastModified: nil))
        return entries
    }

    private func assetFiles() -> [OutputFile] {
        var files = theme.staticFiles.sorted { $0.key < $1.key }.map { OutputFile(path: URLBuilder.assetPath($0.key), contents: .bytes($0.value)) }
        files += site.assets.map { OutputFile(path: SitePath.outputPath(forSitePath: $0), contents: .copy($0)) }
        return files
    }
}
