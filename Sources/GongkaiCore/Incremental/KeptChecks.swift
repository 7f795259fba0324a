/// The checkers' findings of `SiteSession`'s last good build, checker by checker (in the
/// order of `Checks.all`), so that a rebuild after body edits runs again only the checkers
/// that read document bodies (``Checker/readsDocumentBodies``): the others read nothing
/// that changed, and their findings are the ones a full check of the new site gives.
struct KeptChecks {
    private var findings: [[Diagnostic]]
    /// How many checkers the last run ran (all of them, or the body readers).
    private(set) var checkersRun: Int

    /// Every checker on `site`.
    init(site: Site) {
        findings = Parallel.map(Checks.all.count) { Checks.all[$0].check(site) }
        checkersRun = Checks.all.count
    }

    /// These findings with the checkers that read bodies run again on `site`, which differs
    /// from the site checked before in document bodies alone.
    func rerunningBodyReaders(on site: Site) -> KeptChecks {
        let readers = Checks.all.indices.filter { Checks.all[$0].readsDocumentBodies }
        let fresh = Parallel.map(readers.count) { Checks.all[readers[$0]].check(site) }
        var next = self
        for (k, checker) in readers.enumerated() { next.findings[checker] = fresh[k] }
        next.checkersRun = readers.count
        return next
    }

    /// The findings in the order `Checks.run` gives them.
    var diagnostics: [Diagnostic] { findings.flatMap { $0 } }
}
