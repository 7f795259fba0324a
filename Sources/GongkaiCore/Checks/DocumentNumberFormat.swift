/// The 文号 (发文字号) rule: `机关代字〔YYYY〕N号`, as in `青政办〔2024〕3号` or `国发〔2023〕12号`.
///
/// - 机关代字: one or more characters, at least one of them Chinese; letters and
///   digits are allowed (`青政办函`, `国办发明电`).
/// - the year in 六角括号 `〔` U+3014 and `〕` U+3015, four Arabic digits within ``validYears``;
/// - the serial number: a positive integer without leading zeros (不编虚位), no `第`, then `号`.
///
/// ``check(_:fallbackYear:)`` returns nil for a good 文号, else a ``DocumentNumberProblem``
/// listing every issue and, when the text allows it, the corrected form: `青政办[2024]03号`,
/// `青政办（2024）第3号` and `青政办〔2024〕3` all suggest `青政办〔2024〕3号`.
public struct DocumentNumberFormat: Sendable {
    /// 1949…2100.
    public static let defaultYears: ClosedRange<Int> = 1949...2100

    /// The years a 文号 may carry.
    public let validYears: ClosedRange<Int>

    /// A checker accepting years in `validYears` (default 1949…2100).
    public init(validYears: ClosedRange<Int> = DocumentNumberFormat.defaultYears) {
        self.validYears = validYears
    }

    /// Checks one 文号.
    ///
    /// - Parameters:
    ///   - text: the `doc_no` value as written.
    ///   - fallbackYear: a year to put in the suggestion when the 文号 has none (typically the
    ///     year of 成文日期); the missing year is still reported.
    /// - Returns: nil when `text` is in `机关代字〔YYYY〕N号` form.
    public func check(_ text: String, fallbackYear: Int? = nil) -> DocumentNumberProblem? {
        if isPlainlyWellFormed(text) { return nil }
        return checkInDetail(text, fallbackYear: fallbackYear)
    }

    /// ``check(_:fallbackYear:)`` without the fast path for well-formed 文号.
    func checkInDetail(_ text: String, fallbackYear: Int?) -> DocumentNumberProblem? {
        var issues: [DocumentNumberProblem.Issue] = []
        func note(_ issue: DocumentNumberProblem.Issue) {
            if !issues.contains(issue) { issues.append(issue) }
        }

        var chars = Array(text)
        if chars.contains(where: \.isWhitespace) {
            chars.removeAll(where: \.isWhitespace)
            if !chars.isEmpty { note(.whitespace) }
        }
        guard !chars.isEmpty else {
            return DocumentNumberProblem(text: text, issues: [.empty], suggestion: nil)
        }

        // Split into 机关代字, year (nil when absent) and the serial part.
        let agency: ArraySlice<Character>
        var yearText: ArraySlice<Character>?
        let rest: ArraySlice<Character>
        let open = chars.firstIndex(where: Self.openingBrackets.contains)
        let close = chars[(open.map { $0 + 1 } ?? 0)...].firstIndex(where: Self.closingBrackets.contains)
        switch (open, close) {
        case let (o?, c?):
            agency = chars[..<o]
            yearText = chars[(o + 1)..<c]
            rest = chars[(c + 1)...]
            if chars[o] != "〔" || chars[c] != "〕" { note(.wrongBrackets(found: "\(chars[o])\(chars[c])")) }
        case let (o?, nil):
            agency = chars[..<o]
            let run = chars[(o + 1)...].prefix(while: Self.isNumeral).count
            let end = o + 1 + min(run, 4)
            yearText = chars[(o + 1)..<end]
            rest = chars[end...]
            note(.wrongBrackets(found: "\(chars[o])…"))
        case let (nil, c?):
            var start = c
            while start > 0, c - start < 4, Self.isNumeral(chars[start - 1]) { start -= 1 }
            agency = chars[..<start]
            yearText = chars[start..<c]
            rest = chars[(c + 1)...]
            note(.wrongBrackets(found: "…\(chars[c])"))
        case (nil, nil):
            let split = Self.splitWithoutBrackets(chars)
            agency = split.agency
            yearText = split.year
            rest = split.rest
            if yearText != nil { note(.wrongBrackets(found: "")) }
        }

        // 机关代字.
        if agency.isEmpty {
            note(.missingAgency)
        } else if !agency.allSatisfy(Self.isAgencyCharacter) || !agency.contains(where: Self.isChinese) {
            note(.invalidAgency)
        }

        // Year.
        var year: String?
        if let yearText, !yearText.isEmpty {
            if let digits = Self.digits(yearText), digits.value.count == 4, let value = Int(digits.value) {
                if digits.fullWidth { note(.fullWidthDigits) }
                if digits.chinese { note(.chineseNumerals) }
                if validYears.contains(value) {
                    year = digits.value
                } else {
                    note(.yearOutOfRange(year: value, allowed: validYears))
                }
            } else {
                note(.malformedYear)
            }
        } else {
            note(.missingYear)
            if let fallbackYear, validYears.contains(fallbackYear) { year = String(fallbackYear) }
        }

        // Serial number and 号.
        var serial: String?
        var tail = rest
        if tail.first == "第" {
            note(.ordinalPrefix)
            tail = tail.dropFirst()
        }
        let run = tail.prefix(while: Self.isNumeral)
        tail = tail.dropFirst(run.count)
        if let digits = Self.digits(run), !digits.value.isEmpty {
            if digits.fullWidth { note(.fullWidthDigits) }
            if digits.chinese { note(.chineseNumerals) }
            let trimmed = digits.value.drop { $0 == "0" }
            if trimmed.isEmpty {
                note(.zeroNumber)
            } else {
                if trimmed.count < digits.value.count { note(.leadingZero) }
                serial = String(trimmed)
            }
            if tail.first == "号" {
                tail = tail.dropFirst()
            } else if tail.first == "號" {
                note(.traditionalHao)
                tail = tail.dropFirst()
            } else {
                note(.missingHao)
            }
            if !tail.isEmpty { note(.trailingText(String(tail))) }
        } else {
            note(.missingNumber)
        }

        guard !issues.isEmpty else { return nil }
        var suggestion: String?
        if let year, let serial, issues.allSatisfy({ $0.isFixable || $0 == .missingYear }) {
            suggestion = "\(String(agency))〔\(year)〕\(serial)号"
        }
        return DocumentNumberProblem(text: text, issues: issues, suggestion: suggestion)
    }

