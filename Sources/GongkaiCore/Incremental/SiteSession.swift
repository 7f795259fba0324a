import Foundation

/// A site kept loaded between builds, for `gongkai serve`: ``update()`` looks at which source
/// files changed since the last good build, re-reads only those, and renders again only the
/// pages they affect (``AffectedPages``); then it writes only the files whose bytes changed
/// and deletes the files no longer produced. The output is the same, byte for byte, as a
/// clean `SiteBuilder.build` of the same files.
///
/// When every changed file is a document whose front matter reads the same (a body edit,
/// the common case), nothing is done for the whole site: the kept site is patched with the
/// new readings (``Site/replacingBodies(_:)``, no resolve), only the checkers that read
/// bodies run again (``KeptChecks``), the summary, page jobs and lists are kept, and only
/// those documents' pages are rendered — no other page reads a body.
///
/// A change to `site.json`, `themes/`, `static/`, `data/`, an `_index.md` or a non-Markdown
/// file under `content/` (an attachment), or a new day, loads and renders everything again.
/// Changes that alter every page — a document added, removed, renamed or moved to another
/// node (the catalog tree on every page shows counts) — render every page again, reading only
/// the changed files. Search terms and fragments of documents not rendered again are kept in
/// memory, and so is the assembled search index (``KeptSearchIndex``): while every document
/// keeps its number it is patched for the documents rendered again, and only the shards of
/// the terms whose postings changed are serialised; otherwise it is built again.
public final class SiteSession: @unchecked Sendable {
    /// What one ``update()`` did.
    public struct Update: Sendable {
        public var report: BuildReport
        /// True when everything was loaded and rendered again.
        public var renderedEverything = false
        /// Page jobs rendered (a document's page is one job; so is each page of a list).
        public var jobsRendered = 0
        public var documentPagesRendered = 0
        /// Files written because their bytes changed, and files deleted.
        public var filesWritten = 0
        public var filesDeleted = 0
        /// Search shards (word and phrase) serialised and handed over to be compared and
        /// written: the others are kept as they are, not even compared.
        public var searchShardsWritten = 0
        /// Documents resolved: every document of the site, or the documents whose bodies
        /// alone changed, patched into the kept site.
        public var documentsResolved = 0
        /// Checkers run: all of them, or those that read document bodies.
        public var checkersRun = 0
        /// Documents the body-reading document checkers looked at (``KeptChecks``).
        public var documentsScanned = 0
        /// Source files stamped: every file after a walk of the tree, or the changed ones.
        public var filesStamped = 0
        /// Where the time went (bench only).
        public var phases = PhaseTimer()
    }

    public let options: BuildOptions
    private var outputFolder: URL { options.resolvedOutputFolder }
    private var state: SessionState?
    /// Parsed Markdown files by path, with the stamp they were read at (kept across failed builds).
    private var parsed: [String: (stamp: SourceStamp, document: Document?, diagnostics: [Diagnostic])] = [:]
    /// The source tree as the last update saw it (built or not), and whether that update's
    /// build succeeded (then its stamps are the state's).
    private var lastLook: Look?
    private var lastLookBuilt = false

    struct Look {
        var stamps: [String: SourceStamp]
        var content: [String]
        var contentDiagnostics: [Diagnostic]
        /// Files stamped to get here: all of them after a walk.
        var stamped: Int
    }

    public init(_ options: BuildOptions) {
        self.options = options
    }

