/// One agency of a site group: an ordinary gongkai site folder built under `<portal base>/<id>/`.
public struct GroupMember: Sendable, Hashable, Codable {
    /// The member's URL segment and output folder.
    public var id: String
    /// The agency's name as the portal shows it.
    public var title: String
    public var kind: GroupMemberKind
    /// The site folder as written in group.json, relative to the group folder (`members/xzf`, `../..`).
    public var path: String
    /// Where the member's entry, its `id` and its `path` stand in group.json.
    public var position: SourcePosition
    public var idPosition: SourcePosition
    public var pathPosition: SourcePosition

    enum CodingKeys: String, CodingKey {
        case id, idPosition, kind, path, pathPosition, position, title
    }

    /// `path` as a prefix for the member's own site-relative file names (`members/xzf/`),
    /// so a diagnostic inside the member names it from the group folder.
    public var filePrefix: String {
        var prefix = path
        while prefix.hasPrefix("./") { prefix.removeFirst(2) }
        if prefix.isEmpty || prefix == "." { return "" }
        return prefix.hasSuffix("/") ? prefix : prefix + "/"
    }
}
