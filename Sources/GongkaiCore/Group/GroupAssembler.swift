import Foundation

/// The assemble step of a group build (README “站群”): reads every member's part from a parts
/// folder (`<parts>/<id>/`), refuses parts that are missing, stale or failed, checks across
/// members from the parts' summaries, renders the portal, and writes the whole group output
/// at once. It reads nothing of the members but their parts, so the parts may come from other
/// machines; the one-process build assembles from its own parts the same way (with their
/// files already in the staging output: `Place`).
struct GroupAssembler {
    let group: GroupConfig
    let groupFolder: URL
    let options: BuildOptions
    /// `MemberPart.stamp` of this group and these options.
    let stamp: String
    /// Where the one-process build keeps the portal's last merged search (`GroupBuilder.searchCache`);
    /// nil merges every time.
    var searchCache: URL? = nil
    /// The themes the members were loaded with (`GroupMemberLoader.themes`), so the portal's
    /// theme, when it is theirs, is not loaded again; nil loads it.
    var themes: GroupThemes? = nil

    /// The parts in group.json order; nil (with the reasons in `report`) when one is missing,
    /// stale, of another day than the rest, or (when `refuseFailed`) failed.
    func readParts(from parts: URL, refuseFailed: Bool, into report: inout BuildReport) -> [MemberPart]? {
        var found: [MemberPart] = []
        var usable = true
        for (index, member) in group.members.enumerated() {
            let folder = parts.appendingPathComponent(member.id)
            let name = "成员“\(member.title)”（\(member.id)）"
            switch MemberPart.read(from: folder) {
            case .failure(.missing):
                report.diagnostics.append(.error("group.part-missing", "\(name)的构建结果不在 \(folder.path)", at: member.position,
                                                 hint: "先运行 gongkai build --member \(member.id) --parts \(parts.path)，再组装"))
                usable = false
            case .failure(.unreadable):
                report.diagnostics.append(.error("group.part-stale", "\(name)的构建结果 \(folder.path)/\(MemberPart.summaryFile) 无法读取，可能由其他版本的 gongkai 生成", at: member.position,
                                                 hint: "用同一版本的 gongkai 重新运行 gongkai build --member \(member.id)"))
                usable = false
            case .success(let part):
                if part.format != MemberPart.currentFormat || part.version != GongkaiVersion.number || part.stamp != stamp || part.id != member.id || part.index != index {
                    report.diagnostics.append(.error("group.part-stale", "\(name)的构建结果已过时：它由另一份 group.json、另一版本的 gongkai（\(part.version)）或另一组构建选项生成", at: member.position,
                                                     hint: "用当前的 group.json、同一版本的 gongkai 和相同的 --base-url、--drafts、--future、--strict 重新运行 gongkai build --member \(member.id)"))
                    usable = false
                } else if refuseFailed && part.failed {
                    report.diagnostics.append(.error("group.part-failed", "\(name)构建失败，无法组装（\(part.diagnostics.count { $0.severity == .error } ) 个错误）", at: member.position,
                                                     hint: "改正该成员的问题后重新运行 gongkai build --member \(member.id)"))
                    usable = false
                }
                found.append(part)
            }
        }
        if usable {
            // Each part's links from the others must be what the others' parts offer now.
            var index = GroupInterpretationIndex()
            for part in found { index.set(part.index, part.entries) }
            for part in found where part.links != index.links(for: part.index) {
                let member = group.members[part.index]
                report.diagnostics.append(.error("group.part-stale", "成员“\(member.title)”（\(member.id)）的构建结果已过时：它与其他成员之间的政策解读链接和其他成员的构建结果不一致（构建各成员时站群的文件不同）", at: member.position,
                                                 hint: "在同一份站群文件上重新运行 gongkai build --member \(member.id)，再组装"))
                usable = false
            }
        }
        let days = Set(found.map(\.today))
        if let today = options.today, days.contains(where: { $0 != today }) || days.count > 1 {
            report.diagnostics.append(.error("group.part-stale", "各成员的构建结果不是按同一天（--today \(today)）生成的：\(days.sorted().map(\.description).joined(separator: "、"))",
                                             hint: "给每个成员的构建和组装同一个 --today（或同一个 SOURCE_DATE_EPOCH）"))
            usable = false
        } else if days.count > 1 {
            report.diagnostics.append(.error("group.part-stale", "各成员的构建结果不是按同一天生成的：\(days.sorted().map(\.description).joined(separator: "、"))",
                                             hint: "给每个成员的构建同一个 --today（或同一个 SOURCE_DATE_EPOCH）"))
            usable = false
        }
        return usable ? found : nil
    }

