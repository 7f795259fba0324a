import Foundation

extension YearStatistics {
    /// The report for a terminal: every number followed by how it was derived.
    public var text: String {
        var lines: [String] = []
        lines.append("\(year) 年政府信息公开统计（现行有效件数截至 \(asOf)）")
        lines.append("")
        for count in [published, proactive] {
            lines.append("\(count.label)：\(count.count) 条")
            lines.append("    算法：\(count.derivation)")
        }
        lines.append("")
        lines.append("按栏目（本栏目 / 含下级栏目）：")
        for node in byNode {
            let indent = String(repeating: "  ", count: node.depth + 1)
            lines.append("\(indent)\(node.title)（\(node.path)）：\(node.count) / \(node.countInTree)")
        }
        lines.append("")
        lines.append("按主题分类（取“类别/子类”的类别）：")
        lines.append(contentsOf: byTopic.isEmpty ? ["  （无）"] : byTopic.map { "  \($0.name)：\($0.count)" })
        lines.append("")
        lines.append("按体裁分类：")
        lines.append(contentsOf: byGenre.isEmpty ? ["  （无）"] : byGenre.map { "  \($0.name)：\($0.count)" })
        lines.append("")
        lines.append("年度报告表二“行政规范性文件”一行：")
        for count in [regulatoryIssued, regulatoryAbolished, regulatoryInForce] {
            lines.append("  \(count.label)：\(count.count)")
            lines.append("      算法：\(count.derivation)")
            for item in count.documents ?? [] {
                lines.append("      - \(item.indexNumber ?? "（无索引号）") 《\(item.title)》 \(item.path)")
            }
        }
        lines.append("  \(regulatoryRule)")
        lines.append("")
        let rate = interpretationRate
        lines.append("\(rate.label)：\(rate.count) / \(rate.total)（\(rate.percent)）")
        lines.append("    算法：\(rate.derivation)")
        for item in rate.missing {
            lines.append("    - 尚无解读：\(item.indexNumber ?? "（无索引号）") 《\(item.title)》 \(item.path)")
        }
        lines.append("")
        lines.append("\(expiringNextYear.label)（评估计划）：\(expiringNextYear.count)")
        lines.append("    算法：\(expiringNextYear.derivation)")
        for item in expiringNextYear.documents ?? [] {
            lines.append("    - \(item.indexNumber ?? "（无索引号）") 《\(item.title)》 \(item.path)")
        }
        if !notes.isEmpty {
            lines.append("")
            lines.append("请注意：")
            lines.append(contentsOf: notes.map { "  - \($0)" })
        }
        return lines.joined(separator: "\n")
    }

    /// Pretty-printed JSON with sorted keys, for scripts.
    public var json: String {
        SortedJSON.string(self)
    }

    /// CSV for a spreadsheet, UTF-8 with a byte order mark: `分类,名称,路径,数量,含下级,算法`, one row per number.
    public var csv: String {
        var rows: [[String]] = [["分类", "名称", "栏目路径", "数量", "含下级栏目", "算法"]]
        for count in [published, proactive] {
            rows.append(["合计", count.label, "", String(count.count), "", count.derivation])
        }
        for node in byNode {
            rows.append(["栏目", node.title, node.path, String(node.count), String(node.countInTree), ""])
        }
        for topic in byTopic { rows.append(["主题分类", topic.name, "", String(topic.count), "", ""]) }
        for genre in byGenre { rows.append(["体裁分类", genre.name, "", String(genre.count), "", ""]) }
        for count in [regulatoryIssued, regulatoryAbolished, regulatoryInForce] {
            rows.append(["年报表二 行政规范性文件", count.label, "", String(count.count), "", count.derivation])
        }
        rows.append(["政策解读", interpretationRate.label, "", "\(interpretationRate.count)/\(interpretationRate.total)（\(interpretationRate.percent)）", "", interpretationRate.derivation])
        rows.append(["评估计划", expiringNextYear.label, "", String(expiringNextYear.count), "", expiringNextYear.derivation])
        // A UTF-8 byte order mark first: Excel on Chinese Windows reads a CSV without one as GBK.
        return "\u{FEFF}" + rows.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
