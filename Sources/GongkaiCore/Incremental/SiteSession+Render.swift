extension SiteSession {
    /// Renders the page jobs a change affects (all of them without `previous`) into `sink`,
    /// then the search fragments that moved and the search index; returns the new state
    /// (its stamps, date, config and static files filled in by the caller), nil after a
    /// write failure (recorded in `update`).
    ///
    /// `bodyEdits` (with `previous`) names the documents whose bodies alone changed, in a site
    /// patched from `previous.site`: the jobs, their keys and the lists are kept, only those
    /// documents' pages are rendered (no other page reads a body), and the search index is
    /// patched for them without going over the other documents.
    func render(_ site: Site, _ theme: Theme, changed: Set<String>, bodyEdits: Set<String>?, previous: SessionState?, checks: KeptChecks,
                keptIndex: KeptSearchIndex?, into sink: ChangedFileSink, update: inout Update) -> SessionState? {
        let quick = bodyEdits != nil && previous != nil
        let renderers: [SiteRenderer], jobs: [PageJob], keys: [String]
        var lists = AffectedPages.Lists()
        var selected: [Bool]
        if let bodyEdits, let previous {
            (jobs, keys, lists.documents) = (previous.jobs, previous.keys, previous.lists)
            selected = jobs.map { job in
                switch job {
                case .document(let i): return bodyEdits.contains(site.documents[i].sourcePath)
                case .withdrawn(let w): return bodyEdits.contains(site.withdrawn[w].document.sourcePath)
                default: return false
                }
            }
            renderers = SiteRenderer.workers(min(Parallel.workerCount, max(1, selected.count { $0 })), site: site, theme: theme,
                                             earlier: previous.renderer)
        } else {
            renderers = SiteRenderer.workers(Parallel.workerCount, site: site, theme: theme)
            jobs = renderers[0].jobs()
            keys = jobs.map { $0.sessionKey(in: site) }
            if let previous {
                let affected = AffectedPages(changed: changed, old: previous.site, new: site, previousLists: previous.lists)
                selected = jobs.map { affected.needsRendering($0, in: site, lists: &lists) }
                for (k, key) in keys.enumerated() where previous.jobFiles[key] == nil { selected[k] = true }
            } else {
                lists.documents = AffectedPages.lists(of: jobs, in: site)
                selected = Array(repeating: true, count: jobs.count)
            }
        }
        update.phases.mark("select")

        var next = SessionState(stamps: [:], today: site.today, config: site.config, configDiagnostics: [], theme: theme, themeDiagnostics: [],
                                site: site, checks: checks, jobs: jobs, keys: keys, jobFiles: [:], jobDiagnostics: [:], lists: lists.documents,
                                terms: [:], fragments: [:], staticFiles: [], produced: [])
        next.renderer = renderers[0]
        if quick, let previous {
            (next.jobFiles, next.jobDiagnostics) = (previous.jobFiles, previous.jobDiagnostics)
            (next.terms, next.fragments) = (previous.terms, previous.fragments)
        }
        var pageTerms: [Int: SearchIndexBuilder.Collected] = [:]
        var rendered: Set<String> = []
        var renderedDocuments: [Int] = []
        var filesMoved = false
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
                let paths = output.files.map(\.path)
                if quick && previous?.jobFiles[keys[b]] != paths { filesMoved = true }
                next.jobFiles[keys[b]] = paths
                next.jobDiagnostics[keys[b]] = output.diagnostics
                if case .document(let i) = jobs[b] {
                    let path = site.documents[i].sourcePath
                    rendered.insert(path)
                    renderedDocuments.append(i)
                    next.fragments[path] = output.fragment
                    next.terms[path] = output.searchTerms?.terms
                    update.documentPagesRendered += 1
                } else if let (entry, terms) = output.searchTerms {
                    pageTerms[entry] = terms
                }
            }
            update.jobsRendered += batch.count
        }
        update.phases.mark("render")
        if quick, !filesMoved, let previous {
            next.produced = previous.produced
            next.producedAsBefore = true
        } else {
            if !quick {
                for (k, key) in keys.enumerated() where !selected[k] {
                    next.jobFiles[key] = previous?.jobFiles[key]
                    next.jobDiagnostics[key] = previous?.jobDiagnostics[key]
                }
            }
            for files in next.jobFiles.values { next.produced.formUnion(files) }
        }

        guard site.config.search else { return next }
        var files: [OutputFile] = []
        let index: KeptSearchIndex
        if quick, let previous, let keptIndex, keptIndex.entryCount == site.searchEntryCount, previous.shown.count == site.searchEntryCount {
            // Every document kept its number: the rendered ones' fragments and terms replace theirs.
            index = keptIndex
            next.shown = previous.shown
            for i in renderedDocuments {
                let path = site.documents[i].sourcePath
                guard let fragment = next.fragments[path], let terms = next.terms[path], let old = previous.terms[path] else {
                    preconditionFailure("a rendered document has a search fragment and terms")
                }
                files.append(OutputFile(path: URLBuilder.searchFragmentPath(i), contents: .bytes(fragment)))
                index.replace(i, old: old, new: terms)
                next.shown[i] = terms.shown
            }
            for (entry, terms) in pageTerms {
                index.replace(entry, old: index.pages[entry]!, new: terms)
                next.shown[entry] = terms.shown
            }
            if !next.producedAsBefore {
                for i in site.documents.indices { next.produced.insert(URLBuilder.searchFragmentPath(i)) }
            }
        } else {
            index = assembleIndex(site, previous: previous, keptIndex: keptIndex, rendered: rendered, pageTerms: pageTerms, next: &next, files: &files)
        }
        update.phases.mark("search-patch")
        files += index.files(shown: next.shown, written: &update.searchShardsWritten)
        update.phases.mark("search-files")
        if !next.producedAsBefore {
            next.produced.formUnion(index.paths)
            for file in files { next.produced.insert(file.path) }
        }
        next.searchIndex = index
        if let failure = sink.receive(files) {
            update.report.diagnostics.append(.error("output.write", failure))
            return nil
        }
        update.phases.mark("search-write")
        return next
    }

    /// The search index after a rebuild that went over every document: the kept index patched
    /// when every entry kept its number, else built again; the fragments written (those
    /// rendered, and those whose number changed) go to `files`, and every entry's shown
    /// result to `next.shown`.
    private func assembleIndex(_ site: Site, previous: SessionState?, keptIndex: KeptSearchIndex?, rendered: Set<String>,
                               pageTerms: [Int: SearchIndexBuilder.Collected], next: inout SessionState, files: inout [OutputFile]) -> KeptSearchIndex {
        // Fragments are numbered in document order: a document kept its fragment, but is
        // written again where its number changed.
        let oldNumbers = previous.map { Dictionary(uniqueKeysWithValues: $0.site.documents.enumerated().map { ($1.sourcePath, $0) }) } ?? [:]
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
            var entries: [SearchIndexBuilder.Collected] = []
            for d in site.documents { entries.append(next.terms[d.sourcePath]!) }
            for entry in site.documents.count..<site.searchEntryCount {
                guard let terms = pageTerms[entry] else { preconditionFailure("a single page's search terms are rendered with everything") }
                entries.append(terms)
                shown.append(terms.shown)
            }
            index = KeptSearchIndex(entries: entries, documentCount: site.documents.count)
        }
        next.shown = shown
        return index
    }
}
