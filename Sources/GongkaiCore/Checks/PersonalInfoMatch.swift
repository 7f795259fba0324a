/// One piece of personal information found by ``PersonalInfoScanner``.
///
/// The match deliberately does not carry the number itself: ``masked`` is the only
/// text meant for diagnostics and reports, so the full number never reaches them.
public struct PersonalInfoMatch: Sendable, Hashable {
    /// What was found.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// An 18-digit mainland resident identity card number (居民身份证号码).
        case residentID
        /// A mainland mobile phone number.
        case mobile
        /// A bank card number (16–19 digits, Luhn-valid).
        case bankCard

        /// 身份证号码, 手机号码 or 银行卡号.
        public var chineseName: String {
            switch self {
            case .residentID: return "身份证号码"
            case .mobile: return "手机号码"
            case .bankCard: return "银行卡号"
            }
        }
    }

    /// 身份证号码, 手机号码 or 银行卡号.
    public let kind: Kind
    /// Where the number stands in the scanned text, including separators and a `+86`
    /// prefix when they were written.
    public let range: Range<String.Index>
    /// The same range as byte offsets into the text's UTF-8.
    public let utf8Range: Range<Int>
    /// 1-based line of the first character (lines end at `\n`; `\r\n` counts once).
    public let line: Int
    /// 1-based column of the first character, counted in Unicode scalars like the JSON
    /// parser's positions (a Chinese character or a full-width digit is one column).
    public let column: Int
    /// A display form that hides the middle: `110105********002X`, `138****5678`,
    /// `6222 **** **** 1234`.
    public let masked: String

    /// A match; ``PersonalInfoScanner/scan(_:)`` builds these.
    public init(kind: Kind, range: Range<String.Index>, utf8Range: Range<Int>, line: Int, column: Int, masked: String) {
        self.kind = kind
        self.range = range
        self.utf8Range = utf8Range
        self.line = line
        self.column = column
        self.masked = masked
    }
}
