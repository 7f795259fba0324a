import Synchronization

/// One disclosure document (or a node's `_index.md`), loaded and checked.
///
/// A class: the resolver, the checks and every page that lists a document pass it
/// around, and copying a struct of two dozen strings and arrays retained each of them.
/// It is not changed once parsed, except that `gongkai build` drops the body once the
/// document's page is rendered (`releaseBody()`).
public final class Document: Sendable {
    /// 有效性 values of README “写一篇文件”.
    public enum Status: String, Sendable, CaseIterable {
        case valid = "有效"
        case expired = "失效"
        case abolished = "废止"
        case revised = "修订"
        case partlyExpired = "部分失效"
    }

    public struct Attachment: Sendable, Hashable {
        /// Path relative to the site folder, e.g. `content/fdzdgknr/czxx/files/a.pdf`.
        public var sourcePath: String
        /// Path in the output folder.
        public var outputPath: String
        public var title: String
        public var byteCount: Int
    }

    /// Path relative to the site folder, e.g. `content/fdzdgknr/gzdt/2024-05-news.md`.
    public let sourcePath: String
    /// Index of the catalog node in `SiteConfig.catalog.nodes`.
    public let node: Int
    /// True for a node's `_index.md` (introduction or page text).
    public let isNodeIndex: Bool

    public let title: String
    public let indexNumber: String?
    public let published: DocumentDate
    public let written: DocumentDate
    public let publisher: String
    public let docNumber: String?
    public let topic: String?
    public let genre: String?
    /// The status as written in front matter.
    public let declaredStatus: Status
    /// 失效日期 (`expires`), the older spelling of `validUntil`.
    public let expires: Day?
    public let abolished: Day?
    /// 施行日期: the first day of the validity period.
    public let validFrom: Day?
    /// 有效期至: the last day of the validity period.
    public let validUntil: Day?
    /// 索引号 of the documents this one replaces (代替), revises (修订) and abolishes (废止).
    public let replaces: [String]
    public let revises: [String]
    public let abolishes: [String]
    /// 意见征集 fields: the window and ways to respond, or the consultation a 采纳情况 reports on.
    public let consultation: ConsultationFields
    /// 公示期, when written.
    public let publicity: PublicityPeriod?
    public let keywords: [String]
    public let summary: String?
    public let disclosure: String
    /// 索引号 of the documents interpreted.
    public let interprets: [String]
    public let interpretationForm: String?
    public let attachments: [Attachment]
    public let slug: String
    public let draft: Bool
    public let privacyExempt: String?
    /// The annual-report data of a report (a document in a `reports` node, or one with
    /// 报告年度 or ```` ```年报表… ```` blocks); nil for every other document.
    public let report: AnnualReport?

    /// The Markdown body; empty once released.
    public var body: String { bodyStorage.withLock { $0 } }
    private let bodyStorage: Mutex<String>
    /// The line of the file where the body starts.
    public let bodyLine: Int
    /// Where each front-matter key was written, for diagnostics.
    public let keyPositions: [FrontMatterKey: SourcePosition]
    /// Where each front-matter value starts (the quote, for a quoted value), for diagnostics
    /// that point at the value rather than the key.
    public let valuePositions: [FrontMatterKey: SourcePosition]

