/// The front-matter fields of 意见征集 (README “意见征集”): the window and the ways to respond
/// on a consultation, the consultation a 采纳情况 reports on, and the decision it led to.
public struct ConsultationFields: Sendable, Hashable {
    /// 征集开始: the first day comments are taken.
    public var start: Day?
    /// 征集截止: the last day comments are taken.
    public var end: Day?
    /// 缩短理由: why the window is shorter than the site's minimum.
    public var shortenedReason: String?
    /// 意见邮箱, 通信地址, 在线提交: how the public responds.
    public var email: String?
    public var address: String?
    public var url: String?
    /// 决策文件: 索引号 of the final decision document.
    public var decision: String?
    /// 采纳情况 (`feedback`): on a feedback document, the 索引号 of the consultation it reports on.
    public var feedbackFor: String?

    public init(start: Day? = nil, end: Day? = nil, shortenedReason: String? = nil, email: String? = nil, address: String? = nil,
                url: String? = nil, decision: String? = nil, feedbackFor: String? = nil) {
        self.start = start
        self.end = end
        self.shortenedReason = shortenedReason
        self.email = email
        self.address = address
        self.url = url
        self.decision = decision
        self.feedbackFor = feedbackFor
    }

    /// Whether any window key was written.
    public var hasWindow: Bool { start != nil || end != nil }

    /// The window's length in calendar days, both ends counted; nil without both ends.
    public var windowDays: Int? {
        guard let start, let end else { return nil }
        return end.dayNumber - start.dayNumber + 1
    }
}
