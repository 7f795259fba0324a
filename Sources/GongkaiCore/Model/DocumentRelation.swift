/// What a newer document declares about an older one — `replaces` (代替), `revises` (修订),
/// `abolishes` (废止) — resolved to positions in `Site.documents`. Declared once, on the newer
/// document; the older one's status, date and link are derived from it.
public struct DocumentRelation: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case replaces, revises, abolishes

        /// The front-matter key that declares it.
        public var key: FrontMatterKey {
            switch self {
            case .replaces: return .replaces
            case .revises: return .revises
            case .abolishes: return .abolishes
            }
        }

        /// The verb as pages say it: 代替, 修订, 废止.
        public var verb: String {
            switch self {
            case .replaces: return "代替"
            case .revises: return "修订"
            case .abolishes: return "废止"
            }
        }

        /// Whether the older document stops being in force (代替, 废止) rather than being amended.
        public var ends: Bool { self != .revises }
    }

    /// The newer document, which declares the relation.
    public let source: Int
    /// The older document.
    public let target: Int
    public let kind: Kind
    /// The day the relation takes effect: the newer document's 施行日期, else its 发布日期.
    public let effective: Day

    public init(source: Int, target: Int, kind: Kind, effective: Day) {
        self.source = source
        self.target = target
        self.kind = kind
        self.effective = effective
    }

    /// The day a document's relations take effect.
    static func effectiveDay(of document: Document) -> Day {
        document.validFrom ?? document.published.day
    }
}
