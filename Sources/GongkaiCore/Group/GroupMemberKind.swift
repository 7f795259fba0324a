/// What kind of agency a group member is; the portal's 机构导航 groups members by it,
/// in this order (README “站群”).
public enum GroupMemberKind: String, Sendable, Hashable, CaseIterable, Codable {
    case government = "政府"
    case department = "部门"
    case township = "乡镇街道"
    case other = "其他"

    /// The heading of the kind's block in the portal's 机构导航 and 网站地图.
    public var heading: String {
        switch self {
        case .government: return "政府"
        case .department: return "部门"
        case .township: return "乡镇（街道）"
        case .other: return "其他机构"
        }
    }
}
