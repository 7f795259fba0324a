import Foundation

/// The build of a site group (README “站群”), as a pipeline over ordinary sites:
/// load group.json → build each member's part (loaded, resolved, checked and rendered as under
/// `<id>/`, with a summary of what the portal needs) → assemble: check across members from the
/// summaries, render the portal, commit the whole output at once.
///
/// The one-process build is exactly “build every part, then assemble”, except that the
/// members' files go straight into the staging output: their summaries and search packs live
/// in a cache beside the output (`partsCache`), and a member whose inputs did not change since
/// its part was built is not built again. `buildPart` and `assemble` are the same two steps run
/// apart (`gongkai build --member` / `--assemble`), so fanned-out builds give the same bytes.
///
/// Members are loaded one after another and rendered two at a time, each on half the cores
/// (one member's serial stretches overlap the other's pages), and only their summaries are
/// kept, so memory follows the largest member (two of them at most).
public enum GroupBuilder {
    /// Whether `folder` is a group folder: it has a group.json.
    public static func isGroup(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(GroupConfigLoader.file).path)
    }

    /// Where the one-process build keeps its members' parts: a hidden folder beside the output
    /// (`.public.gongkai-parts` beside `public`), never inside it, so it is not deployed.
    public static func partsCache(for output: URL) -> URL {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).gongkai-parts")
    }

    /// The folder in the parts cache where the one-process build keeps the portal's merged
    /// search, reused while no member with search changed (hidden: no member id starts with a dot).
    static let searchCacheName = ".portal-search"

    /// Where `gongkai build --member` writes parts when `--parts` is not given: `<group>/parts`.
    public static func defaultPartsFolder(_ options: BuildOptions) -> URL {
        options.siteFolder.appendingPathComponent("parts")
    }

    /// Every member and the portal into one output folder, which replaces the previous output
    /// only when the whole group built without errors. Members whose inputs are unchanged since
    /// the last build reuse their parts (`BuildReport.membersReused`).
    ///
    /// The members' files are written straight into the staging output, not into the parts
    /// cache: the cache keeps each part's summary and search pack, and a reused member's files
    /// are linked from the previous output, when it is the one the cache was committed with
    /// (`GroupOutputIdentity`). A rebuilt member's cached part is staged and committed only after
    /// the output it describes, its old summary removed before, so the cache never describes
    /// files the output does not hold.
    public static func build(_ options: BuildOptions, progress: @escaping @Sendable (BuildProgress) -> Void = { _ in }) -> BuildReport {
        var report = BuildReport()
        guard let (group, bytes) = loadGroupAndBytes(options, into: &report) else { return finish(report, options) }
        let loader = GroupMemberLoader(group: group, groupFolder: options.siteFolder, options: options)
        let writer = OutputWriter(siteFolder: options.siteFolder, outputFolder: options.resolvedOutputFolder)
        do {
            try validateOutput(writer, group: group, groupFolder: options.siteFolder, options: options)
        } catch {
            report.diagnostics.append(.error("output.refused", error.message))
            return finish(report, options)
        }
        let cache = partsCache(for: writer.outputFolder)
        let stamp = MemberPart.stamp(groupJSON: bytes, options: options)
        let builder = MemberPartBuilder(loader: loader, stamp: stamp)
        var timings = PhaseTimings()
        defer { timings.printIfEnabled() }
        let previous = GroupOutputIdentity.matches(cache: cache, output: writer.outputFolder) ? writer.outputFolder : nil
        // Each member's inputs, and its part from the last build when that fits this group and
        // the previous output holds its files; a cached part's index entries stand for the
        // member until it is built again.
        // A member with no such part is built whatever its inputs: its digest is taken as it is
        // loaded (`digesting`), from the files the load reads, so each is read once.
        var parts: [MemberPart?] = []
        var inputs: [String] = []
        var stats: [MemberInputStats?] = []
        var digesting: [MemberInputStats?] = []
        var interpretations = GroupInterpretationIndex()
        for (index, member) in group.members.enumerated() {
            let folder = cache.appendingPathComponent(member.id)
            let cached = MemberPart.fitting(folder, stamp: stamp, index: index)
            let known = MemberInputStats.read(from: folder)
            interpretations.set(index, cached?.entries)
            let kept = previous.map { FileManager.default.fileExists(atPath: $0.appendingPathComponent(member.id).path) } ?? false
            guard let cached, !cached.failed, kept, cached.today == options.resolvedToday() else {
                inputs.append("")
                stats.append(nil)
                digesting.append(known)
                parts.append(nil)
                continue
            }
            let (digest, memberStats) = timings.time("digest") {
                MemberInputs.digest(member: member, folder: loader.folder(of: member), groupFolder: options.siteFolder,
                                    stamp: stamp, today: options.resolvedToday(), known: known)
            }
            inputs.append(digest)
            stats.append(memberStats.replaces(known) ? memberStats : nil)
            digesting.append(nil)
            parts.append(cached.inputs == digest ? cached : nil)
        }
        do {
            try writer.begin()   // validated above, before anything was read
        } catch {
            report.diagnostics.append(.error("output.refused", error.message))
            return finish(report, options)
        }
        // The parts built now, staged until the output is committed.
        var staged: [Int: OutputWriter] = [:]
        typealias Staging = Result<(part: MemberPart, writer: OutputWriter), OutputWriter.Failure>
        // A member's render, on a thread of its own; a member built again replaces what its
        // first build wrote.
        func startStage(_ index: Int, loaded: MemberPartBuilder.LoadedMember? = nil, workers: Int = Parallel.workerCount) -> BackgroundValue<Staging> {
            let member = group.members[index]
            try? FileManager.default.removeItem(at: writer.staging.appendingPathComponent(member.id))
            staged.removeValue(forKey: index)?.abort()
            let links = interpretations.links(for: index), input = inputs[index], folder = cache.appendingPathComponent(member.id)
            return BackgroundValue {
                builder.stage(index, into: folder, files: writer, inputs: input, crossMember: links, loaded: loaded, workers: workers, progress: progress)
            }
        }
        // Its part taken into the build; false when it could not be written (the build ends).
        func finishStage(_ index: Int, _ result: Staging) -> Bool {
            switch result {
            case .success(let (part, partWriter)):
                parts[index] = part
                staged[index] = partWriter
                return true
            case .failure(let failure):
                report.diagnostics.append(.error("output.write", failure.message))
                return false
            }
        }
        // Abandons the build: what was staged, and the renders still running once they end.
        func abandon(_ running: [BackgroundValue<Staging>]) -> BuildReport {
            for job in running { if case .success(let (_, partWriter)) = job.value() { partWriter.abort() } }
            writer.abort()
            for partWriter in staged.values { partWriter.abort() }
            return finish(report, options)
        }
        // Two members render at once, so one's serial stretches (its search index, its
        // summary) overlap the other's pages: each is loaded once the one before it is, so its
        // links are what building them in turn would give, and starts rendering as soon as it
        // is loaded. The next member is loaded only once the one before the current one is
        // done, so at most two members are in memory. Each renders on half the cores, the
        // last on all of them: two members side by side on their own threads share no
        // reference counts and no caches, where two threads of one member share its whole site
        // (bench/PERFORMANCE.md, “Two members side by side”).
        let order = parts.indices.filter { parts[$0] == nil }
        var ahead: BackgroundValue<MemberPartBuilder.LoadedMember>?
        var rendering: (index: Int, job: BackgroundValue<Staging>)?
        let firstPass = timings.time("member-build") { () -> Bool in
            for (n, index) in order.enumerated() {
                let loaded = ahead?.value() ?? builder.load(index, crossMember: interpretations.links(for: index), digesting: digesting[index])
                // Its entries as loaded are its part's (they do not depend on its links), set once here.
                interpretations.set(index, loaded.entries)
                if let known = digesting[index], let (digest, memberStats) = loaded.inputs {
                    inputs[index] = digest
                    stats[index] = memberStats.replaces(known) ? memberStats : nil
                }
                ahead = nil
                let job = startStage(index, loaded: loaded, workers: n + 1 < order.count ? max(1, Parallel.workerCount / 2) : Parallel.workerCount)
                if let (previous, previousJob) = rendering {
                    guard finishStage(previous, previousJob.value()) else {
                        rendering = (index, job)
                        return false
                    }
                }
                rendering = (index, job)
                if n + 1 < order.count {
                    let next = order[n + 1], links = interpretations.links(for: next), known = digesting[next]
                    ahead = BackgroundValue { builder.load(next, crossMember: links, digesting: known) }
                }
            }
            if let (last, job) = rendering {
                rendering = nil
                return finishStage(last, job.value())
            }
            return true
        }
        guard firstPass else {
            _ = ahead?.value()
            return abandon(rendering.map { [$0.job] } ?? [])
        }
        // Members built before the others' entries were known: one whose links differ from
        // the whole group's is built again (its entries do not depend on its links, so once is enough).
        for index in parts.indices where parts[index]?.links != interpretations.links(for: index) {
            guard timings.time("member-build", { finishStage(index, startStage(index).value()) }) else { return abandon([]) }
        }
        report.membersBuilt = staged.count
        report.membersReused = parts.count - staged.count
        dropParts(in: cache, except: Set(group.members.map(\.id)))
        var places: [String: GroupAssembler.Place] = [:]
        for (index, member) in group.members.enumerated() {
            if let partWriter = staged[index] {
                places[member.id] = GroupAssembler.Place(folder: partWriter.staging, files: nil)
                // Its cached summary no longer describes the output about to be committed.
                try? FileManager.default.removeItem(at: cache.appendingPathComponent(member.id).appendingPathComponent(MemberPart.summaryFile))
            } else if let previous {
                places[member.id] = GroupAssembler.Place(folder: cache.appendingPathComponent(member.id), files: previous.appendingPathComponent(member.id))
            }
        }
        GroupAssembler(group: group, groupFolder: options.siteFolder, options: options, stamp: stamp, searchCache: cache.appendingPathComponent(searchCacheName),
                       themes: loader.themes)
            .write(parts.compactMap { $0 }, at: places, into: writer, report: &report, timings: &timings, progress: progress)
        for partWriter in staged.values {
            if report.wroteOutput { try? partWriter.commit() } else { partWriter.abort() }
        }
        if report.wroteOutput {
            GroupOutputIdentity.record(cache: cache, output: writer.outputFolder)
            for (index, member) in group.members.enumerated() { stats[index]?.write(to: cache.appendingPathComponent(member.id)) }
        }
        if options.leavesSiteForExit { LeftForExit.leave((parts, interpretations, stats)) }
        return finish(report, options)
    }

    /// One member's part of the group output (`gongkai build --member`), into `<parts>/<id>/`:
    /// its files under `files/` and its summary in `part.json`. The report fails when the member
    /// has errors (the part then says so, and `assemble` refuses it).
    public static func buildPart(_ options: BuildOptions, member choice: GroupMemberChoice, parts: URL? = nil,
                                 progress: @Sendable (BuildProgress) -> Void = { _ in }) -> BuildReport {
        var report = BuildReport()
        guard let (group, bytes) = loadGroupAndBytes(options, into: &report) else { return finish(report, options) }
        guard let index = choice.index(in: group, into: &report.diagnostics) else { return finish(report, options) }
        let member = group.members[index]
        let loader = GroupMemberLoader(group: group, groupFolder: options.siteFolder, options: options)
        let stamp = MemberPart.stamp(groupJSON: bytes, options: options)
        let partsFolder = parts ?? defaultPartsFolder(options)
        let folder = partsFolder.appendingPathComponent(member.id)
        var timings = PhaseTimings()
        defer { timings.printIfEnabled() }
        // Interpretations across members need every member's 索引号 (README “站群”): from the
        // other members' parts in the same parts folder where they are current, else loaded.
        let links = timings.time("load-index") {
            interpretationIndex(group, loader, reusing: partsFolder, stamp: stamp).links(for: index)
        }
        // The member is built whatever its inputs: its digest is taken as it is loaded, from
        // the files the load reads, so each is read once.
        let builder = MemberPartBuilder(loader: loader, stamp: stamp)
        var stats = MemberInputStats()
        let result = timings.time("member-build") { () -> Result<MemberPart, OutputWriter.Failure> in
            let loaded = builder.load(index, crossMember: links, digesting: MemberInputStats.read(from: folder))
            let inputs = loaded.inputs ?? MemberInputs.digest(member: member, folder: loader.folder(of: member), groupFolder: options.siteFolder,
                                                              stamp: stamp, today: options.resolvedToday())
            stats = inputs.stats
            return builder.build(index, into: folder, inputs: inputs.digest, crossMember: links, loaded: loaded, progress: progress)
        }
        switch result {
        case .success(let part):
            stats.write(to: folder)
            report.diagnostics += part.diagnostics
            report.documentCount = part.documentCount
            report.pagesWritten = part.pagesWritten
            report.filesWritten = part.filesWritten
            report.membersBuilt = 1
            report.wroteOutput = true
        case .failure(let failure):
            report.diagnostics.append(.error("output.refused", failure.message))
        }
        return finish(report, options)
    }

    /// The whole group output from the members' parts in `parts` (`gongkai build --assemble`):
    /// refuses a part that is missing, stale (another group.json, release, option or day) or
    /// failed; otherwise checks across members, renders the portal and commits, as `build` does.
    public static func assemble(_ options: BuildOptions, parts: URL, progress: @Sendable (BuildProgress) -> Void = { _ in }) -> BuildReport {
        var report = BuildReport()
        guard let (group, bytes) = loadGroupAndBytes(options, into: &report) else { return finish(report, options) }
        let assembler = GroupAssembler(group: group, groupFolder: options.siteFolder, options: options,
                                       stamp: MemberPart.stamp(groupJSON: bytes, options: options))
        var timings = PhaseTimings()
        defer { timings.printIfEnabled() }
        guard let found = timings.time("read-parts", { assembler.readParts(from: parts, refuseFailed: true, into: &report) }) else { return finish(report, options) }
        report.membersReused = found.count
        let writer = OutputWriter(siteFolder: options.siteFolder, outputFolder: options.resolvedOutputFolder)
        do {
            try validateOutput(writer, group: group, groupFolder: options.siteFolder, options: options)
            try SiteBuilder.openOutput(writer)
        } catch {
            report.diagnostics.append(.error("output.refused", error.message))
            return finish(report, options)
        }
        let places = Dictionary(found.map { ($0.id, GroupAssembler.Place.part($0.id, in: parts)) }, uniquingKeysWith: { a, _ in a })
        assembler.write(found, at: places, into: writer, report: &report, timings: &timings, progress: progress)
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
        loadGroupAndBytes(options, into: &report)?.0
    }

    /// group.json, every value parsed, and its bytes (for `MemberPart.stamp`).
    static func loadGroupAndBytes(_ options: BuildOptions, into report: inout BuildReport) -> (GroupConfig, [UInt8])? {
        guard let data = FileManager.default.contents(atPath: options.siteFolder.appendingPathComponent(GroupConfigLoader.file).path) else {
            report.diagnostics.append(.error("group.missing", "找不到 group.json", hint: "在站群文件夹中运行，或用 --site 指定站群文件夹"))
            return nil
        }
        let bytes = Array(data)
        let (group, diagnostics) = GroupConfigLoader.load(bytes, baseURL: options.baseURL)
        report.diagnostics += diagnostics
        guard let group, !diagnostics.hasErrors else { return nil }
        return (group, bytes)
    }

    /// The first pass for `interprets` across members: each member resolved on its own, one
    /// at a time (its problems are reported by the second pass, which checks it).
    /// With `parts`, a member's entries come from its part there instead when the part fits
    /// and the member's inputs are those it was built from.
    static func interpretationIndex(_ group: GroupConfig, _ loader: GroupMemberLoader, reusing parts: URL? = nil, stamp: String = "") -> GroupInterpretationIndex {
        var index = GroupInterpretationIndex()
        for (k, member) in group.members.enumerated() {
            if let parts {
                let folder = parts.appendingPathComponent(member.id)
                if let part = MemberPart.fitting(folder, stamp: stamp, index: k), let entries = part.entries,
                   part.inputs == MemberInputs.digest(member: member, folder: loader.folder(of: member), groupFolder: loader.groupFolder, stamp: stamp,
                                                      today: loader.options.resolvedToday(), known: MemberInputStats.read(from: folder)).digest {
                    index.set(k, entries)
                    continue
                }
            }
            var ignored: [Diagnostic] = []
            if let (site, _) = loader.load(member, into: &ignored, checks: false) { index.add(k, member: member, site: site) }
        }
        return index
    }

    /// The portal's one search over every member with search (`SearchIndexMerger`), from the
    /// indexes in the members' parts (`MemberSearchPack`); false when no member has one.
    static func combineSearch(_ members: [PortalMember], at folders: [String: URL], into writer: OutputWriter) throws(OutputWriter.Failure) -> Bool {
        var found: [SearchIndexPart] = []
        for m in members where m.search {
            guard let folder = folders[m.member.id] else { throw .io("找不到成员 \(m.member.id) 的构建结果") }
            do {
                if let part = try SearchIndexPart.read(id: m.member.id, title: m.member.title, partFolder: folder,
                                                       dataHref: m.urls.href(URLBuilder.searchDataFolder)) {
                    found.append(part)
                }
            } catch {
                throw .io("读取成员 \(m.member.id) 的搜索索引失败：\(error)")
            }
        }
        guard !found.isEmpty else { return false }
        do {
            _ = try SearchIndexMerger(parts: found).write(to: writer)
        } catch {
            switch error {
            case .unreadable(let file): throw .io("成员的搜索索引文件无法读取：\(file)")
            case .write(let message): throw .io(message)
            }
        }
        return true
    }

    /// Refuses an output folder that would swallow the group folder or any member's own folders.
    static func validateOutput(_ writer: OutputWriter, group: GroupConfig, groupFolder: URL, options: BuildOptions) throws(OutputWriter.Failure) {
        let loader = GroupMemberLoader(group: group, groupFolder: groupFolder, options: options)
        for member in group.members {
            try OutputWriter(siteFolder: loader.folder(of: member), outputFolder: writer.outputFolder).validate()
        }
        try writer.validate()
    }

    /// Removes cached parts of members no longer in group.json (folders the build made: they
    /// carry the output marker).
    static func dropParts(in cache: URL, except ids: Set<String>) {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: cache.path)) ?? [] where !ids.contains(name) && !name.hasPrefix(".") {
            let folder = cache.appendingPathComponent(name)
            if fm.fileExists(atPath: folder.appendingPathComponent(OutputWriter.markerName).path) {
                try? fm.removeItem(at: folder)
                try? fm.removeItem(at: MemberInputStats.file(for: folder))
            }
        }
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
