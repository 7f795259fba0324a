/// A node of a member's catalog as the portal 网站地图 lists it: kept in the member's part
/// summary (`MemberPart`), and turned into the theme's `tree-children` values when the portal
/// is rendered.
struct PortalTreeNode: Sendable, Codable, Equatable {
    var title: String
    var href: String
    /// Documents in the node's tree; nil for a node that holds no documents of its own kind.
    var count: Int?
    var children: [PortalTreeNode]

    enum CodingKeys: String, CodingKey {
        case children, count, href, title
    }

    /// Every key is always present: Mustache looks missing keys up in outer contexts.
    var templateValue: TemplateValue {
        [
            "title": .text(title),
            "href": .text(href),
            "current": .bool(false),
            "open": .bool(false),
            "count": .number(count),
            "children": .list(children.map(\.templateValue)),
            "hasChildren": .bool(!children.isEmpty),
        ]
    }
}
