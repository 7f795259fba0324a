import Foundation

extension GroupStatistics {
    /// The CSV and table columns, in Chinese, one per value of a row.
    static let columns = ["机构", "标识", "类型", "本年发布", "主动公开", "最近发布", "空白栏目数", "空白栏目", "不更新栏目数", "不更新栏目", "年度报告", "年报发布日期"]
        + (1...12).map { "\($0)月" }

    /// The report for a terminal: what needs following up first, then a block per member.
    public var text: String {
        var lines = ["\(year) 年站群统计：\(title)（\(total.members) 个机构；栏目按 \(asOf) 判断，年度报告截止 \(reportDeadline)，按 \(today) 判断）", ""]
        lines.append("合计：本年发布 \(total.published) 条，其中主动公开 \(total.proactive) 条；空白栏目 \(total.emptyNodes) 个，不更新栏目 \(total.staleNodes) 个")
        lines.append("  各月：" + Self.monthList(total.months))
        lines.append("  本年没有发布信息的机构：" + names(total.silentMembers))
        lines.append("  年度报告逾期未发布：" + names(total.reportsMissing))
        lines.append("  年度报告逾期发布：" + names(total.reportsLate))
        for member in members {
            lines.append("")
            lines.append("\(member.title)（\(member.id)，\(member.kind)）")
            lines.append("  本年发布 \(member.published) 条，其中主动公开 \(member.proactive) 条；最近发布 \(member.newest ?? "无")")
            lines.append("  各月：" + Self.monthList(member.months))
            lines.append("  空白栏目 \(member.emptyNodes.count) 个" + (member.emptyNodes.isEmpty ? "" : "：" + Self.nodeList(member.emptyNodes)))
            lines.append("  不更新栏目 \(member.staleNodes.count) 个" + (member.staleNodes.isEmpty ? "" : "：" + Self.staleList(member.staleNodes)))
            lines.append("  年度报告：" + Self.reportText(member.report))
        }
        return lines.joined(separator: "\n")
    }

    /// Pretty-printed JSON with sorted keys, for scripts.
    public var json: String {
        SortedJSON.string(self)
    }

    /// CSV for a spreadsheet, UTF-8 with a byte order mark: a header row (`columns`), one row per
    /// member in group.json order, and a 合计 row.
    public var csv: String {
        var rows = [Self.columns]
        for member in members {
            rows.append([member.title, member.id, member.kind, String(member.published), String(member.proactive), member.newest ?? "",
                         String(member.emptyNodes.count), Self.nodeList(member.emptyNodes),
                         String(member.staleNodes.count), Self.staleList(member.staleNodes),
                         member.report.state.rawValue, member.report.published ?? ""] + member.months.map(String.init))
        }
        rows.append(["合计", "", "\(total.members) 个机构", String(total.published), String(total.proactive), "",
                     String(total.emptyNodes), "", String(total.staleNodes), "",
                     "逾期未发布 \(total.reportsMissing.count)，逾期发布 \(total.reportsLate.count)", ""] + total.months.map(String.init))
        // A UTF-8 byte order mark first: Excel on Chinese Windows reads a CSV without one as GBK.
        return "\u{FEFF}" + rows.map { $0.map(YearStatistics.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Member ids as their names, `无` for none.
    func names(_ ids: [String]) -> String {
        let titles = ids.compactMap { id in members.first { $0.id == id }?.title }
        return titles.isEmpty ? "无" : titles.joined(separator: "、")
    }

    static func monthList(_ months: [Int]) -> String {
        months.enumerated().map { "\($0.offset + 1)月 \($0.element)" }.joined(separator: "，")
    }

    static func nodeList(_ nodes: [Node]) -> String {
        nodes.map { "\($0.title)（\($0.path)）" }.joined(separator: "、")
    }

    static func staleList(_ nodes: [StaleNode]) -> String {
        nodes.map { "\($0.title)（\($0.path)，\($0.days) 天未更新，要求 \($0.limit) 天）" }.joined(separator: "、")
    }

    static func reportText(_ report: Report) -> String {
        switch report.state {
        case .onTime, .late: return "\(report.state.rawValue)，\(report.published ?? "")，\(report.path ?? "")"
        case .notYetDue, .missing: return report.state.rawValue
        }
    }
}
