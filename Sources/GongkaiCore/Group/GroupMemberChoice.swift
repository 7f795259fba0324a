/// Which member `gongkai build --member` builds: by its id, or by its position in group.json
/// counted from 0 (`--member-index`, for a Kubernetes Indexed Job's `$JOB_COMPLETION_INDEX`).
public enum GroupMemberChoice: Sendable, Equatable {
    case id(String)
    case index(Int)

    /// The member's position in group.json; nil, with an error, when there is no such member.
    func index(in group: GroupConfig, into diagnostics: inout [Diagnostic]) -> Int? {
        switch self {
        case .id(let id):
            if let index = group.members.firstIndex(where: { $0.id == id }) { return index }
            diagnostics.append(.error("group.member-unknown", "站群中没有 id 为 \"\(id)\" 的成员",
                                      hint: "group.json 的成员有：\(group.members.map(\.id).joined(separator: "、"))"))
        case .index(let index):
            if group.members.indices.contains(index) { return index }
            diagnostics.append(.error("group.member-unknown", "站群没有第 \(index) 号成员：成员从 0 数起，共 \(group.members.count) 个",
                                      hint: "--member-index 取 0 到 \(group.members.count - 1)；Kubernetes 索引任务的 completions 应等于成员数"))
        }
        return nil
    }
}
