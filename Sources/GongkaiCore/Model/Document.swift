/// One disclosure document (or a node's `_index.md`), loaded and checked.
public struct Document: Sendable {
    /// 有效性 values of SPEC §5.
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
    public var sourcePath: String
    /// Index of the catalog node in `SiteConfig.catalog.nodes`.
    public var node: Int
    /// True for a node's `_index.md` (introduction or page text).
    public var isNodeIndex: Bool

    public var title: String
    public var indexNumber: String?
    public var published: DocumentDate
    public var written: DocumentDate
    public var publisher: String
    public var docNumber: String?
    public var topic: String?
    public var genre: String?
    /// The status as written in front matter.
    public var declaredStatus: Status
    public var expires: Day?
    public var abolished: Day?
    public var keywords: [String]
    public var summary: String?
    public var disclosure: String
    /// 索引号 of the documents interpreted.
    public var interprets: [String]
    public var interpretationForm: String?
    public var attachments: [Attachment]
    public var slug: String
    public var draft: Bool
    public var privacyExempt: String?

    public var body: String
    /// The line of the file where the body starts.
    public var bodyLine: Int
    /// Where each front-matter key was written, for diagnostics.
    public var keyPositions: [FrontMatterKey: SourcePosition]
    /// Where each front-matter value starts (the quote, for a quoted value), for diagnostics
    /// that point at the value rather than the key.
    public var valuePositions: [FrontMatterKey: SourcePosition] = [:]

    /// The status shown to readers on `today`: an `expires` date in the past makes it 失效.
    public func status(on today: Day) -> Status {
        if declaredStatus == .valid, let expires, expires < today { return .expired }
        return declaredStatus
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
        if a.published != b.published { return a.published > b.published }
        if a.indexNumber != b.indexNumber { return (a.indexNumber ?? "") > (b.indexNumber ?? "") }
        return a.sourcePath < b.sourcePath
    }
}
