/// What an import recognised in one input file: the metadata found, and the body blocks left
/// once the 发文机关标志, 文号, title and 版记 have been taken out of them. Nil fields were not
/// found; `GongwenRecognizer` and `LegacyPageMetadata` fill it in.
public struct ImportedDocument: Sendable, Equatable {
    public var title: String?
    /// Normalised to `机关代字〔年份〕序号号`.
    public var docNumber: String?
    public var written: Day?
    /// 发布日期, from an old page's metadata.
    public var published: Day?
    public var publisher: String?
    /// 索引号 of an old page, kept instead of allocating a new one.
    public var indexNumber: String?
    public var topic: String?
    /// 有效性 (`有效`, `失效`, `废止`…) from an old page's 时效性.
    public var status: String?
    /// The names listed in the 附件说明 (`附件：1．…`), without their numbers.
    public var attachmentNames: [String] = []
    /// The parts of the 公文 layout recognised and left out of the body (发文机关标志, 版记).
    public var removed: [String] = []
    var blocks: [ImportBlock] = []

    public init() {}
}
