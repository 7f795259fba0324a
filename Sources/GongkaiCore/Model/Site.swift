/// The whole site after loading and resolving: built once, then only read.
///
/// A class, so that handing it to a page job or capturing it in a closure retains one
/// object, not each of its dozen arrays and dictionaries (which every rendering thread shares).
public final class Site: Sendable {
    public let config: SiteConfig
    public let urls: URLBuilder
    /// "Today" for future-dated, expired and freshness rules (README “命令”, where 今天 is defined).
    public let today: Day
    /// Published documents (not node introductions), newest first.
    public let documents: [Document]
    /// `_index.md` of each node that has one, by node index.
    public let nodeIntroductions: [Int: Document]
    /// Document indexes directly in each node, newest first; indexed like `catalog.nodes`.
    public let documentsByNode: [[Int]]
    /// Output path of each document, parallel to `documents`.
    public let outputPaths: [String]
    /// For each document, the documents that interpret it (newest first).
    public let interpretations: [Int: [Int]]
    /// For each interpretation, the documents it interprets, in the order written.
    public let interpretedDocuments: [Int: [Int]]
    /// Site-relative source path → output path, for Markdown files and assets, to rewrite links.
    public let outputPathBySource: [String: String]
    /// Non-Markdown files under `content/`, site-relative.
    public let assets: [String]
    /// Documents left out of this build, named in the summary.
    public let drafts: [Document]
    public let futureDocuments: [Document]

    /// Document indexes of each node and all nodes below it, newest first; indexed like `catalog.nodes`.
    public let documentsInTree: [[Int]]

    /// Documents that wanted an output path already taken (by a document or a node).
    public let duplicateOutputPaths: [DuplicateOutputPath]
    /// Documents that share a 索引号 with another.
    public let duplicateIndexNumbers: [DuplicateIndexNumber]
    /// `interprets` entries that link to no published document, in document order.
    public let unresolvedInterpretations: [UnresolvedInterpretation]
    /// Position in `documents` of each 索引号 (the first document when two share one).
    public let documentIndexByNumber: [String: Int]
    /// Every resolved `replaces` / `revises` / `abolishes`, in document order, then as written.
    public let relations: [DocumentRelation]
    /// For each document, the positions in `relations` of the relations naming it as the older document.
    public let relationsByTarget: [Int: [Int]]
    /// For each document, the positions in `relations` it declares.
    public let relationsBySource: [Int: [Int]]
    /// Each document's lifecycle on `today`, parallel to `documents`.
    public let lifecycles: [DocumentLifecycle]
    /// In a group build, the other members' documents this member's interpretations interpret
    /// (interpretation → policies) and their interpretations of its documents (policy →
    /// interpretations); empty for a site built on its own (README “站群”).
    public let otherMembersInterpreted: [Int: [CrossMemberLinks.Entry]]
    public let otherMembersInterpretations: [Int: [CrossMemberLinks.Entry]]
    /// Whether `interprets` was resolved across a group (`CrossMemberLinks`).
    public let inGroup: Bool
    /// 公示 past their 公示期 (and grace days), by source path: left out of `documents`.
    public let withdrawn: [WithdrawnDocument]
    /// Consultations, their 采纳情况 and decisions, linked by 索引号.
    public let consultationLinks: ConsultationLinks
    /// Each consultation's state on `today` (a consultation without both window days has none).
    public let consultationStates: [Int: ConsultationState]

    init(
        config: SiteConfig,
        urls: URLBuilder,
        today: Day,
        documents: [Document],
        nodeIntroductions: [Int: Document],
        documentsByNode: [[Int]],
        outputPaths: [String],
        interpretations: [Int: [Int]],
        interpretedDocuments: [Int: [Int]],
        outputPathBySource: [String: String],
        assets: [String],
        drafts: [Document],
        futureDocuments: [Document],
        documentsInTree: [[Int]],
        duplicateOutputPaths: [DuplicateOutputPath],
        duplicateIndexNumbers: [DuplicateIndexNumber],
        unresolvedInterpretations: [UnresolvedInterpretation],
        documentIndexByNumber: [String: Int],
        relations: [DocumentRelation],
        withdrawn: [WithdrawnDocument] = [],
        consultationLinks: ConsultationLinks = ConsultationLinks(),
        otherMembersInterpreted: [Int: [CrossMemberLinks.Entry]] = [:],
        otherMembersInterpretations: [Int: [CrossMemberLinks.Entry]] = [:],
        inGroup: Bool = false
    ) {
        self.otherMembersInterpreted = otherMembersInterpreted
        self.otherMembersInterpretations = otherMembersInterpretations
        self.inGroup = inGroup
        self.config = config
        self.urls = urls
        self.today = today
        self.documents = documents
        self.nodeIntroductions = nodeIntroductions
        self.documentsByNode = documentsByNode
        self.outputPaths = outputPaths
        self.interpretations = interpretations
        self.interpretedDocuments = interpretedDocuments
        self.outputPathBySource = outputPathBySource
        self.assets = assets
        self.drafts = drafts
        self.futureDocuments = futureDocuments
        self.documentsInTree = documentsInTree
        self.duplicateOutputPaths = duplicateOutputPaths
        self.duplicateIndexNumbers = duplicateIndexNumbers
        self.unresolvedInterpretations = unresolvedInterpretations
        self.documentIndexByNumber = documentIndexByNumber
        self.relations = relations
        self.withdrawn = withdrawn
        self.consultationLinks = consultationLinks
        var states: [Int: ConsultationState] = [:]
        for (i, document) in documents.enumerated() where ConsultationLinks.isConsultation(document, in: config.catalog) {
            states[i] = ConsultationState.of(document.consultation, on: today, answered: consultationLinks.feedbacks[i] != nil)
        }
        consultationStates = states
        var byTarget: [Int: [Int]] = [:]
        var bySource: [Int: [Int]] = [:]
        for (r, relation) in relations.enumerated() {
            byTarget[relation.target, default: []].append(r)
            bySource[relation.source, default: []].append(r)
        }
        relationsByTarget = byTarget
        relationsBySource = bySource
        lifecycles = documents.indices.map {
            DocumentLifecycle.derive($0, documents: documents, relations: relations, incoming: byTarget[$0] ?? [], on: today)
        }
    }

    /// Document `i`'s status on `day` (``lifecycles`` holds it for `today`).
    public func lifecycle(of i: Int, on day: Day) -> DocumentLifecycle {
        day == today ? lifecycles[i] : DocumentLifecycle.derive(i, documents: documents, relations: relations, incoming: relationsByTarget[i] ?? [], on: day)
    }

    /// Document `i`'s status as readers see it today.
    public func status(of i: Int) -> Document.Status { lifecycles[i].status }

    public var catalog: Catalog { config.catalog }

    /// The nodes' `_index.md`, in catalog order: with `documents`, every body the site renders.
    public var introductions: [Document] {
        nodeIntroductions.keys.sorted().compactMap { nodeIntroductions[$0] }
    }

    /// Documents of a node and all nodes below it, newest first.
    public func documents(inTreeOf node: Int) -> [Int] { documentsInTree[node] }

    /// Number of documents in a node and its descendants.
    public func count(inTreeOf node: Int) -> Int { documentsInTree[node].count }
}
