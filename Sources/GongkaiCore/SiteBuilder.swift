import Foundation

/// The build, as a straight pipeline:
/// load config → load documents → resolve → check → render → write.
public enum SiteBuilder {
    /// Loads, resolves and checks the site without writing anything.
    public static func load(_ options: BuildOptions, progress: @Sendable (BuildProgress) -> Void = { _ in }) -> (Site?, Theme?, BuildReport) {
        var report = BuildReport()
        let siteFolder = options.siteFolder

        // 1. Load config.
        guard let configData = FileManager.default.contents(atPath: siteFolder.appendingPathComponent("site.json").path) else {
            report.diagnostics.append(.error("config.missing", "找不到 site.json", at: SourcePosition(file: "site.json"), hint: "在网站文件夹中运行，或用 --site 指定网站文件夹；gongkai init 可创建新网站"))
            return (nil, nil, report)
        }
        var (loadedConfig, configDiagnostics) = SiteConfigLoader.load(Array(configData))
        report.diagnostics += configDiagnostics
        if let baseURL = options.baseURL {
            if URLBuilder(baseURL: baseURL) == nil {
                report.diagnostics.append(.error("config.base-url", "--base-url \"\(baseURL)\" 不是有效的网址", at: SourcePosition(file: "site.json"), hint: "例如 https://www.example.gov.cn/xxgk/ 或 /xxgk/"))
            } else {
                loadedConfig?.baseURL = baseURL
            }
        }
        guard let config = loadedConfig, !configDiagnostics.hasErrors, let urls = URLBuilder(baseURL: config.baseURL) else {
            return (nil, nil, report)
        }

        // 2. Load documents and the theme.
        progress(.loadingDocuments)
        let content = ContentLoader(siteFolder: siteFolder, config: config).load()
        report.diagnostics += content.diagnostics
        let (theme, themeDiagnostics) = Theme.load(siteFolder: siteFolder, config: config)
        report.diagnostics += themeDiagnostics

        // 3. Resolve.
        let today = options.resolvedToday()
        let resolver = SiteResolver(config: config, urls: urls, today: today, includeDrafts: options.includeDrafts, includeFuture: options.includeFuture)
        let (site, resolveDiagnostics) = resolver.resolve(documents: content.documents, assets: content.assets)
        report.diagnostics += resolveDiagnostics

        // 4. Check.
        progress(.checking(documents: site.documents.count))
        report.diagnostics += Checks.run(on: site)

        report.documentCount = site.documents.count
        report.nodeCounts = site.catalog.nodes.enumerated().map { i, node in
            .init(path: node.path, title: node.title, depth: node.depth, count: node.kind == .page ? 0 : site.count(inTreeOf: i))
        }
        report.drafts = site.drafts.map { .init(path: $0.sourcePath, title: $0.title, detail: "草稿") }
        report.futureDocuments = site.futureDocuments.map { .init(path: $0.sourcePath, title: $0.title, detail: "发布日期 \($0.published.day)") }
        report.expiredDocuments = site.documents.filter { $0.status(on: today) != $0.declaredStatus }.map {
            .init(path: $0.sourcePath, title: $0.title, detail: "失效日期 \($0.expires.map(\.description) ?? "")")
        }
        report.privacyExempt = site.documents.compactMap { d in d.privacyExempt.map { .init(path: d.sourcePath, title: d.title, detail: $0) } }
        if options.strict {
            report.diagnostics = report.diagnostics.map { var d = $0; d.severity = .error; return d }
        }
        report.diagnostics = report.diagnostics.sortedForReport()
        return (site, theme, report)
    }

    /// Runs every check without writing output (`gongkai check`).
    public static func check(_ options: BuildOptions) -> BuildReport {
        var (site, theme, report) = load(options)
        // Rendering bodies finds broken links, in documents and in nodes' `_index.md`, as
        // the build does; nothing is written.
        if let site, theme != nil {
            let bodies = DocumentBodyRenderer(site: site)
            let rendered = site.documents + site.introductions
            let found = Parallel.map(rendered.count) { bodies.render(rendered[$0]).2 }.flatMap { $0 }
            report.diagnostics = (report.diagnostics + found.map { options.strict ? $0.asError : $0 }).sortedForReport()
        }
        return report
    }

