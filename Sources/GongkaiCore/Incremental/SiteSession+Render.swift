extension SiteSession {
    /// Renders the page jobs a change affects (all of them without `previous`) into `sink`,
    /// then the search fragments that moved and the search index; returns the new state
    /// (its stamps, date, config and static files filled in by the caller), nil after a
    /// write failure (recorded in `update`).
    func render(_ site: Site, _ theme: Theme, changed: Set<String>, previous: SessionState?, keptIndex: KeptSearchIndex?,
                into sink: ChangedFileSink, update: inout Update) -> SessionState? {
        let renderers = SiteRenderer.workers(Parallel.workerCount, site: site, theme: theme)
        let jobs = renderers[0].jobs()
        let keys = jobs.map { $0.sessionKey(in: site) }
        var lists = AffectedPages.Lists()
        var selected: [Bool]
        if let previous {
            let affected = AffectedPages(changed: changed, old: previous.site, new: site, previousLists: previous.lists)
            selected = jobs.map { affected.needsRendering($0, in: site, lists: &lists) }
            for (k, key) in keys.enumerated() where previous.jobFiles[key] == nil { selected[k] = true }
        } else {
            lists.documents = AffectedPages.lists(of: jobs, in: site)
            selected = Array(repeating: true, count: jobs.count)
        }

        var next = SessionState(stamps: [:], today: site.today, config: site.config, configDiagnostics: [], theme: theme, themeDiagnostics: [],
                                site: site, jobFiles: [:], jobDiagnostics: [:], lists: lists.documents,
                                terms: [:], fragments: [:], staticFiles: [], produced: [])
        var pageTerms: [Int: SearchIndexBuilder.Collected] = [:]
        var rendered: Set<String> = []
        let chosen = jobs.indices.filter { selected[$0] }
        let batchSize = 512
        for start in stride(from: 0, to: chosen.count, by: batchSize) {
            let batch = Array(chosen[start..<min(chosen.count, start + batchSize)])
            let outputs = Parallel.map(batch.count, contexts: renderers) { renderer, b -> (PageOutput, String?) in
                var output = renderer.render(jobs[batch[b]])
                var fragment: [UInt8]?
                if case .document(let i) = jobs[batch[b]], let f = output.files.firstIndex(where: { $0.path == URLBuilder.searchFragmentPath(i) }) {
                    if case .bytes(let bytes) = output.files[f].contents { fragment = bytes }
                    output.files.remove(at: f)
                    output.fragment = fragment
                }
                return (output, sink.receive(output.files))
            }
            if let failure = outputs.lazy.compactMap(\.1).first {
                update.report.diagnostics.append(.error("output.write", failure))
                return nil
            }
            for (b, (output, _)) in zip(batch, outputs) {
                next.jobFiles[keys[b]] = output.files.map(\.path)
                next.jobDiagnostics[keys[b]] = output.diagnostics
                if case .document(let i) = jobs[b] {
                    let path = site.documents[i].sourcePath
                    rendered.insert(path)
                    next.fragments[path] = output.fragment
                    next.terms[path] = output.searchTerms?.terms
                    update.documentPagesRendered += 1
                } else if let (entry, terms) = output.searchTerms {
                    pageTerms[entry] = terms
                }
            }
            update.jobsRendered += batch.count
        }
        for (k, key) in keys.enumerated() where !selected[k] {
            next.jobFiles[key] = previous?.jobFiles[key]
            next.jobDiagnostics[key] = previous?.jobDiagnostics[key]
        }
        for files in next.jobFiles.values { next.produced.formUnion(files) }

        guard site.config.search else { return next }
        // Fragments are numbered in document order: a document kept its fragment, but is
        // written again where its number changed.
        let oldNumbers = previous.map { Dictionary(uniqueKeysWithValues: $0.site.documents.enumerated().map { ($1.sourcePath, $0) }) } ?? [:]
        var files: [OutputFile] = []
        var entries: [SearchIndexBuilder.Collected] = []
        var shown: [[UInt8]] = []
        shown.reserveCapacity(site.searchEntryCount)
        for (i, d) in site.documents.enumerated() {
            let path = d.sourcePath
            if !rendered.contains(path) {
                next.fragments[path] = previous?.fragments[path]
                next.terms[path] = previous?.terms[path]
            }
            guard let fragment = next.fragments[path], let terms = next.terms[path] else {
                preconditionFailure("a document's search fragment and terms are kept or rendered")
            }
            let fragmentPath = URLBuilder.searchFragmentPath(i)
            if rendered.contains(path) || oldNumbers[path] != i { files.append(OutputFile(path: fragmentPath, contents: .bytes(fragment))) }
            next.produced.insert(fragmentPath)
            shown.append(terms.shown)
        }
        // The kept index is patched when every entry kept its number; otherwise built again.
        let index: KeptSearchIndex
        if let keptIndex, let previous, keptIndex.entryCount == site.searchEntryCount,
           previous.site.documents.count == site.documents.count,
           zip(previous.site.documents, site.documents).allSatisfy({ $0.sourcePath == $1.sourcePath }) {
            index = keptIndex
            for (i, d) in site.documents.enumerated() where rendered.contains(d.sourcePath) {
                index.replace(i, old: previous.terms[d.sourcePath]!, new: next.terms[d.sourcePath]!)
            }
            for (entry, terms) in pageTerms { index.replace(entry, old: index.pages[entry]!, new: terms) }
            for entry in site.documents.count..<site.searchEntryCount { shown.append(index.pages[entry]!.shown) }
        } else {
            for d in site.documents { entries.append(next.terms[d.sourcePath]!) }
            for entry in site.documents.count..<site.searchEntryCount {
                guard let terms = pageTerms[entry] else { preconditionFailure("a single page's search terms are rendered with everything") }
                entries.append(terms)
                shown.append(terms.shown)
            }
            index = KeptSearchIndex(entries: entries, documentCount: site.documents.count)
            entries = []
        }
        files += index.files(shown: shown, written: &update.searchShardsWritten)
        next.produced.formUnion(index.paths)
        next.searchIndex = index
        for file in files { next.produced.insert(file.path) }
        if let failure = sink.receive(files) {
            update.report.diagnostics.append(.error("output.write", failure))
            return nil
        }
        return next
    }
}