    public init(
        sourcePath: String,
        node: Int,
        isNodeIndex: Bool,
        title: String,
        indexNumber: String?,
        published: DocumentDate,
        written: DocumentDate,
        publisher: String,
        docNumber: String?,
        topic: String?,
        genre: String?,
        declaredStatus: Status,
        expires: Day?,
        abolished: Day?,
        keywords: [String],
        summary: String?,
        disclosure: String,
        interprets: [String],
        interpretationForm: String?,
        attachments: [Attachment],
        slug: String,
        draft: Bool,
        privacyExempt: String?,
        body: String,
        bodyLine: Int,
        keyPositions: [FrontMatterKey: SourcePosition],
        valuePositions: [FrontMatterKey: SourcePosition] = [:],
        report: AnnualReport? = nil,
        validFrom: Day? = nil,
        validUntil: Day? = nil,
        replaces: [String] = [],
        revises: [String] = [],
        abolishes: [String] = [],
        consultation: ConsultationFields = ConsultationFields(),
        publicity: PublicityPeriod? = nil
    ) {
        self.sourcePath = sourcePath
        self.node = node
        self.isNodeIndex = isNodeIndex
        self.title = title
        self.indexNumber = indexNumber
        self.published = published
        self.written = written
        self.publisher = publisher
        self.docNumber = docNumber
        self.topic = topic
        self.genre = genre
        self.declaredStatus = declaredStatus
        self.expires = expires
        self.abolished = abolished
        self.keywords = keywords
        self.summary = summary
        self.disclosure = disclosure
        self.interprets = interprets
        self.interpretationForm = interpretationForm
        self.attachments = attachments
        self.slug = slug
        self.draft = draft
        self.privacyExempt = privacyExempt
        self.bodyStorage = Mutex(body)
        self.bodyLine = bodyLine
        self.keyPositions = keyPositions
        self.valuePositions = valuePositions
        self.report = report
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.replaces = replaces
        self.revises = revises
        self.abolishes = abolishes
        self.consultation = consultation
        self.publicity = publicity
    }

    /// Whether this is a 公示: it has a 公示期, or its title says 公示.
    public var isPublicity: Bool { publicity != nil || PublicityPeriod.titleSaysPublicity(title) }

    /// The last day the document is valid: 有效期至, else the older 失效日期.
    public var validityEnd: Day? { validUntil ?? expires }

    /// The status from this document's own fields on `day`, without the documents that
    /// replace, revise or abolish it (readers see ``Site/lifecycle(of:on:)``, which adds them):
    /// a declared status other than 有效 from its 废止日期 on (or always, without one); 废止 from
    /// a 废止日期 on; 失效 after 有效期至.
    public func status(on day: Day) -> Status {
        ownLifecycle(on: day).status
    }

    /// ``status(on:)`` with the day the status began, when known.
    func ownLifecycle(on day: Day) -> (status: Status, since: Day?) {
        if declaredStatus != .valid, abolished.map({ $0 <= day }) ?? true { return (declaredStatus, abolished) }
        if let abolished, abolished <= day { return (.abolished, abolished) }
        if let end = validityEnd, end < day { return (.expired, end.adding(days: 1)) }
        return (.valid, nil)
    }

    /// The position of a key, or the top of the file when it was not written.
    public func position(of key: FrontMatterKey) -> SourcePosition {
        keyPositions[key] ?? SourcePosition(file: sourcePath)
    }

    /// The position of a key's value, else of the key, else the top of the file.
    public func valuePosition(of key: FrontMatterKey) -> SourcePosition {
        valuePositions[key] ?? position(of: key)
    }

    /// Sort order of every list: newest 发布日期 first, then 索引号, then path.
    public static func newestFirst(_ a: Document, _ b: Document) -> Bool {
        ListOrder(a).precedes(ListOrder(b))
    }

    /// What `newestFirst` compares, read once: the resolver sorts every document by keys read
    /// ahead, comparing plain values rather than three properties of two objects each time
    /// (it sorts on one core before anything else can start; bench/PERFORMANCE.md).
    struct ListOrder {
        let published: DocumentDate
        let indexNumber: String?
        let sourcePath: String

        init(_ document: Document) {
            published = document.published
            indexNumber = document.indexNumber
            sourcePath = document.sourcePath
        }

        func precedes(_ other: ListOrder) -> Bool {
            if published != other.published { return published > other.published }
            if indexNumber != other.indexNumber { return (indexNumber ?? "") > (other.indexNumber ?? "") }
            return sourcePath < other.sourcePath
        }
    }
}

extension Document {
    /// Frees the body's text. `gongkai build` calls it once the document's own page is
    /// rendered, the last time a build reads the body, so that the loaded bodies do not
    /// stay in memory beside the search index the build is adding to (bench/PERFORMANCE.md,
    /// “Memory”). `serve`, which keeps the site between rebuilds, never does.
    func releaseBody() {
        bodyStorage.withLock { $0 = "" }
    }
}
