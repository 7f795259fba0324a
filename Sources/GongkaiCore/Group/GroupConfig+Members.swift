import Foundation

extension GroupConfig {
    /// group.json of `groupFolder`, for the commands that work on one member (`new`, README
    /// “站群”); nil with the diagnostics when it is missing or has errors.
    public static func load(groupFolder: URL) -> (GroupConfig?, [Diagnostic]) {
        var report = BuildReport()
        let group = GroupBuilder.loadGroup(BuildOptions(siteFolder: groupFolder), into: &report)
        return (group, report.diagnostics)
    }

    /// The member whose `id` this is.
    public func member(_ id: String) -> GroupMember? {
        members.first { $0.id == id }
    }

    /// The member an editor picked from the numbered list `gongkai new` shows: its number
    /// (from 1, in group.json order) or its id.
    public func member(choosing answer: String) -> GroupMember? {
        let answer = answer.trimmingCharacters(in: .whitespaces)
        if let number = Int(answer) { return members.indices.contains(number - 1) ? members[number - 1] : nil }
        return member(answer)
    }

    /// A member's site folder: its `path`, relative to the group folder unless absolute.
    public func folder(of member: GroupMember, groupFolder: URL) -> URL {
        member.path.hasPrefix("/") ? URL(fileURLWithPath: member.path).standardizedFileURL
            : groupFolder.appendingPathComponent(member.path).standardizedFileURL
    }
}

extension GroupConfig {
    /// A member loaded, resolved and checked as the group build sees it (shared settings
    /// inherited, its base URL under the portal's); nil when it cannot be loaded. Diagnostics
    /// name files from the group folder.
    public func loadSite(of member: GroupMember, groupFolder: URL, options: BuildOptions) -> (Site?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let loaded = GroupMemberLoader(group: self, groupFolder: groupFolder, options: options).load(member, into: &diagnostics)
        return (loaded?.site, diagnostics)
    }
}
