/// Reads the dates an imported document carries: a 成文日期 written `2024年3月19日`,
/// `2024年03月19日`, in Chinese numerals `二〇二四年三月十九日`, or run together `20161229`;
/// and the 发布日期 of an old page (`2021-03-19`, `2017-01-03 16:00`, `2021/3/19`).
enum ImportedDate {
    private static let digits: [Character: Int] = [
        "〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// The day `text` is, when all of it is one date (a time after the day is allowed).
    static func day(_ text: String) -> Day? {
        let squeezed = String(ImportText.squeezed(text).map { character -> Character in
            // Full-width digits as ASCII.
            if let value = character.unicodeScalars.first?.value, (0xFF10...0xFF19).contains(value) {
                return Character(Unicode.Scalar(value - 0xFF10 + 0x30)!)
            }
            return character
        })
        if squeezed.count == 8, squeezed.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let value = Array(squeezed)
            return Day(year: Int(String(value[0..<4]))!, month: Int(String(value[4..<6]))!, day: Int(String(value[6..<8]))!)
        }
        if let date = DocumentDate(parsing: squeezed) { return date.day }
        return chineseNumeralDay(squeezed)
    }

    /// `二〇二四年三月十九日`.
    static func chineseNumeralDay(_ text: String) -> Day? {
        guard text.hasSuffix("日"), let yearEnd = text.firstIndex(of: "年"), let monthEnd = text.firstIndex(of: "月"),
              yearEnd < monthEnd else { return nil }
        let yearText = text[..<yearEnd]
        guard yearText.count == 4 else { return nil }
        var year = 0
        for character in yearText {
            guard let digit = digits[character] else { return nil }
            year = year * 10 + digit
        }
        guard let month = chineseNumber(text[text.index(after: yearEnd)..<monthEnd]),
              let day = chineseNumber(text[text.index(after: monthEnd)..<text.index(before: text.endIndex)]) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// `三` → 3, `十` → 10, `十九` → 19, `二十` → 20, `三十一` → 31.
    static func chineseNumber(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 3 else { return nil }
        if let ten = text.firstIndex(of: "十") {
            let tensText = text[..<ten]
            let onesText = text[text.index(after: ten)...]
            let tens = tensText.isEmpty ? 1 : tensText.count == 1 ? digits[tensText.first!] : nil
            let ones = onesText.isEmpty ? 0 : onesText.count == 1 ? digits[onesText.first!] : nil
            guard let tens, let ones else { return nil }
            return tens * 10 + ones
        }
        guard text.count == 1, let digit = digits[text.first!], digit > 0 else { return nil }
        return digit
    }
}