    /// Where one part is: the folder with its summary and search pack, and the folder its files
    /// are linked from (nil: they are in the staging output already, under `<id>/`).
    struct Place {
        var folder: URL
        var files: URL?

        /// A part as `gongkai build --member` leaves it: `<parts>/<id>/` with its files in `files/`.
        static func part(_ id: String, in parts: URL) -> Place {
            let folder = parts.appendingPathComponent(id)
            return Place(folder: folder, files: folder.appendingPathComponent(MemberPart.filesFolder))
        }
    }

    /// The group output from `parts` (as read by `readParts`, each where `places` says) into
    /// `writer`'s staging output (begun), which replaces the previous output only when nothing
    /// fails and is dropped otherwise; the parts' own diagnostics and the checks across members
    /// go into `report`.
    func write(_ parts: [MemberPart], at places: [String: Place], into writer: OutputWriter, report: inout BuildReport,
               timings: inout PhaseTimings, progress: @Sendable (BuildProgress) -> Void) {
        for part in parts {
            report.diagnostics += part.diagnostics
            report.documentCount += part.documentCount
            report.pagesWritten += part.pagesWritten
            report.filesWritten += part.filesWritten
        }
        report.diagnostics += GroupChecker().check(parts.compactMap(\.facts))
        let portals = parts.compactMap(\.portal)
        var portalConfig = SiteConfig()
        portalConfig.theme = group.theme
        let (theme, themeDiagnostics) = themes?.theme(siteFolder: groupFolder, config: portalConfig) ?? Theme.load(siteFolder: groupFolder, config: portalConfig)
        report.diagnostics += themeDiagnostics
        guard let theme, !report.fails(strict: options.strict) else {
            writer.abort()
            return
        }
        do throws(OutputWriter.Failure) {
            try timings.time("link") { () throws(OutputWriter.Failure) in
                for part in parts {
                    if let files = places[part.id]?.files { _ = try writer.place(contentsOf: files, under: part.id) }
                }
            }
            let today = parts.first?.today ?? options.resolvedToday()
            let folders = places.mapValues(\.folder)
            let search = try timings.time("merge-search") { () throws(OutputWriter.Failure) in try combinedSearch(portals, parts, at: folders, into: writer) }
            try timings.time("portal") { () throws(OutputWriter.Failure) in
                let files = PortalRenderer(group: group, members: portals, theme: theme, today: today, search: search).files()
                try writer.write(files)
                report.pagesWritten += files.count { $0.path.hasSuffix(".html") }
                report.filesWritten += files.count
            }
            try timings.time("commit") { () throws(OutputWriter.Failure) in
                try SiteBuilder.commitUnlessFailed(writer, report: &report, options: options, progress: progress)
            }
        } catch {
            writer.abort()
            report.diagnostics.append(.error("output.write", error.message))
        }
    }

    /// The portal's search (`GroupBuilder.combineSearch`). With `searchCache`, the merge is
    /// made there (with the key of the members' parts it came from) and linked into the
    /// output, and taken from there as it is while no member with search changed.
    private func combinedSearch(_ portals: [PortalMember], _ parts: [MemberPart], at folders: [String: URL],
                                into writer: OutputWriter) throws(OutputWriter.Failure) -> Bool {
        guard let cache = searchCache else { return try GroupBuilder.combineSearch(portals, at: folders, into: writer) }
        let byID = Dictionary(parts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var digest = ContentDigest()
        digest.add(stamp)
        for m in portals where m.search {
            digest.add(m.member.id)
            digest.add(byID[m.member.id]?.inputs ?? "")
            digest.add(SortedJSON.bytes(byID[m.member.id]?.links ?? CrossMemberLinks()))
        }
        let key = digest.hex
        let keyFile = cache.appendingPathComponent(Self.searchKeyFile)
        let merged = cache.appendingPathComponent(URLBuilder.searchDataFolder)
        if (try? String(contentsOf: keyFile, encoding: .utf8)) != key {
            let cacheWriter = OutputWriter(siteFolder: groupFolder, outputFolder: cache)
            try SiteBuilder.openOutput(cacheWriter)
            do throws(OutputWriter.Failure) {
                guard try GroupBuilder.combineSearch(portals, at: folders, into: cacheWriter) else {
                    cacheWriter.abort()
                    try? FileManager.default.removeItem(at: cache)
                    return false
                }
                try cacheWriter.write([OutputFile(path: Self.searchKeyFile, contents: .text(key))])
                try cacheWriter.commit()
            } catch {
                cacheWriter.abort()
                throw error
            }
        }
        _ = try writer.place(contentsOf: merged, under: String(URLBuilder.searchDataFolder.dropLast()))
        return true
    }

    /// The file in the search cache naming the parts its merge came from.
    static let searchKeyFile = "search-key.txt"
}
