import Foundation

/// The build of a site group (README “站群”), as a pipeline over ordinary sites:
/// load group.json → for each member: load, resolve, check and render it under `<id>/` →
/// check across members → render the portal → commit the whole output at once.
///
/// Members are built one after another, each on all cores, and only a `PortalMember` summary
/// is kept of each, so memory follows the largest member.
public enum GroupBuilder {
    /// Whether `folder` is a group folder: it has a group.json.
    public static func isGroup(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(GroupConfigLoader.file).path)
    }

    /// Every member and the portal into one output folder, which replaces the previous output
    /// only when the whole group built without errors.
    public static func build(_ options: BuildOptions, progress: @Sendable (BuildProgress) -> Void = { _ in }) -> BuildReport {
        var report = BuildReport()
        guard let group = loadGroup(options, into: &report) else { return finish(report, options) }
        let loader = GroupMemberLoader(group: group, groupFolder: options.siteFolder, options: options)
        let writer = OutputWriter(siteFolder: options.siteFolder, outputFolder: options.resolvedOutputFolder)
        do {
            // The output may not swallow the group folder, nor any member's own folders.
            for member in group.members {
                try OutputWriter(siteFolder: loader.folder(of: member), outputFolder: writer.outputFolder).validate()
            }
            try SiteBuilder.openOutput(writer)
        } catch {
            report.diagnostics.append(.error("output.refused", error.message))
            return finish(report, options)
        }
        do throws(OutputWriter.Failure) {
            var portalMembers: [PortalMember] = []
            var facts: [GroupMemberFacts] = []
            let interpretations = interpretationIndex(group, loader)
            for (k, member) in group.members.enumerated() {
                guard let (site, theme) = loader.load(member, into: &report.diagnostics, crossMember: interpretations.links(for: k)) else { continue }
                facts.append(GroupMemberFacts(member: member, site: site))
                report.documentCount += site.documents.count
                var portal = PortalMember(member: member, index: portalMembers.count, site: site)
                if !report.fails(strict: options.strict) {
                    try renderMember(member, site, theme, loader: loader, into: writer, progress: progress, report: &report)
                    portal.sitemaps = writtenSitemaps(of: member, in: writer)
                }
                portalMembers.append(portal)
            }
            report.diagnostics += GroupChecker().check(facts)
            guard !report.fails(strict: options.strict) else {
                writer.abort()
                return finish(report, options)
            }
            var portalConfig = SiteConfig()
            portalConfig.theme = group.theme
            let (theme, themeDiagnostics) = Theme.load(siteFolder: options.siteFolder, config: portalConfig)
            report.diagnostics += themeDiagnostics
            guard let theme, !report.fails(strict: options.strict) else {
                writer.abort()
                return finish(report, options)
            }
            let search = try combineSearch(portalMembers, in: writer)
            let files = PortalRenderer(group: group, members: portalMembers, theme: theme, today: options.resolvedToday(), search: search).files()
            try writer.write(files)
            report.pagesWritten += files.count { $0.path.hasSuffix(".html") }
            report.filesWritten += files.count
            try SiteBuilder.commitUnlessFailed(writer, report: &report, options: options, progress: progress)
        } catch {
            writer.abort()
            report.diagnostics.append(.error("output.write", error.message))
        }
        return finish(report, options)
    }

    /// Every check of every member and across members, without writing output (`gongkai check`).
    public static func check(_ options: BuildOptions) -> BuildReport {
        var report = BuildReport()
        guard let group = loadGroup(options, into: &report) else { return finish(report, options) }
        let loader = GroupMemberLoader(group: group, groupFolder: options.siteFolder, options: options)
        var facts: [GroupMemberFacts] = []
        let interpretations = interpretationIndex(group, loader)
        for (k, member) in group.members.enumerated() {
            guard let (site, _) = loader.load(member, into: &report.diagnostics, crossMember: interpretations.links(for: k)) else { continue }
            report.documentCount += site.documents.count
            report.diagnostics += DocumentBodyRenderer(site: site).bodyProblems().map { loader.relocate($0, of: member) }
            facts.append(GroupMemberFacts(member: member, site: site))
        }
        report.diagnostics += GroupChecker().check(facts)
        return finish(report, options)
    }

    // MARK: - Stages

    /// group.json, every value parsed; nil when it is missing or has errors.
    static func loadGroup(_ options: BuildOptions, into report: inout BuildReport) -> GroupConfig? {
        guard let bytes = FileManager.default.contents(atPath: options.siteFolder.appendingPathComponent(GroupConfigLoader.file).path) else {
            report.diagnostics.append(.error("group.missing", "找不到 group.json", hint: "在站群文件夹中运行，或用 --site 指定站群文件夹"))
            return nil
        }
        let (group, diagnostics) = GroupConfigLoader.load(Array(bytes), baseURL: options.baseURL)
        report.diagnostics += diagnostics
        return diagnostics.hasErrors ? nil : group
    }

    /// The first pass for `interprets` across members: each member resolved on its own, one
    /// at a time (its problems are reported by the second pass, which checks it).
    static func interpretationIndex(_ group: GroupConfig, _ loader: GroupMemberLoader) -> GroupInterpretationIndex {
        var index = GroupInterpretationIndex()
        for (k, member) in group.members.enumerated() {
            var ignored: [Diagnostic] = []
            if let (site, _) = loader.load(member, into: &ignored, checks: false) { index.add(k, member: member, site: site) }
        }
        return index
    }

    /// One member's pages, search index and `static/` files, under `<id>/`.
    static func renderMember(_ member: GroupMember, _ site: Site, _ theme: Theme, loader: GroupMemberLoader, into writer: OutputWriter,
                             progress: @Sendable (BuildProgress) -> Void, report: inout BuildReport) throws(OutputWriter.Failure) {
        let folder = loader.folder(of: member)
        let sink = MemberOutputSink(writer: writer, id: member.id, memberFolder: folder)
        var memberReport = BuildReport()
        try SiteBuilder.renderPages(site, theme, into: sink, progress: progress, report: &memberReport)
        var ignored: [Diagnostic] = []
        let statics = FileWalker.files(under: folder.appendingPathComponent("static"), root: folder, diagnostics: &ignored)
            .map { OutputFile(path: String($0.dropFirst("static/".count)), contents: .copy($0)) }
        if let failure = sink.receive(statics) { throw .io(failure) }
        report.diagnostics += memberReport.diagnostics.map { loader.relocate($0, of: member) }
        report.pagesWritten += memberReport.pagesWritten
        report.filesWritten += memberReport.filesWritten + statics.count
    }

    /// The portal's one search over every member with search (`SearchIndexMerger`), from the
    /// indexes the members' builds wrote under `<id>/search/`; false when no member has one.
    static func combineSearch(_ members: [PortalMember], in writer: OutputWriter) throws(OutputWriter.Failure) -> Bool {
        var parts: [SearchIndexPart] = []
        for m in members where m.search {
            let folder = writer.staging.appendingPathComponent(m.member.id).appendingPathComponent("search")
            do {
                if let part = try SearchIndexPart.read(id: m.member.id, title: m.member.title, searchFolder: folder,
                                                       dataHref: m.urls.href(URLBuilder.searchDataFolder)) {
                    parts.append(part)
                }
            } catch {
                throw .io("读取成员 \(m.member.id) 的搜索索引失败：\(error)")
            }
        }
        guard !parts.isEmpty else { return false }
        do {
            _ = try SearchIndexMerger(parts: parts).write(to: writer)
        } catch {
            switch error {
            case .unreadable(let file): throw .io("成员的搜索索引文件无法读取：\(file)")
            case .write(let message): throw .io(message)
            }
        }
        return true
    }

    /// The sitemap files a member's build wrote: `sitemap.xml`, or its numbered parts when it
    /// was split (the portal's index lists them, since an index may not list another index).
    static func writtenSitemaps(of member: GroupMember, in writer: OutputWriter) -> [String] {
        var parts: [String] = []
        while FileManager.default.fileExists(atPath: writer.staging.appendingPathComponent("\(member.id)/sitemap-\(parts.count + 1).xml").path) {
            parts.append("sitemap-\(parts.count + 1).xml")
        }
        return parts.isEmpty ? ["sitemap.xml"] : parts
    }

    /// As `SiteBuilder.finish`, once each: a group.json problem found while loading several
    /// members is reported once.
    static func finish(_ report: BuildReport, _ options: BuildOptions) -> BuildReport {
        var report = report
        var seen: Set<Diagnostic> = []
        report.diagnostics = report.diagnostics.filter { seen.insert($0).inserted }
        return SiteBuilder.finish(report, options)
    }
}
