/// Personal information a disclosure page must not publish (an error, README “检查项目”): resident ID
/// numbers, mainland mobile numbers and bank card numbers in a document's body, title or
/// summary, unless the document gives a reason in `privacy_exempt` (公开理由).
///
/// Node introductions (`_index.md`) and future-dated documents are scanned too: they are
/// published as they are. Diagnostics show the number masked, never in full.
struct PersonalInfoChecker: DocumentChecker {
    let readsDocumentBodies = true
    let scanner = PersonalInfoScanner()

    /// `privacy_exempt` values that say yes without saying why.
    static let bareFlags: Set<String> = ["true", "yes", "on", "y", "1", "是", "有", "公开", "允许"]

    func scanned(in site: Site) -> [Document] {
        site.documents + site.introductions + site.futureDocuments
    }

    func findings(in document: Document) -> [Diagnostic] {
        var exemptButNoReason = false
        if let reason = document.privacyExempt {
            guard Self.bareFlags.contains(reason.lowercased()) else { return [] }
            exemptButNoReason = true
        }
        var diagnostics: [Diagnostic] = []
        func report(_ match: PersonalInfoMatch, place: String, at position: SourcePosition) {
            let hint = exemptButNoReason
                ? "公开理由（privacy_exempt）须写明公开的依据，如“依《社会救助审核确认办法》公示低保对象”，不能只写 \(document.privacyExempt ?? "true")"
                : "删去号码，或只保留遮蔽形式 \(match.masked)；确需公开的（如依法公示），在 front matter 中加一行 公开理由: 依据……公示"
            diagnostics.append(.error("privacy.\(Self.idSuffix(match.kind))",
                                      "\(place)中有\(match.kind.chineseName) \(match.masked)，公开前须删除或遮蔽（个人信息不得公开）",
                                      at: position, hint: hint))
        }
        for (key, text) in [(FrontMatterKey.title, document.title), (.summary, document.summary ?? "")] where !text.isEmpty {
            guard document.keyPositions[key] != nil else { continue }
            let start = document.valuePosition(of: key)
            for match in scanner.scan(text) {
                // Single-line values sit on the key's line; a block value's lines are not tracked.
                let position = match.line == 1 ? SourcePosition(file: start.file, line: start.line, column: start.column + match.column - 1) : start
                report(match, place: key.chineseName, at: position)
            }
        }
        for match in scanner.scan(document.body) {
            report(match, place: "正文", at: SourcePosition(file: document.sourcePath, line: document.bodyLine + match.line - 1, column: match.column))
        }
        return diagnostics
    }

    static func idSuffix(_ kind: PersonalInfoMatch.Kind) -> String {
        switch kind {
        case .residentID: return "resident-id"
        case .mobile: return "mobile"
        case .bankCard: return "bank-card"
        }
    }
}
