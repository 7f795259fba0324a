/// `consultations` in site.json: the limits of the 意见征集 checks (README “意见征集”).
public struct ConsultationConfig: Sendable, Hashable {
    /// The shortest window without a 缩短理由, in calendar days (重大行政决策程序暂行条例 第十五条: 一般不少于 30 日).
    public var minDays = 30
    /// Days after 征集截止 within which the 采纳情况 should be published; 0 turns the warning off.
    public var feedbackDays = 30

    public init() {}

    static let keys = ["min_days", "feedback_days"]
}
