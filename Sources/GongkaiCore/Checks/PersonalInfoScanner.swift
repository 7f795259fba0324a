/// Finds personal information in document text (README “检查项目”): resident ID numbers, mainland
/// mobile numbers and bank card numbers that a disclosure page must not publish.
///
/// **What counts**
///
/// - 身份证号码: 17 digits and a check character (a digit or `X`/`x`/`Ｘ`/`ｘ`) whose
///   GB 11643-1999 ISO 7064 MOD 11-2 check is right, whose first digit (province) is 1–8,
///   and whose digits 7–14 are a real date of birth in 1900…2100. Also written as
///   `6-8-4` groups (`110105 19491231 002X`).
/// - 手机号码: `1[3-9]` and 9 more digits; also `138 1234 5678` / `138-1234-5678`, and with
///   a `+86`, `86` or `0086` prefix (`+86 138 1234 5678`, `8613812345678`).
/// - 银行卡号: 16–19 digits passing the Luhn check, also in groups of four separated by
///   single spaces or hyphens (`6222 0212 3456 7890`, last group 1–4 digits), whose issuer
///   prefix is one in use (first digit 3, 4, 5, 6 or 9, or Mastercard 2221–2720). An
///   all-digit 18-digit number that is a valid 统一社会信用代码 (GB 32100-2015) is taken
///   to be that code, not a card.
///
/// Full-width digits `０`–`９` count as digits; in grouped forms the separators are
/// space, hyphen, no-break space, ideographic space `　` or full-width hyphen `－`, one
/// at a time and the same one throughout the groups.
///
/// **What does not**
///
/// A match is a whole run of digits (the whole chain, for grouped forms). It is rejected when
/// it touches:
/// - another digit; for grouped forms also the same separator leading to more digit groups
///   (`6222 0212 3456 7890 1234`, `1 138 1234 5678`). An ungrouped run may stand next to
///   other numbers across a space or hyphen (`序号 1 13812345678` matches);
/// - a Latin letter or `_` (`NO2024031913812345678`, `img_13812345678.png`, a hash):
///   such runs are parts of codes, not numbers on their own;
/// - a decimal point with a digit beyond it (`0.13812345678`), or `*` with digits beyond it
///   (masked forms `138****1234`, `3501**********1234` never count);
/// - a currency sign before it or an amount unit after it (`￥15000000000`, `15000000000元`,
///   `万`, `亿`, `人`, `户`, `%`…): those are amounts and counts.
///
/// Dates (`20240319`), 文号, 索引号 (`00822061-4/2024-00017`), amounts (`12,345,678.00`) and
/// landlines (`0599-5231001`, `021-6123-4567`) therefore do not match. Old 15-digit IDs are
/// not looked for.
///
/// The scan is one linear pass over the UTF-8 bytes with no regular expressions, so it
/// can run over every document body.
public struct PersonalInfoScanner: Sendable {
    /// A scanner; it holds no state, so one can be shared by every document.
    public init() {}

    /// Every match in `text`, in text order; matches never overlap.
    public func scan(_ text: String) -> [PersonalInfoMatch] {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let found = contiguous.utf8.withContiguousStorageIfAvailable { bytes -> [Found] in
            guard let start = ByteScan.firstLongNumberGroup(bytes) else { return [] }
            var scan = ByteScan(bytes: bytes)
            scan.run(from: start)
            return scan.found
        } ?? []
        let utf8 = text.utf8
        return found.map { f in
            let lower = utf8.index(utf8.startIndex, offsetBy: f.start)
            let upper = utf8.index(lower, offsetBy: f.end - f.start)
            return PersonalInfoMatch(kind: f.kind, range: lower..<upper, utf8Range: f.start..<f.end,
                                     line: f.line, column: f.column, masked: f.masked)
        }
    }

    /// A match in byte offsets, before it is tied to the string's indices.
    struct Found {
        var kind: PersonalInfoMatch.Kind
        var start: Int
        var end: Int
        var line: Int
        var column: Int
        var masked: String
    }

    // MARK: - Number rules (digits are values 0…9)

    private static let idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let creditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// `1[3-9]` followed by nine digits; `d` holds at least 11 digits from `at`.
    static func isMobile(_ d: [UInt8], at: Int) -> Bool {
        d[at] == 1 && d[at + 1] >= 3
    }

    /// The ISO 7064 MOD 11-2 check value of 17 digits: 0…9, or 10 for `X`.
    static func residentIDCheck(_ d: [UInt8], at: Int) -> Int {
        var sum = 0
        for k in 0..<17 { sum += Int(d[at + k]) * idWeights[k] }
        return (12 - sum % 11) % 11
    }

    /// 17 digits from `at` followed by either an `X` (`hasX`) or an 18th digit.
    static func isResidentID(_ d: [UInt8], at: Int, hasX: Bool) -> Bool {
        guard (1...8).contains(d[at]) else { return false }
        func number(_ offset: Int, _ length: Int) -> Int {
            (0..<length).reduce(0) { $0 * 10 + Int(d[at + offset + $1]) }
        }
        let year = number(6, 4), month = number(10, 2), day = number(12, 2)
        guard (1900...2100).contains(year), Day(year: year, month: month, day: day) != nil else { return false }
        let check = residentIDCheck(d, at: at)
        return hasX ? check == 10 : check == Int(d[at + 17])
    }

    /// Luhn-valid with an issuer prefix in use.
    static func isBankCard(_ d: [UInt8], at: Int, count: Int) -> Bool {
        switch d[at] {
        case 3, 4, 5, 6, 9:
            break
        case 2:
            let prefix = Int(d[at]) * 1000 + Int(d[at + 1]) * 100 + Int(d[at + 2]) * 10 + Int(d[at + 3])
            guard (2221...2720).contains(prefix) else { return false }
        default:
            return false
        }
        return luhn(d, at: at, count: count)
    }

    static func luhn(_ d: [UInt8], at: Int, count: Int) -> Bool {
        var sum = 0
        for k in 0..<count {
            var v = Int(d[at + count - 1 - k])
            if k % 2 == 1 {
                v *= 2
                if v > 9 { v -= 9 }
            }
            sum += v
        }
        return sum % 10 == 0
    }

    /// An all-digit 统一社会信用代码 with a right GB 32100-2015 check character.
    static func isCreditCode(_ d: [UInt8], at: Int) -> Bool {
        var sum = 0
        for k in 0..<17 { sum += Int(d[at + k]) * creditCodeWeights[k] }
        let check = (31 - sum % 31) % 31
        return check == Int(d[at + 17])
    }

    // MARK: - Masks

    static func maskedResidentID(_ d: [UInt8], at: Int, hasX: Bool) -> String {
        let last = hasX ? "X" : text(d, at + 17, 1)
        return text(d, at, 6) + "********" + text(d, at + 14, 3) + last
    }

    static func maskedMobile(_ d: [UInt8], at: Int) -> String {
        text(d, at, 3) + "****" + text(d, at + 7, 4)
    }

    static func maskedBankCard(_ d: [UInt8], at: Int, count: Int) -> String {
        text(d, at, 4) + " **** **** " + text(d, at + count - 4, 4)
    }

    private static func text(_ d: [UInt8], _ at: Int, _ count: Int) -> String {
        String(decoding: d[at..<(at + count)].map { $0 + 0x30 }, as: UTF8.self)
    }
}
