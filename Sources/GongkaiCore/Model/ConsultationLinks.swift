/// The links between consultations, their 采纳情况 and their decisions, resolved by 索引号
/// (README “意见征集”). What links nowhere is kept for ``ConsultationChecker``.
public struct ConsultationLinks: Sendable {
    /// A `feedback` or `decision` entry that names no document it can link to.
    public struct Unresolved: Sendable, Hashable {
        public enum Reason: Sendable, Hashable {
            /// No published document has the 索引号.
            case unknown
            /// A `feedback` entry names a document that is not a consultation.
            case notConsultation(Int)
        }
        public var document: Int
        public var key: FrontMatterKey
        public var number: String
        public var reason: Reason
    }

    /// Each consultation's 采纳情况 documents, newest first.
    public var feedbacks: [Int: [Int]] = [:]
    /// The consultation each 采纳情况 reports on.
    public var consultationOfFeedback: [Int: Int] = [:]
    /// Each consultation's decision document.
    public var decisions: [Int: Int] = [:]
    /// The consultation that led to each decision document.
    public var consultationOfDecision: [Int: Int] = [:]
    public var unresolved: [Unresolved] = []

    public init() {}

    /// Whether document `i` is a consultation: in a `consultations` node, not a 采纳情况.
    static func isConsultation(_ document: Document, in catalog: Catalog) -> Bool {
        catalog.nodes[document.node].kind == .consultations && document.consultation.feedbackFor == nil
    }

    /// Links the `feedback` and `decision` entries of `documents` (newest first) by 索引号.
    static func resolve(_ documents: [Document], catalog: Catalog, byNumber: [String: Int]) -> ConsultationLinks {
        var links = ConsultationLinks()
        for (i, document) in documents.enumerated() {
            if let number = document.consultation.feedbackFor {
                if let target = byNumber[number], target != i {
                    if isConsultation(documents[target], in: catalog) {
                        links.feedbacks[target, default: []].append(i)
                        links.consultationOfFeedback[i] = target
                    } else {
                        links.unresolved.append(.init(document: i, key: .feedback, number: number, reason: .notConsultation(target)))
                    }
                } else {
                    links.unresolved.append(.init(document: i, key: .feedback, number: number, reason: .unknown))
                }
            }
            if let number = document.consultation.decision {
                if let target = byNumber[number], target != i {
                    links.decisions[i] = target
                    links.consultationOfDecision[target] = links.consultationOfDecision[target] ?? i
                } else {
                    links.unresolved.append(.init(document: i, key: .decision, number: number, reason: .unknown))
                }
            }
        }
        return links
    }
}
