/// Renders a document's Markdown body for its page, and finds its broken links.
///
/// Apart from `SiteRenderer` so that `gongkai check`, which only needs the links, does
/// not build what the pages need (list rows, sidebar trees): both find `link.broken`
/// here, with ``LinkResolver``, over the same bodies (``bodyProblems()``).
struct DocumentBodyRenderer: Sendable {
    let site: Site
    let links: LinkResolver
    let markdown: MarkdownRenderer

    init(site: Site) {
        self.site = site
        links = LinkResolver(site: site)
        markdown = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: site.config.unsafeHTML))
    }

    /// The body's HTML, with relative links rewritten to output URLs; links to files
    /// that do not exist, and problems rendering worked around (a CSV block that is not
    /// CSV), become warnings.
    func render(_ d: Document) -> ([UInt8], RenderedMarkdown, [Diagnostic]) {
        let folder = LinkResolver.folder(of: d.sourcePath)
        var broken: [String] = []
        let tables = d.report.map { report in
            AnnualReportTableHTML(report: report, regulatory: report.two == nil ? [] : YearStatistics(site: site, year: report.year).regulatoryCounts)
        }
        let rendered = markdown.render(d.body, rewriteLink: { url, _ in
            switch links.resolve(url, from: folder) {
            case .unchanged, .sameBody: return nil
            case .resolved(let href, _): return href
            case .broken:
                broken.append(url)
                return nil
            }
        }, replaceBlock: tables.map { tables in { word, line in
            guard tables.report.blockLines[line]?.rawValue == word else { return nil }
            return tables.report.blockLines[line].flatMap(tables.html)
        } } ?? (d.isNodeIndex ? { word, _ in word == CatalogOutlineHTML.blockName ? CatalogOutlineHTML(site: site).html : nil } : nil))
        var diagnostics: [Diagnostic] = []
        let brokenURLs = Set(broken)
        var columns = ScalarColumns(brokenURLs.isEmpty && rendered.problems.isEmpty ? "" : d.body)
        for problem in rendered.problems {
            diagnostics.append(Diagnostic(file: d.sourcePath, line: d.bodyLine + problem.line - 1, column: columns.column(line: problem.line, byteColumn: problem.column),
                                          severity: .warning, id: problem.id, message: problem.message, hint: problem.hint))
        }
        for link in rendered.links where brokenURLs.contains(link.url) {
            // cmark counts columns in bytes; editors count characters.
            let column = columns.column(line: link.line, byteColumn: link.column)
            diagnostics.append(Diagnostic(file: d.sourcePath, line: d.bodyLine + link.line - 1, column: column, severity: .warning, id: "link.broken",
                                          message: "正文中的链接 \"\(link.url)\" 指向的文件不存在", hint: "链接路径相对于本文件所在文件夹，例如 ../gfxwj/2024-01.md"))
        }
        diagnostics += graphicProblems(d, rendered)
        diagnostics += accessibilityProblems(d, rendered)
        return (rendered.htmlBytes, rendered, diagnostics)
    }

    /// `link.broken` (and the other findings of ``render(_:)``) in every body the build renders — the documents' pages and the nodes'
    /// `_index.md` — found as the build finds them, for `gongkai check`, which writes nothing.
    func bodyProblems() -> [Diagnostic] {
        let bodies = site.documents + site.introductions
        return Parallel.map(bodies.count) { render(bodies[$0]).2 }.flatMap { $0 }
    }
}
