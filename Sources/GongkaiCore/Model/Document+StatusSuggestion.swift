import Foundation

extension Document.Status {
    /// Words editors write for a status that gongkai spells differently.
    private static let synonyms: [String: Document.Status] = [
        "作废": .abolished, "废除": .abolished, "撤销": .abolished, "已废止": .abolished, "停止执行": .abolished,
        "已失效": .expired, "过期": .expired, "失去效力": .expired, "到期": .expired,
        "现行有效": .valid, "生效": .valid, "有效的": .valid, "正常": .valid, "现行": .valid,
        "已修订": .revised, "修改": .revised, "已修改": .revised, "修正": .revised,
        "部分有效": .partlyExpired, "部分废止": .partlyExpired,
    ]

    /// The status an editor most likely meant by `text` (`作废` → 废止, `有校` → 有效), or nil.
    static func suggestion(for text: String) -> Document.Status? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let status = synonyms[trimmed] { return status }
        // Statuses are two to four characters: only offer one that shares a character.
        guard let closest = ClosestMatch.closest(to: trimmed, in: allCases.map(\.rawValue)),
              ClosestMatch.distance(trimmed, closest) < max(trimmed.count, closest.count) else { return nil }
        return Document.Status(rawValue: closest)
    }
}
