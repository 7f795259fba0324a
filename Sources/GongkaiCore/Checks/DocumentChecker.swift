/// A checker whose findings are each scanned document's own, one document after another
/// in the order of ``scanned(in:)``: `serve` keeps them document by document and, after a
/// body edit, looks again at the edited documents alone (`KeptChecks`).
protocol DocumentChecker: Checker {
    /// The documents looked at, in the order their findings are given.
    func scanned(in site: Site) -> [Document]
    func findings(in document: Document) -> [Diagnostic]
}

extension DocumentChecker {
    func check(_ site: Site) -> [Diagnostic] {
        let documents = scanned(in: site)
        return Parallel.map(documents.count) { findings(in: documents[$0]) }.flatMap { $0 }
    }
}
