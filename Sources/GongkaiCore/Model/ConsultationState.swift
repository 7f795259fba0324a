/// Where a consultation stands on one day (README “意见征集”): 未开始, 征集中（剩余 N 天）,
/// 已结束, or 已反馈 once its 采纳情况 is published after the window.
public enum ConsultationState: Sendable, Hashable {
    case notStarted
    /// Open; `remainingDays` counts today and the last day (the last day itself: 1).
    case open(remainingDays: Int)
    case ended
    case answered

    /// The state of a window on `day`; nil without both ends. `answered`: a 采纳情况 is published.
    public static func of(_ window: ConsultationFields, on day: Day, answered: Bool) -> ConsultationState? {
        guard let start = window.start, let end = window.end else { return nil }
        if day < start { return .notStarted }
        if day <= end { return .open(remainingDays: end.dayNumber - day.dayNumber + 1) }
        return answered ? .answered : .ended
    }

    public var isOpen: Bool {
        if case .open = self { return true }
        return false
    }

    /// The label key of the state in the theme's `i18n` files.
    var labelKey: String {
        switch self {
        case .notStarted: return "consultation_not_started"
        case .open: return "consultation_open"
        case .ended: return "consultation_ended"
        case .answered: return "consultation_answered"
        }
    }

    /// The state as pages show it: the theme's label with `{{days}}` filled in.
    func text(labels: [String: String]) -> String {
        let fallback: String
        switch self {
        case .notStarted: fallback = "未开始"
        case .open: fallback = "征集中（剩余 {{days}} 天）"
        case .ended: fallback = "已结束"
        case .answered: fallback = "已反馈"
        }
        var days = ""
        if case .open(let remaining) = self { days = String(remaining) }
        return PageContext.filling(labels[labelKey] ?? fallback, ["days": days])
    }
}
