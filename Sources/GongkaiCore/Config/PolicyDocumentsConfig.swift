/// `policy_documents` in site.json: which catalog nodes the 政策文件库 lists, and the limits
/// the validity checks apply (README “有效期、代替和废止”).
public struct PolicyDocumentsConfig: Sendable, Hashable {
    /// Paths of the nodes whose trees the 政策文件库 lists; empty: the default, every node with
    /// id `fgwj` or title 法规文件 (else the 行政规范性文件 nodes), with the nodes below it.
    public var nodes: [String] = []
    /// Where each of `nodes` was written, for diagnostics.
    public var nodePositions: [SourcePosition] = []
    /// Warn about a 行政规范性文件 without a validity period.
    public var requireValidity = true
    /// The longest validity period of a 试行 or 暂行 document, in years; 0 turns the check off.
    public var trialMaxYears = 2
    /// The longest validity period of any document, in years; 0 turns the check off.
    public var maxYears = 5
    /// Warn this many days before a validity period ends; 0 turns the warning off.
    public var expiryWarningDays = 90

    public init() {}

    static let keys = ["nodes", "require_validity", "trial_max_years", "max_years", "expiry_warning_days"]
    static let defaultNodeIDs: Set<String> = ["fgwj"]
    static let defaultNodeTitles: Set<String> = ["法规文件"]

    /// The catalog nodes whose documents the 政策文件库 lists, in catalog order.
    public func libraryNodes(in catalog: Catalog) -> [Int] {
        var roots = nodes.compactMap { catalog.index(ofPath: $0) }
        if nodes.isEmpty {
            roots = catalog.nodes.indices.filter { Self.defaultNodeIDs.contains(catalog.nodes[$0].id) || Self.defaultNodeTitles.contains(catalog.nodes[$0].title) }
            if roots.isEmpty { roots = catalog.nodes.indices.filter { RegulatoryDocumentRule.isRegulatory(node: $0, in: catalog) } }
        }
        let all = Set(roots.flatMap { [$0] + catalog.descendants(of: $0) })
        return all.filter { catalog.nodes[$0].kind == .list }.sorted()
    }
}
