/// A rule an inspector would apply; each returns its findings as diagnostics.
protocol Checker: Sendable {
    func check(_ site: Site) -> [Diagnostic]
    /// Whether the findings depend on a document's body (or the line it starts on): when
    /// only bodies changed, `serve` runs again just these checkers and keeps the others'
    /// findings (`KeptChecks`).
    var readsDocumentBodies: Bool { get }
}

/// Every checker (README “检查项目”) that runs on a resolved site, in a fixed order.
enum Checks {
    static let all: [any Checker] = [
        ReservedNodeChecker(),
        DuplicateURLChecker(),
        DuplicateIndexNumberChecker(),
        InterpretationTargetChecker(),
        PageNodeDocumentChecker(),
        PersonalInfoChecker(),
        IndexNumberChecker(),
        DocumentNumberChecker(),
        PublishDeadlineChecker(),
        InterpretationDeadlineChecker(),
        HolidayCoverageChecker(),
        MissingInterpretationChecker(),
        InterpretationFormChecker(),
        EmptyNodeChecker(),
        FreshnessChecker(),
        ApplicationChecker(),
        FooterChecker(),
        AnchorChecker(),
        PlaceholderChecker(),
        ReportTableChecker(),
        ReportSiteAgreementChecker(),
        ReportYearsChecker(),
        ReportPlacementChecker(),
        ValidityChecker(),
        RelationChecker(),
        ConsultationChecker(),
        PublicityChecker(),
    ]

    /// Runs the checkers side by side; the findings keep the checkers' order.
    static func run(on site: Site) -> [Diagnostic] {
        Parallel.map(all.count) { all[$0].check(site) }.flatMap { $0 }
    }
}
