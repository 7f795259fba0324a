/// The checkers' findings of `SiteSession`'s last good build, checker by checker (in the
/// order of `Checks.all`), so that a rebuild after body edits runs again only the checkers
/// that read document bodies (``Checker/readsDocumentBodies``): the others read nothing
/// that changed, and their findings are the ones a full check of the new site gives. Of a
/// ``DocumentChecker`` that reads bodies, the findings are kept document by document, and
/// only the edited documents are looked at again.
struct KeptChecks {
    private var findings: [[Diagnostic]]
    /// By checker position: a document checker's findings per scanned document, and each
    /// scanned document's position by source path.
    private var perDocument: [Int: (findings: [[Diagnostic]], position: [String: Int])] = [:]
    /// How many checkers the last run ran (all of them, or the body readers), and how many
    /// documents the body-reading document checkers looked at.
    private(set) var checkersRun: Int
    private(set) var documentsScanned = 0

    /// Every checker on `site`.
    init(site: Site) {
        let all = Checks.all
        let results = Parallel.map(all.count) { k -> ([Diagnostic], [[Diagnostic]]?, [Document]) in
            guard all[k].readsDocumentBodies, let checker = all[k] as? any DocumentChecker else { return (all[k].check(site), nil, []) }
            let documents = checker.scanned(in: site)
            let per = Parallel.map(documents.count) { checker.findings(in: documents[$0]) }
            return (per.flatMap { $0 }, per, documents)
        }
        findings = results.map(\.0)
        for (k, result) in results.enumerated() {
            guard let per = result.1 else { continue }
            let position = Dictionary(result.2.enumerated().map { ($1.sourcePath, $0) }, uniquingKeysWith: { a, _ in a })
            perDocument[k] = (per, position)
            documentsScanned += result.2.count
        }
        checkersRun = all.count
    }

    /// These findings with the checkers that read bodies run again on `site`, which differs
    /// from the site checked before in the bodies of the documents at `edited` alone.
    func rerunningBodyReaders(on site: Site, edited: Set<String>) -> KeptChecks {
        let all = Checks.all
        let readers = all.indices.filter { all[$0].readsDocumentBodies }
        var next = self
        next.documentsScanned = 0
        var whole: [Int] = []
        for reader in readers {
            guard var kept = perDocument[reader], let checker = all[reader] as? any DocumentChecker else {
                whole.append(reader)
                continue
            }
            let documents = checker.scanned(in: site)
            guard documents.count == kept.findings.count else {
                whole.append(reader)
                continue
            }
            for path in edited {
                guard let p = kept.position[path], documents[p].sourcePath == path else { continue }
                kept.findings[p] = checker.findings(in: documents[p])
                next.documentsScanned += 1
            }
            next.perDocument[reader] = kept
            next.findings[reader] = kept.findings.flatMap { $0 }
        }
        let rerun = whole
        let fresh = Parallel.map(rerun.count) { all[rerun[$0]].check(site) }
        for (k, checker) in whole.enumerated() {
            next.findings[checker] = fresh[k]
            next.perDocument[checker] = nil
        }
        next.checkersRun = readers.count
        return next
    }

    /// The findings in the order `Checks.run` gives them.
    var diagnostics: [Diagnostic] { findings.flatMap { $0 } }
}
