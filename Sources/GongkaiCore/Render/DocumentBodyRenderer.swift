/// Renders a document's Markdown body for its page, and finds its broken links.
///
/// Apart from `SiteRenderer` so that `gongkai check`, which only needs the links, does
/// not build what the pages need (list rows, sidebar trees).
struct DocumentBodyRenderer: Sendable {
    let site: Site
    let markdown: MarkdownRenderer

    init(site: Site) {
        self.site = site
        markdown = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: site.config.unsafeHTML))
    }

    /// The body's HTML, with relative links rewritten to output URLs; links to files
    /// that do not exist, and problems rendering worked around (a CSV block that is not
    /// CSV), become warnings.
    func render(_ d: Document) -> ([UInt8], RenderedMarkdown, [Diagnostic]) {
        let folder = String(d.sourcePath[..<(d.sourcePath.lastIndex(of: "/") ?? d.sourcePath.startIndex)])
        var broken: [String] = []
        let tables = d.report.map { report in
            AnnualReportTableHTML(report: report, regulatory: report.two == nil ? [] : YearStatistics(site: site, year: report.year).regulatoryCounts)
        }
        let rendered = markdown.render(d.body, rewriteLink: { url, _ in
            guard let target = LinkTarget(url) else { return nil }
            guard let resolved = SitePath.resolve(target.path, from: folder) else {
                broken.append(url)
                return nil
            }
            if let output = site.outputPathBySource[resolved] ?? site.outputPathBySource[resolved + "/_index.md"] {
                return site.urls.href(output) + target.suffix
            }
            let nodePath = resolved.hasPrefix("content/") ? String(resolved.dropFirst("content/".count)) : resolved
            if site.catalog.node(atPath: nodePath) != nil {
                return site.urls.href(URLBuilder.nodePath(nodePath)) + target.suffix
            }
            broken.append(url)
            return nil
        }, replaceBlock: tables.map { tables in { word, line in
            guard tables.report.blockLines[line]?.rawValue == word else { return nil }
            return tables.report.blockLines[line].flatMap(tables.html)
        } })
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
        return (rendered.htmlBytes, rendered, diagnostics)
    }
}
