import Foundation

/// Builds one member's part of a group's output (README “站群”): the member loaded, resolved,
/// checked and rendered as under `<id>/`, into `<part>/files/` (or straight into the group's
/// staging output), with its summary in `<part>/part.json` and its search index in
/// `<part>/search.pack` (the shards' side tables in `<part>/search.last`). The part folder is replaced atomically; when the member fails, the new
/// part holds only its summary (marked failed, with the diagnostics), so an assemble step never
/// takes an older part for a current one.
struct MemberPartBuilder {
    let loader: GroupMemberLoader
    let stamp: String

    private var options: BuildOptions { loader.options }

    /// Member number `index` of group.json into `folder`, files and all, committed; the summary
    /// as written, or the failure that kept it from being written (`gongkai build --member`).
    /// `crossMember` links its `interprets` to the other members (`GroupInterpretationIndex`).
    /// `loaded` is the member as `load` gave it, when the caller loaded it first.
    func build(_ index: Int, into folder: URL, inputs: String, crossMember: CrossMemberLinks, loaded: LoadedMember? = nil,
               progress: @Sendable (BuildProgress) -> Void) -> Result<MemberPart, OutputWriter.Failure> {
        make(index, into: folder, inputs: inputs, crossMember: crossMember, files: nil, loaded: loaded, progress: progress).map(\.part)
    }

    /// Member number `index` with its files under `<id>/` of `output` (the one-process group
    /// build's staging output) and only its summary and search pack in the part at `folder`,
    /// which is left staged: the caller commits it once the output it describes is committed.
    /// `loaded` is the member as `load` gave it, when the caller loaded it ahead; `workers`, the
    /// threads its pages render on (fewer than the cores while another member renders beside it).
    func stage(_ index: Int, into folder: URL, files output: OutputWriter, inputs: String, crossMember: CrossMemberLinks, loaded: LoadedMember? = nil,
               workers: Int = Parallel.workerCount,
               progress: @Sendable (BuildProgress) -> Void) -> Result<(part: MemberPart, writer: OutputWriter), OutputWriter.Failure> {
        make(index, into: folder, inputs: inputs, crossMember: crossMember, files: output, loaded: loaded, workers: workers, progress: progress)
    }

    /// A member loaded, resolved and checked with `crossMember` links, not yet rendered.
    struct LoadedMember: Sendable {
        let index: Int
        let crossMember: CrossMemberLinks
        let diagnostics: [Diagnostic]
        let site: Site?
        let theme: Theme?
        /// What the member offers the others' `interprets` (nil when it could not be loaded).
        let entries: MemberIndexEntries?
        /// The member's input digest and the stats to keep (`MemberInputs`), when `load` was
        /// asked to take them.
        let inputs: (digest: String, stats: MemberInputStats)?
    }

    /// Member number `index` loaded, resolved and checked (the first half of building its part).
    /// With `digesting` (the member's recorded stats), its input digest is taken as well, from
    /// the files as this load reads them (`MemberInputs.begin`): a member built whatever its
    /// digest reads each input file once.
    func load(_ index: Int, crossMember: CrossMemberLinks, digesting known: MemberInputStats? = nil) -> LoadedMember {
        let member = loader.group.members[index]
        let pending = known.map {
            MemberInputs.begin(member: member, folder: loader.folder(of: member), groupFolder: loader.groupFolder, stamp: stamp,
                               today: loader.today, known: $0)
        }
        var diagnostics: [Diagnostic] = []
        var reads: [String: MemberInputStats.Entry]? = pending == nil ? nil : [:]
        let loaded = loader.load(member, into: &diagnostics, crossMember: crossMember, reads: &reads)
        return LoadedMember(index: index, crossMember: crossMember, diagnostics: diagnostics, site: loaded?.site, theme: loaded?.theme,
                            entries: loaded.map { MemberIndexEntries(member: member, site: $0.site) },
                            inputs: pending?.finish(read: reads ?? [:]))
    }