    // MARK: - Pieces

    /// Brackets editors use for the year instead of (or as well as) 〔〕.
    static let openingBrackets: Set<Character> = ["〔", "[", "［", "(", "（", "【", "〖", "{", "｛", "﹝", "〘"]
    static let closingBrackets: Set<Character> = ["〕", "]", "］", ")", "）", "】", "〗", "}", "｝", "﹞", "〙"]

    private static let chineseDigits: [Character: Character] = [
        "〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4",
        "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
    ]

    /// An Arabic digit (half- or full-width) or a Chinese numeral used positionally.
    static func isNumeral(_ c: Character) -> Bool {
        asciiDigit(c) != nil || chineseDigits[c] != nil
    }

    private static func asciiDigit(_ c: Character) -> Character? {
        guard c.unicodeScalars.count == 1, let scalar = c.unicodeScalars.first else { return nil }
        switch scalar.value {
        case 0x30...0x39: return c
        case 0xFF10...0xFF19: return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
        default: return nil
        }
    }

    /// The numerals as ASCII digits, and which non-ASCII forms were seen; nil when some
    /// character is not a numeral.
    private static func digits(_ text: ArraySlice<Character>) -> (value: String, fullWidth: Bool, chinese: Bool)? {
        var value = ""
        var fullWidth = false, chinese = false
        for c in text {
            if let d = asciiDigit(c) {
                if !c.isASCII { fullWidth = true }
                value.append(d)
            } else if let d = chineseDigits[c] {
                chinese = true
                value.append(d)
            } else {
                return nil
            }
        }
        return (value, fullWidth, chinese)
    }

    private static func isChinese(_ c: Character) -> Bool {
        c.unicodeScalars.first?.properties.isIdeographic == true
    }

    private static func isAgencyCharacter(_ c: Character) -> Bool {
        c.isLetter || asciiDigit(c) != nil
    }

    /// `青政办2024年3号` → (`青政办`, `2024`, `3号`); `青政办3号` → (`青政办`, nil, `3号`).
    private static func splitWithoutBrackets(_ chars: [Character]) -> (agency: ArraySlice<Character>, year: ArraySlice<Character>?, rest: ArraySlice<Character>) {
        // The serial number ends at the first 号, or is the last run of numerals.
        var end = chars.firstIndex { $0 == "号" || $0 == "號" }
            ?? chars.lastIndex(where: isNumeral).map { $0 + 1 }
            ?? chars.count
        if end > chars.count { end = chars.count }
        var start = end
        while start > 0, isNumeral(chars[start - 1]) { start -= 1 }
        if start > 0, chars[start - 1] == "第" { start -= 1 }
        let rest = chars[start...]

        var head = chars[..<start]
        if let last = head.last, last == "年" || last == "-" { head = head.dropLast() }
        let yearRun = head.reversed().prefix(while: isNumeral).count
        if yearRun == 4 {
            return (head.dropLast(4), head.suffix(4), rest)
        }
        return (chars[..<start], nil, rest)
    }
}
