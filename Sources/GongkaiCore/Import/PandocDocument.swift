import Foundation

/// A document as pandoc's JSON writer gives it (`pandoc -t json`): its blocks, and the title
/// pandoc found (a Word paragraph in the Title style, an HTML page's `<title>`).
struct PandocDocument: Decodable, Sendable {
    let blocks: [PandocBlock]
    let title: [PandocInline]?

    private enum Keys: String, CodingKey { case blocks, meta }
    private enum MetaKeys: String, CodingKey { case title }
    private struct MetaValue: Decodable {
        let inlines: [PandocInline]?
        private enum Keys: String, CodingKey { case t, c }
        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            inlines = try container.decode(String.self, forKey: .t) == "MetaInlines" ? try container.decode([PandocInline].self, forKey: .c) : nil
        }
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        blocks = try container.decode([PandocBlock].self, forKey: .blocks)
        let meta = try? container.nestedContainer(keyedBy: MetaKeys.self, forKey: .meta)
        title = (try? meta?.decodeIfPresent(MetaValue.self, forKey: .title))??.inlines
    }

    /// Decodes pandoc's output; nil when it is not a pandoc JSON document.
    static func decode(_ data: Data) -> PandocDocument? {
        try? JSONDecoder().decode(PandocDocument.self, from: data)
    }
}
