/// Where in a document a search term was found; a posting carries the set of fields.
///
/// Ranking weighs them: a term in the title or in the 文号/索引号 counts most, then the
/// metadata (发布机构, 栏目, 主题分类, 年度, 有效性, 主题词), then the body.
public struct SearchField: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let title = SearchField(rawValue: 1)
    /// 文号 and 索引号.
    public static let identifier = SearchField(rawValue: 2)
    /// 发布机构, catalog node titles, 主题分类, 体裁, 年度, 有效性, 主题词, 解读形式.
    public static let metadata = SearchField(rawValue: 4)
    /// The body text and the summary.
    public static let body = SearchField(rawValue: 8)

    /// Bits a posting uses for the fields (the rest of the varint is the document gap).
    static let bitCount = 4
}
