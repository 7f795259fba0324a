/// Where a group member's search page searches (README “站群”): the portal's combined index,
/// only the member's documents.
public struct PortalSearchScope: Sendable, Hashable {
    /// The portal's `search/` folder as the member's pages link it.
    public var dataHref: String
    /// The member's id: the 机构 filter's value.
    public var member: String
}
