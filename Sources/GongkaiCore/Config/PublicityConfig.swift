/// `publicity` in site.json (README “公示期”).
public struct PublicityConfig: Sendable, Hashable {
    /// Days a 公示 stays online after the last day of its 公示期 before it is withdrawn.
    public var graceDays = 0

    public init() {}

    static let keys = ["grace_days"]
}
