import Foundation

/// The build, as a straight pipeline of named stages:
/// load config → load content → resolve → check → render pages into the output sink →
/// search index → static files → commit. `--strict` is applied once, when the report is
/// finished.
public enum SiteBuilder {
    /// Loads, resolves and checks the site without writing anything (`gongkai stats`, tests).
    public static func load(_ options: BuildOptions, progress: @Sendable (BuildProgress) -> Void = { _ in }) -> (Site?, Theme?, BuildReport) {
        var report = BuildReport()
        let loaded = loadSite(options, progress: progress, into: &report)
        return (loaded?.site, loaded?.theme, finish(report, options))
    }

    /// Runs every check without writing output (`gongkai check`): the same stages as `build`
    /// up to rendering, plus the problems only rendering a body finds (broken links, in
    /// documents and in nodes' `_index.md`).
    public static func check(_ options: BuildOptions) -> BuildReport {
        var report = BuildReport()
        if let (site, _) = loadSite(options, into: &report) {
            report.diagnostics += DocumentBodyRenderer(site: site).bodyProblems()
        }
        return finish(report, options)
    }

    /// The full build. The previous output is replaced only if the build succeeds.
    /// `progress` is called on the building thread as each stage starts and after each batch of pages.
    public static func build(_ options: BuildOptions, progress: @Sendable (BuildProgress) -> Void = { _ in }) -> BuildReport {
        var report = BuildReport()
        guard let (site, theme) = loadSite(options, progress: progress, into: &report),
              !report.fails(strict: options.strict) else { return finish(report, options) }
        let writer = OutputWriter(siteFolder: options.siteFolder, outputFolder: options.resolvedOutputFolder)
        do {
            try openOutput(writer)
        } catch {
            report.diagnostics.append(.error("output.refused", error.message))
            return finish(report, options)
        }
        do throws(OutputWriter.Failure) {
            try renderPages(site, theme, into: writer, progress: progress, report: &report, releasingBodies: true, leavingForExit: options.leavesSiteForExit)
            progress(.copyingStatic)
            try copyStatic(site, into: writer, report: &report)
            try commitUnlessFailed(writer, report: &report, options: options, progress: progress)
        } catch {
            writer.abort()
            report.diagnostics.append(.error("output.write", error.message))
        }
        if options.leavesSiteForExit { LeftForExit.leave(site) }
        return finish(report, options)
    }

    // MARK: - Stages

    /// Config, content and theme loaded, the site resolved and checked, the summary filled in;
    /// nil when the site cannot be resolved (a missing or broken site.json).
    static func loadSite(_ options: BuildOptions, progress: @Sendable (BuildProgress) -> Void = { _ in }, into report: inout BuildReport) -> (site: Site, theme: Theme)? {
        guard let config = loadConfig(options, into: &report) else { return nil }
        progress(.loadingDocuments)
        // The theme is read and compiled on a thread of its own meanwhile: the content folder's
        // walk, before any file is parsed, keeps only one core busy (bench/PERFORMANCE.md).
        let themeLoad = BackgroundValue { Theme.load(siteFolder: options.siteFolder, config: config) }
        let content = ContentLoader(siteFolder: options.siteFolder, config: config).load()
        report.diagnostics += content.diagnostics
        let (theme, themeDiagnostics) = themeLoad.value()
        report.diagnostics += themeDiagnostics

        let resolver = SiteResolver(config: config, urls: config.urls, today: options.resolvedToday(), includeDrafts: options.includeDrafts, includeFuture: options.includeFuture)
        let site = resolver.resolve(documents: content.documents, assets: content.assets)

        progress(.checking(documents: site.documents.count))
        report.diagnostics += Checks.run(on: site)
        summarise(site, into: &report)
        return theme.map { (site, $0) }
    }

    /// site.json, every value parsed (`--base-url` too); nil when it is missing or has errors.
    static func loadConfig(_ options: BuildOptions, into report: inout BuildReport) -> SiteConfig? {
        guard let configData = FileManager.default.contents(atPath: options.siteFolder.appendingPathComponent("site.json").path) else {
            report.diagnostics.append(.error("config.missing", "找不到 site.json", hint: "在网站文件夹中运行，或用 --site 指定网站文件夹；gongkai init 可创建新网站"))
            return nil
        }
        let (config, diagnostics) = SiteConfigLoader.load(Array(configData), baseURL: options.baseURL)
        report.diagnostics += diagnostics
        return diagnostics.hasErrors ? nil : config
    }

    /// The counts and lists the CLI prints after a build.
    static func summarise(_ site: Site, into report: inout BuildReport) {
        report.documentCount = site.documents.count
        report.nodeCounts = site.catalog.nodes.enumerated().map { i, node in
            .init(path: node.path, title: node.title, depth: node.depth, count: !node.holdsDocuments ? 0 : site.count(inTreeOf: i))
        }
        report.drafts = site.drafts.map { .init(path: $0.sourcePath, title: $0.title, detail: "草稿") }
        report.futureDocuments = site.futureDocuments.map { .init(path: $0.sourcePath, title: $0.title, detail: "发布日期 \($0.published.day)") }
        report.expiredDocuments = site.documents.indices.filter { site.status(of: $0) != site.documents[$0].declaredStatus }.map {
            .init(path: site.documents[$0].sourcePath, title: site.documents[$0].title, detail: site.lifecycleNote(of: $0))
        }
        report.withdrawn = site.withdrawn.map { .init(path: $0.document.sourcePath, title: $0.document.title, detail: "公示期至 \($0.end)") }
        report.privacyExempt = site.documents.compactMap { d in d.privacyExempt.map { .init(path: d.sourcePath, title: d.title, detail: $0) } }
    }

