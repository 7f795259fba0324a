/// The 主题分类 tree: classes with optional subclasses.
public struct TopicTable: Sendable, Hashable {
    public struct TopicClass: Sendable, Hashable {
        public var name: String
        public var children: [String]
    }

    public var classes: [TopicClass]
    /// With the default table any subclass is accepted under a class (`综合政务/政务公开`).
    public var acceptsAnySubclass: Bool

    /// The 22 主题分类 classes of the national catalogue.
    public static let standard = TopicTable(
        classes: [
            "国务院组织机构", "综合政务", "国民经济管理、国有资产监管", "财政、金融、审计", "国土资源、能源",
            "农业、林业、水利", "工业、交通", "商贸、海关、旅游", "市场监管、安全生产监管", "城乡建设、环境保护",
            "科技、教育", "文化、广电、新闻出版", "卫生、体育", "人口与计划生育、妇女儿童工作", "劳动、人事、监察",
            "公安、安全、司法", "民政、扶贫、救灾", "民族、宗教", "对外事务", "港澳台侨工作", "国防", "其他",
        ].map { TopicClass(name: $0, children: []) },
        acceptsAnySubclass: true
    )

    /// Whether `topic` (`class` or `class/subclass`) belongs to the table.
    public func contains(_ topic: String) -> Bool {
        let parts = topic.splitASCII("/", maxSplits: 1).map(String.init)
        // Byte-equal names first: telling two different Chinese strings apart with `==`
        // normalises both, ≈ 14,000 instructions a document over the table; `==` (canonical
        // equivalence) still decides when no name has the same bytes.
        guard let first = parts.first,
              let topicClass = classes.first(where: { $0.name.hasSameUTF8(as: first) }) ?? classes.first(where: { $0.name == first }) else { return false }
        guard parts.count == 2 else { return true }
        return acceptsAnySubclass || topicClass.children.contains(where: { $0.hasSameUTF8(as: parts[1]) }) || topicClass.children.contains(parts[1])
    }

    /// Every valid value, for suggestions.
    public var allNames: [String] {
        classes.flatMap { c in [c.name] + c.children.map { c.name + "/" + $0 } }
    }
}
