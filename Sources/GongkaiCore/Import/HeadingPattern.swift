/// The four heading levels of a 公文 body (GB/T 9704-2012 §7.3.3): `一、`, `（一）`, `1.`, `（1）`.
/// A numbered paragraph is a heading when it is short and says no sentence: at most 40
/// characters and no `。`, `；`, `！`, `？` (`1. 到2025年底，……覆盖所有行政村。` stays a paragraph).
enum HeadingPattern {
    private static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "〇", "零"]

    /// 1…4 for a paragraph starting with the numbering of that level, nil otherwise.
    static func level(of text: String) -> Int? {
        var rest = Substring(text)
        let open = rest.first.map { $0 == "（" || $0 == "(" } ?? false
        if open { rest = rest.dropFirst() }
        let chinese = rest.prefix { chineseNumerals.contains($0) }
        let digits = rest.prefix { ($0.isASCII && $0.isNumber) || ("０"..."９").contains($0) }
        if !chinese.isEmpty {
            let after = rest.dropFirst(chinese.count).first
            if open { return after == "）" || after == ")" ? 2 : nil }
            return after == "、" ? 1 : nil
        }
        if !digits.isEmpty, digits.count <= 2 {
            let afterDigits = rest.dropFirst(digits.count)
            guard let after = afterDigits.first else { return nil }
            if open { return after == "）" || after == ")" ? 4 : nil }
            // `1.5万元` is a number, not a heading.
            if after == "." || after == "．" {
                return afterDigits.dropFirst().first.map { $0.isASCII && $0.isNumber } == true ? nil : 3
            }
            return after == "、" ? 3 : nil
        }
        return nil
    }

    /// The level when `text` is short enough to be a heading.
    static func headingLevel(of text: String) -> Int? {
        guard text.count <= 40, let level = level(of: text) else { return nil }
        // A line ending in a comma or colon goes on in the next paragraph.
        if let last = text.last, "，,、：:".contains(last) { return nil }
        return text.contains(where: { "。；;！？!?".contains($0) }) ? nil : level
    }
}