    /// A fresh staging folder beside the output, after refusing unsafe output folders.
    static func openOutput(_ writer: OutputWriter) throws(OutputWriter.Failure) {
        try writer.validate()
        try writer.begin()
    }

    /// The new output replaces the previous one, unless the report fails (`--strict` counted):
    /// then the new output is dropped and the previous one stays as it was. A site's build and
    /// a group's end the same way.
    static func commitUnlessFailed(_ writer: OutputWriter, report: inout BuildReport, options: BuildOptions,
                                   progress: (BuildProgress) -> Void) throws(OutputWriter.Failure) {
        guard !report.fails(strict: options.strict) else {
            writer.abort()
            return
        }
        progress(.finishing)
        try writer.commit()
        report.wroteOutput = true
    }

    /// Every page, rendered on `workers` threads (all cores unless a group member renders beside
    /// another) in batches. Each worker hands its pages to `sink` as
    /// soon as they are rendered, so memory follows the pages in flight, not the site; the
    /// documents' search terms are merged on a queue of their own meanwhile, and the search
    /// index is written last.
    /// With `releasingBodies`, each document's body is freed once its page is rendered (the
    /// last time the build reads it); a caller that reads the site afterwards passes false.
    /// With `leavingForExit`, the renderers' page contexts and the search index's tables are
    /// left for the process's exit (`LeftForExit`).
    static func renderPages(_ site: Site, _ theme: Theme, into sink: some OutputSink, progress: @Sendable (BuildProgress) -> Void,
                            report: inout BuildReport, releasingBodies: Bool = false, leavingForExit: Bool = false,
                            workers: Int = Parallel.workerCount) throws(OutputWriter.Failure) {
        let renderers = SiteRenderer.workers(workers, site: site, theme: theme)
        defer { SiteRenderer.returnThemes(of: renderers, to: theme) }
        let renderer = renderers[0]
        let jobs = renderer.jobs()
        let searchIndex = site.config.search ? SearchIndexQueue(site: site) : nil
        let batchSize = 512
        progress(.rendering(done: 0, total: jobs.count))
        for start in stride(from: 0, to: jobs.count, by: batchSize) {
            let batch = Array(jobs[start..<min(jobs.count, start + batchSize)])
            let results = Parallel.map(batch.count, contexts: renderers) { renderer, i in
                let output = renderer.render(batch[i])
                if releasingBodies, case .document(let d) = batch[i] { site.documents[d].releaseBody() }
                return RenderedJob(output, failure: sink.receive(output.files))
            }
            if let failure = results.lazy.compactMap(\.failure).first { throw .io(failure) }
            report.diagnostics += results.flatMap(\.diagnostics)
            searchIndex?.add(results.compactMap(\.searchTerms))
            report.pagesWritten += results.reduce(0) { $0 + $1.pages }
            report.filesWritten += results.reduce(0) { $0 + $1.files }
            progress(.rendering(done: min(jobs.count, start + batchSize), total: jobs.count))
        }
        if let searchIndex { report.filesWritten += try searchIndex.write(to: sink) }
        if leavingForExit { LeftForExit.leave((renderers, searchIndex)) }
    }

    /// The site's `static/` folder, copied as it is.
    static func copyStatic(_ site: Site, into writer: OutputWriter, report: inout BuildReport) throws(OutputWriter.Failure) {
        var ignored: [Diagnostic] = []
        let folder = writer.siteFolder.appendingPathComponent("static")
        let files = FileWalker.files(under: folder, root: writer.siteFolder, diagnostics: &ignored)
            .map { OutputFile(path: String($0.dropFirst("static/".count)), contents: .copy($0)) }
        try writer.write(files)
        report.filesWritten += files.count
    }

    /// The report as the user sees it: under `--strict` every warning is an error, and the
    /// diagnostics are sorted so the order never depends on discovery.
    static func finish(_ report: BuildReport, _ options: BuildOptions) -> BuildReport {
        var report = report
        if options.strict {
            report.diagnostics = report.diagnostics.map { var d = $0; d.severity = .error; return d }
        }
        report.diagnostics = report.diagnostics.sortedForReport()
        return report
    }
}

/// What is kept of a page job once its files are handed to the sink.
private struct RenderedJob: Sendable {
    var pages: Int
    var files: Int
    var diagnostics: [Diagnostic]
    var searchTerms: (document: Int, terms: SearchIndexBuilder.Collected)?
    var failure: String?

    init(_ output: PageOutput, failure: String?) {
        pages = output.files.count { $0.path.hasSuffix(".html") }
        files = output.files.count
        diagnostics = output.diagnostics
        searchTerms = output.searchTerms
        self.failure = failure
    }
}