    /// The full build. The previous output is replaced only if the build succeeds.
    /// `progress` is called on the building thread as each stage starts and after each batch of pages.
    public static func build(_ options: BuildOptions, progress: @Sendable (BuildProgress) -> Void = { _ in }) -> BuildReport {
        var (loadedSite, loadedTheme, report) = load(options, progress: progress)
        guard let site = loadedSite, let theme = loadedTheme, report.succeeded else { return report }

        let writer = OutputWriter(siteFolder: options.siteFolder, outputFolder: options.resolvedOutputFolder)
        do {
            try writer.validate()
            try writer.begin()
        } catch {
            report.diagnostics.append(.error("output.refused", error.message, at: SourcePosition(file: "site.json")))
            return report
        }

        // 5. Render and 6. write: each job writes its own pages as soon as they are
        // rendered, so memory follows the jobs in flight, not the site.
        let renderers = SiteRenderer.workers(Parallel.workerCount, site: site, theme: theme)
        let renderer = renderers[0]
        let jobs = renderer.jobs()
        var found: [Diagnostic] = []
        let searchIndex = site.config.search ? SearchIndexQueue(site: site) : nil
        let batchSize = 512
        progress(.rendering(done: 0, total: jobs.count))
        do throws(OutputWriter.Failure) {
            for start in stride(from: 0, to: jobs.count, by: batchSize) {
                let batch = Array(jobs[start..<min(jobs.count, start + batchSize)])
                let results = Parallel.map(batch.count, contexts: renderers) { renderer, i in WrittenJob(renderer.render(batch[i]), writer: writer) }
                if let failure = results.lazy.compactMap(\.failure).first { throw OutputWriter.Failure.io(failure) }
                found += results.flatMap(\.diagnostics)
                searchIndex?.add(results.compactMap(\.searchTerms))
                report.pagesWritten += results.reduce(0) { $0 + $1.pages }
                report.filesWritten += results.reduce(0) { $0 + $1.files }
                progress(.rendering(done: min(jobs.count, start + batchSize), total: jobs.count))
            }
            if let searchIndex {
                let files = searchIndex.files()
                report.filesWritten += files.count
                try writer.write(files)
            }
            progress(.copyingStatic)
            report.filesWritten += try writeStatic(site: site, writer: writer)
        } catch {
            writer.abort()
            report.diagnostics.append(.error("output.write", error.message, at: SourcePosition(file: "site.json")))
            return report
        }
        report.diagnostics = (report.diagnostics + found.map { options.strict ? $0.asError : $0 }).sortedForReport()
        guard report.succeeded else {
            writer.abort()
            return report
        }
        progress(.finishing)
        do {
            try writer.commit()
            report.wroteOutput = true
        } catch {
            writer.abort()
            report.diagnostics.append(.error("output.write", error.message, at: SourcePosition(file: "site.json")))
        }
        return report
    }

    /// The site's `static/` folder, copied as it is.
    private static func writeStatic(site: Site, writer: OutputWriter) throws(OutputWriter.Failure) -> Int {
        var ignored: [Diagnostic] = []
        let folder = writer.siteFolder.appendingPathComponent("static")
        let files = FileWalker.files(under: folder, root: writer.siteFolder, diagnostics: &ignored)
            .map { OutputFile(path: String($0.dropFirst("static/".count)), contents: .copy($0)) }
        try writer.write(files)
        return files.count
    }
}

/// What is left of a page job once its files are written.
private struct WrittenJob: Sendable {
    var pages: Int
    var files: Int
    var diagnostics: [Diagnostic]
    var searchTerms: (document: Int, terms: SearchIndexBuilder.Collected)?
    var failure: String?

    init(_ output: PageOutput, writer: OutputWriter) {
        pages = output.files.count { $0.path.hasSuffix(".html") }
        files = output.files.count
        diagnostics = output.diagnostics
        searchTerms = output.searchTerms
        failure = writer.writeSerially(output.files)
    }
}

extension Diagnostic {
    var asError: Diagnostic {
        var copy = self
        copy.severity = .error
        return copy
    }
}
