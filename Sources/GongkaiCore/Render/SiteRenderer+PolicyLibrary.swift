/// The 政策文件库 pages (`zcwjk/`): all policy documents, one pre-built page (paginated) per
/// filter value linked from the filter bar, so a citizen filters to 现行有效 without
/// JavaScript; and the separate 已废止、失效文件 list.
extension SiteRenderer {
    private func libraryPagination(_ count: Int) -> Pagination { Pagination(count: count, size: site.config.pagination) }

    func libraryJobs() -> [PageJob] {
        guard let library else { return [] }
        var jobs: [PageJob] = []
        for page in 1...libraryPagination(library.documents.count).pages { jobs.append(.library(nil, value: 0, page: page)) }
        for dimension in PolicyLibrary.Dimension.allCases {
            for (v, value) in (library.values[dimension] ?? []).enumerated() {
                for page in 1...libraryPagination(value.documents.count).pages { jobs.append(.library(dimension, value: v, page: page)) }
            }
        }
        for page in 1...libraryPagination(library.invalid.count).pages { jobs.append(.invalidDocuments(page: page)) }
        return jobs
    }

    /// The 网站地图's and sidebar's links to the library pages (none without a library).
    func libraryLinks() -> [TemplateValue] {
        guard library != nil else { return [] }
        let labels = theme.labels
        return [
            ["title": .text(labels["policy_library"] ?? "政策文件库"), "href": .text(site.urls.href(URLBuilder.libraryPath()))],
            ["title": .text(labels["invalid_documents"] ?? "已废止、失效文件"), "href": .text(site.urls.href(URLBuilder.invalidDocumentsPath()))],
        ]
    }

    func librarySitemapEntries() -> [SitemapFiles.Entry] {
        guard let library else { return [] }
        func newest(_ list: [Int]) -> Day? { list.first.map { site.documents[$0].published.day } }
        var entries: [SitemapFiles.Entry] = [.init(path: URLBuilder.libraryPath(), lastModified: newest(library.documents))]
        for dimension in PolicyLibrary.Dimension.allCases {
            for value in library.values[dimension] ?? [] {
                entries.append(.init(path: URLBuilder.libraryPath(filter: (dimension.rawValue, value.segment)), lastModified: newest(value.documents)))
            }
        }
        entries.append(.init(path: URLBuilder.invalidDocumentsPath(), lastModified: newest(library.invalid)))
        return entries
    }

    private func libraryRow(_ i: Int, serial: Int) -> TemplateValue {
        let d = site.documents[i]
        let lifecycle = site.lifecycles[i]
        // Every key is always present: Mustache looks missing keys up in outer contexts.
        var row: TemplateObject = [
            "serial": .number(serial),
            "title": .text(d.title),
            "href": .text(site.urls.href(site.outputPaths[i])),
            "docNo": .text(d.docNumber),
            "publisher": .text(d.publisher),
            "written": .text(d.written.day.description),
            "status": .text(lifecycle.status.rawValue),
            "inForce": .bool(lifecycle.inForce),
            "since": .text(lifecycle.since?.description),
            "replacedBy": .absent,
        ]
        if let relation = lifecycle.relation {
            let newer = site.documents[relation.source]
            row["replacedBy"] = ["text": .text("《\(newer.title)》" + (newer.docNumber.map { "（\($0)）" } ?? "")),
                                 "href": .text(site.urls.href(site.outputPaths[relation.source])),
                                 "verb": .text(theme.labels["relation_verb_\(relation.kind.rawValue)"] ?? relation.kind.verb)]
        }
        return .object(row)
    }

    func renderLibrary(_ dimension: PolicyLibrary.Dimension?, value v: Int, page pageNumber: Int) -> OutputFile {
        let library = self.library!
        let labels = theme.labels
        let title = labels["policy_library"] ?? "政策文件库"
        let value = dimension.map { library.values[$0]![v] }
        let documents = value?.documents ?? library.documents
        let filter = value.map { ($0.dimension.rawValue, $0.segment) }
        let path = URLBuilder.libraryPath(filter: filter, page: pageNumber)
        let pages = libraryPagination(documents.count)
        let onPage = pages.items(onPage: pageNumber)
        let filterTitle = value.map { "\(labels[$0.dimension.labelKey] ?? "")：\($0.title)" }
        var crumbs: [(title: String, href: String?)] = [(title, value == nil ? nil : site.urls.href(URLBuilder.libraryPath()))]
        if let filterTitle { crumbs.append((filterTitle, nil)) }
        var pageTitle = filterTitle.map { "\(title)（\($0)）" } ?? title
        if pageNumber > 1 { pageTitle += "（第\(pageNumber)页）" }
        return page("library", path: path, [
            "libraryTitle": .text(title), "valueTitle": .text(filterTitle), "count": .number(documents.count),
            "intro": .text(labels["policy_library_intro"]), "isLibrary": true,
            "filterGroups": libraryFilterBar!.value(current: dimension.map { ($0, v) }),
            "rows": .list(documents[onPage].enumerated().map { libraryRow($0.element, serial: onPage.lowerBound + $0.offset + 1) }),
            "invalidHref": .text(site.urls.href(URLBuilder.invalidDocumentsPath())),
            "pager": context.pager(page: pageNumber, pages: pages.pages) { URLBuilder.libraryPath(filter: filter, page: $0) },
            "breadcrumbs": context.breadcrumbs(crumbs),
            "catalogTreeHTML": catalogTree(current: nil),
        ], common: context.common(pageTitle: pageTitle, columnName: title, currentRoot: nil, outputPath: path))
    }

    func renderInvalidDocuments(page pageNumber: Int) -> OutputFile {
        let library = self.library!
        let labels = theme.labels
        let title = labels["invalid_documents"] ?? "已废止、失效文件"
        let libraryTitle = labels["policy_library"] ?? "政策文件库"
        let path = URLBuilder.invalidDocumentsPath(page: pageNumber)
        let pages = libraryPagination(library.invalid.count)
        let onPage = pages.items(onPage: pageNumber)
        return page("library", path: path, [
            "libraryTitle": .text(title), "valueTitle": .absent, "count": .number(library.invalid.count),
            "intro": .text(labels["invalid_documents_intro"]), "isLibrary": false, "filterGroups": [],
            "rows": .list(library.invalid[onPage].enumerated().map { libraryRow($0.element, serial: onPage.lowerBound + $0.offset + 1) }),
            "invalidHref": .absent,
            "pager": context.pager(page: pageNumber, pages: pages.pages) { URLBuilder.invalidDocumentsPath(page: $0) },
            "breadcrumbs": context.breadcrumbs([(libraryTitle, site.urls.href(URLBuilder.libraryPath())), (title, nil)]),
            "catalogTreeHTML": catalogTree(current: nil),
        ], common: context.common(pageTitle: pageNumber > 1 ? "\(title)（第\(pageNumber)页）" : title, columnName: title, currentRoot: nil, outputPath: path))
    }
}