    private func make(_ index: Int, into folder: URL, inputs: String, crossMember: CrossMemberLinks, files output: OutputWriter?,
                      loaded: LoadedMember? = nil, workers: Int = Parallel.workerCount,
                      progress: @Sendable (BuildProgress) -> Void) -> Result<(part: MemberPart, writer: OutputWriter), OutputWriter.Failure> {
        let member = loader.group.members[index]
        let memberFolder = loader.folder(of: member)
        let writer = OutputWriter(siteFolder: memberFolder, outputFolder: folder)
        do {
            // The part may not swallow the member's site nor the group folder's own folders.
            try OutputWriter(siteFolder: loader.groupFolder, outputFolder: folder).validate()
            try SiteBuilder.openOutput(writer)
        } catch {
            return .failure(error)
        }
        var part = MemberPart(stamp: stamp, inputs: inputs, links: crossMember, id: member.id, index: index, today: loader.today, failed: true,
                              diagnostics: [], documentCount: 0, pagesWritten: 0, filesWritten: 0)
        let ready = loaded.flatMap { $0.index == index && $0.crossMember == crossMember ? $0 : nil } ?? load(index, crossMember: crossMember)
        var report = BuildReport()
        report.diagnostics = ready.diagnostics
        do throws(OutputWriter.Failure) {
            if let site = ready.site, let theme = ready.theme {
                part.facts = GroupMemberFacts(member: member, site: site)
                part.entries = ready.entries
                part.documentCount = site.documents.count
                var portal = PortalMember(member: member, index: index, site: site)
                if !report.fails(strict: options.strict) {
                    let (filesWriter, prefix) = output.map { ($0, member.id) } ?? (writer, MemberPart.filesFolder)
                    try render(member, site, theme, into: filesWriter, under: prefix, pack: writer.staging, workers: workers, progress: progress,
                               report: &report)
                    portal.sitemaps = Self.writtenSitemaps(in: filesWriter.staging.appendingPathComponent(prefix))
                }
                part.portal = portal
                part.failed = report.fails(strict: options.strict)
            }
            part.diagnostics = report.diagnostics.sortedForReport()
            part.pagesWritten = report.pagesWritten
            part.filesWritten = report.filesWritten
            if part.failed {
                // A failed part keeps no files: only its summary says what went wrong.
                writer.abort()
                try writer.begin()
            }
            try writer.write([OutputFile(path: MemberPart.summaryFile, contents: .bytes(part.encoded()))])
            if output == nil { try writer.commit() }
        } catch {
            writer.abort()
            return .failure(error)
        }
        return .success((part, writer))
    }

    /// The member's pages and `static/` files, under `files/`; its search index in the part's
    /// `MemberSearchPack`.
    private func render(_ member: GroupMember, _ site: Site, _ theme: Theme, into writer: OutputWriter, under prefix: String, pack folder: URL,
                        workers: Int, progress: @Sendable (BuildProgress) -> Void, report: inout BuildReport) throws(OutputWriter.Failure) {
        let pack = site.config.search ? try MemberSearchPack(folder: folder) : nil
        let lastDocuments = site.config.search ? MemberLastDocuments() : nil
        let sink = MemberOutputSink(writer: writer, prefix: prefix, memberFolder: loader.folder(of: member), searchPack: pack, lastDocuments: lastDocuments)
        var memberReport = BuildReport()
        try SiteBuilder.renderPages(site, theme, into: sink, progress: progress, report: &memberReport, workers: workers)
        if let failure = pack?.finish() { throw .io(failure) }
        if let failure = lastDocuments?.finish(in: folder) { throw .io(failure) }
        var ignored: [Diagnostic] = []
        let memberFolder = loader.folder(of: member)
        let statics = FileWalker.files(under: memberFolder.appendingPathComponent("static"), root: memberFolder, diagnostics: &ignored)
            .map { OutputFile(path: String($0.dropFirst("static/".count)), contents: .copy($0)) }
        if let failure = sink.receive(statics) { throw .io(failure) }
        report.diagnostics += memberReport.diagnostics.map { loader.relocate($0, of: member) }
        report.pagesWritten += memberReport.pagesWritten
        report.filesWritten += memberReport.filesWritten - (pack?.count ?? 0) - (lastDocuments?.count ?? 0) + statics.count
    }

    /// The sitemap files the member's build wrote: `sitemap.xml`, or its numbered parts when it
    /// was split (the portal's index lists them, since an index may not list another index).
    static func writtenSitemaps(in files: URL) -> [String] {
        var parts: [String] = []
        while FileManager.default.fileExists(atPath: files.appendingPathComponent("sitemap-\(parts.count + 1).xml").path) {
            parts.append("sitemap-\(parts.count + 1).xml")
        }
        return parts.isEmpty ? ["sitemap.xml"] : parts
    }
}