    /// Builds what changed since the last good build (everything, the first time).
    /// `changedPaths`: the site-relative paths of the files changed since the last call, when
    /// a watcher can say (`gongkai serve` with inotify); then only those files are looked at,
    /// unless one of them was added or removed. Without it the whole tree is walked.
    public func update(changedPaths: Set<String>? = nil) -> Update {
        var report = BuildReport()
        var timer = PhaseTimer()
        let today = options.resolvedToday()
        let previous = state
        let look: Look, changed: Set<String>
        if let changedPaths, let last = lastLook,
           let restamped = SourceStamp.restamping(changedPaths, in: last.stamps, siteFolder: options.siteFolder) {
            look = Look(stamps: restamped, content: last.content, contentDiagnostics: last.contentDiagnostics, stamped: changedPaths.count)
            // Since the last good build, only these files can have changed.
            let candidates = lastLookBuilt ? changedPaths : Set(restamped.keys)
            changed = candidates.filter { previous?.stamps[$0] != restamped[$0] }
                .union(lastLookBuilt ? [] : previous.map { Set($0.stamps.keys).subtracting(restamped.keys) } ?? [])
        } else {
            let walked = SourceStamp.stamps(of: options.siteFolder)
            look = Look(stamps: walked.stamps, content: walked.content, contentDiagnostics: walked.contentDiagnostics, stamped: walked.stamps.count)
            changed = Set(walked.stamps.keys.filter { previous?.stamps[$0] != walked.stamps[$0] })
                .union(previous.map { Set($0.stamps.keys).subtracting(walked.stamps.keys) } ?? [])
        }
        lastLook = look
        lastLookBuilt = false
        let (stamps, contentFiles, walkDiagnostics) = (look.stamps, look.content, look.contentDiagnostics)
        timer.mark("stamps")
        let everything = previous == nil || previous!.today != today || changed.contains { !Self.isDocument($0) }

        // Config and theme: loaded again only with everything else.
        let config: SiteConfig, configDiagnostics: [Diagnostic], theme: Theme?, themeDiagnostics: [Diagnostic]
        if everything || previous == nil {
            var configReport = BuildReport()
            guard let loaded = SiteBuilder.loadConfig(options, into: &configReport) else {
                return Update(report: SiteBuilder.finish(configReport, options))
            }
            config = loaded
            configDiagnostics = configReport.diagnostics
            (theme, themeDiagnostics) = Theme.load(siteFolder: options.siteFolder, config: config)
            parsed = [:]
        } else {
            config = previous!.config
            configDiagnostics = previous!.configDiagnostics
            (theme, themeDiagnostics) = (previous!.theme, previous!.themeDiagnostics)
        }
        report.diagnostics += configDiagnostics + walkDiagnostics

        // Documents: only new and changed files are read.
        let loader = ContentLoader(siteFolder: options.siteFolder, config: config)
        let markdown = contentFiles.filter { $0.hasSuffix(".md") }
        let assets = contentFiles.filter { !$0.hasSuffix(".md") }
        for path in changed where stamps[path] == nil { parsed[path] = nil }
        let toRead = markdown.filter { parsed[$0] == nil || parsed[$0]!.stamp != stamps[$0] }
        let read = Parallel.map(toRead.count) { loader.loadFile(toRead[$0]) }
        for (path, result) in zip(toRead, read) {
            if let stamp = stamps[path] { parsed[path] = (stamp, result.0, result.1) }
        }
        var documents: [Document] = []
        for path in markdown {
            guard let entry = parsed[path] else { continue }
            if let document = entry.document { documents.append(document) }
            report.diagnostics += entry.diagnostics
        }
        report.diagnostics += themeDiagnostics
        timer.mark("load")

        // Documents that differ from the last good build's in their bodies alone patch the
        // kept site (resolving reads no body); the checkers that read no body keep their
        // findings, and the summary stays as it was.
        let resolver = SiteResolver(config: config, urls: config.urls, today: today, includeDrafts: options.includeDrafts, includeFuture: options.includeFuture)
        let patched = everything ? nil : bodyEditedSite(changed, stamps: stamps, previous: previous!)
        let site = patched ?? resolver.resolve(documents: documents, assets: assets)
        let bodyEdits = patched == nil ? nil : changed
        timer.mark("resolve")
        let checks = bodyEdits != nil ? previous!.checks.rerunningBodyReaders(on: site, edited: changed) : KeptChecks(site: site)
        report.diagnostics += checks.diagnostics
        timer.mark("check")
        var summary = BuildReport()
        if bodyEdits != nil { summary = previous!.summary } else { SiteBuilder.summarise(site, into: &summary) }
        summary.diagnostics = report.diagnostics
        report = summary
        summary.diagnostics = []
        timer.mark("summarise")
        guard let theme, !report.fails(strict: options.strict) else { return Update(report: SiteBuilder.finish(report, options)) }

        let writer = OutputWriter(siteFolder: options.siteFolder, outputFolder: outputFolder)
        if previous == nil {
            do { try writer.validate() } catch {
                report.diagnostics.append(.error("output.refused", error.message))
                return Update(report: SiteBuilder.finish(report, options))
            }
        }
        let renderEverything = everything || (bodyEdits == nil && AffectedPages.isStructural(from: previous!.site, to: site))
        timer.mark("structural")
        var update = Update(report: report, renderedEverything: renderEverything)
        update.documentsResolved = bodyEdits?.count ?? site.documents.count
        update.filesStamped = look.stamped
        update.checkersRun = checks.checkersRun
        update.documentsScanned = checks.documentsScanned
        update.phases = timer
        let sink = ChangedFileSink(siteFolder: options.siteFolder, outputFolder: outputFolder)
        // The kept search index is patched in place: it belongs to the state only once this
        // build succeeds, and a failed one builds it again next time.
        let keptIndex = state?.searchIndex
        state?.searchIndex = nil
        let next = render(site, theme, changed: changed, bodyEdits: bodyEdits, previous: renderEverything ? nil : previous,
                          checks: checks, keptIndex: keptIndex, into: sink, update: &update)
        guard var next else { return Update(report: SiteBuilder.finish(update.report, options)) }
        next.stamps = stamps
        next.today = today
        next.config = config
        next.configDiagnostics = configDiagnostics
        next.themeDiagnostics = themeDiagnostics
        next.summary = summary

        // Static files, and the marker that lets the next build replace this folder.
        var extra: [OutputFile] = [OutputFile(path: OutputWriter.markerName, contents: .text(OutputWriter.markerText))]
        if everything || previous == nil {
            var ignored: [Diagnostic] = []
            next.staticFiles = FileWalker.files(under: options.siteFolder.appendingPathComponent("static"), root: options.siteFolder, diagnostics: &ignored)
            extra += next.staticFiles.map { OutputFile(path: String($0.dropFirst("static/".count)), contents: .copy($0)) }
        } else {
            next.staticFiles = previous!.staticFiles
        }
        if let failure = sink.receive(extra) { update.report.diagnostics.append(.error("output.write", failure)) }
        if !next.producedAsBefore {
            next.produced.insert(OutputWriter.markerName)
            for path in next.staticFiles { next.produced.insert(String(path.dropFirst("static/".count))) }
        }

        update.report.diagnostics += next.jobDiagnostics.values.joined()
        // The same files as the last build (a body edit, as a rule): counted then.
        let sameFiles = next.producedAsBefore
        next.pagesProduced = sameFiles ? previous!.pagesProduced : next.produced.count { $0.hasSuffix(".html") }
        update.report.pagesWritten = next.pagesProduced
        update.report.filesWritten = next.produced.count
        update.report = SiteBuilder.finish(update.report, options)
        guard !update.report.fails(strict: options.strict) else { return update }

        let before = previous?.produced ?? Self.existingFiles(in: outputFolder)
        let stale = sameFiles ? [] : Array(before.subtracting(next.produced))
        if let failure = sink.commit(deleting: stale) {
            update.report.diagnostics.append(.error("output.write", failure))
            update.report = SiteBuilder.finish(update.report, options)
            state = nil
            return update
        }
        update.phases.mark("commit")
        update.filesWritten = sink.changedCount
        update.filesDeleted = stale.count
        update.report.wroteOutput = true
        state = next
        lastLookBuilt = true
        return update
    }

    /// The last good build's site with the changed files' new readings in place, when every
    /// changed file is a document (still there) read without errors that differs from its
    /// reading in that site in nothing but its body (``Site/replacingBodies(_:)``); nil otherwise.
    private func bodyEditedSite(_ changed: Set<String>, stamps: [String: SourceStamp], previous: SessionState) -> Site? {
        var readings: [String: Document] = [:]
        for path in changed {
            guard Self.isDocument(path), let stamp = stamps[path], let entry = parsed[path], entry.stamp == stamp,
                  let document = entry.document else { return nil }
            readings[path] = document
        }
        return previous.site.replacingBodies(readings)
    }

    /// A Markdown document of `content/` other than a node's `_index.md`.
    static func isDocument(_ path: String) -> Bool {
        path.hasPrefix("content/") && path.hasSuffix(".md") && !path.hasSuffix("/_index.md")
    }

    /// The files now in the output folder (the first build replaces them).
    static func existingFiles(in folder: URL) -> Set<String> {
        var files: Set<String> = []
        let base = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        while let relative = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue { files.insert(relative) }
        }
        return files
    }
}
