/// Why a 文号 (发文字号) is not in `机关代字〔YYYY〕N号` form, found by ``DocumentNumberFormat``.
public struct DocumentNumberProblem: Sendable, Hashable {
    /// One thing wrong with a 文号, in the order it appears in the text.
    public enum Issue: Sendable, Hashable {
        /// The value is empty or only whitespace.
        case empty
        /// Spaces before, after or inside the number (`青政办 〔2024〕 3号`).
        case whitespace
        /// Nothing before the year (`〔2024〕3号`).
        case missingAgency
        /// The 机关代字 has no Chinese character, or has characters other than Chinese,
        /// letters and digits (`青政办-〔2024〕3号`).
        case invalidAgency
        /// The year is not in 六角括号 〔〕; `found` is the brackets as written,
        /// with `…` for a missing one (`[]`, `（）`, `〔]`, `…〕`), or `""` for none at all.
        case wrongBrackets(found: String)
        /// No year at all (`青政办3号`).
        case missingYear
        /// The year is not four digits (`〔24〕`) or not a number (`〔今年〕`).
        case malformedYear
        /// The year is outside the accepted range (`〔1900〕`).
        case yearOutOfRange(year: Int, allowed: ClosedRange<Int>)
        /// Full-width digits (`〔２０２４〕３号`).
        case fullWidthDigits
        /// Chinese numerals used as digits (`〔二〇二四〕`).
        case chineseNumerals
        /// `第` before the serial number (`〔2024〕第3号`).
        case ordinalPrefix
        /// No serial number (`青政办〔2024〕号`).
        case missingNumber
        /// A serial number with leading zeros (`〔2024〕03号`).
        case leadingZero
        /// The serial number is zero (`〔2024〕0号`).
        case zeroNumber
        /// No `号` at the end (`青政办〔2024〕3`).
        case missingHao
        /// The traditional `號` instead of `号`.
        case traditionalHao
        /// Text after `号` (`青政办〔2024〕3号文`).
        case trailingText(String)

        /// Whether the corrected form can be derived from the text alone.
        public var isFixable: Bool {
            switch self {
            case .whitespace, .wrongBrackets, .fullWidthDigits, .chineseNumerals, .ordinalPrefix,
                 .leadingZero, .missingHao, .traditionalHao, .trailingText:
                return true
            case .empty, .missingAgency, .invalidAgency, .missingYear, .malformedYear, .yearOutOfRange,
                 .missingNumber, .zeroNumber:
                return false
            }
        }

        /// A short Chinese description, e.g. `年份应使用六角括号〔〕，不能用"[]"`.
        public var description: String {
            switch self {
            case .empty: return "文号为空"
            case .whitespace: return "文号中不应有空格"
            case .missingAgency: return "缺少机关代字"
            case .invalidAgency: return "机关代字应由汉字组成（可含字母、数字），不应有标点或符号"
            case .wrongBrackets(let found):
                return found.isEmpty ? "年份应放在六角括号〔〕中" : "年份应使用六角括号〔〕，不能用\"\(found)\""
            case .missingYear: return "缺少年份"
            case .malformedYear: return "年份应为四位阿拉伯数字"
            case .yearOutOfRange(let year, let allowed): return "年份 \(year) 不在 \(allowed.lowerBound)–\(allowed.upperBound) 之间"
            case .fullWidthDigits: return "数字应使用半角阿拉伯数字"
            case .chineseNumerals: return "年份和序号应使用阿拉伯数字，不用汉字数字"
            case .ordinalPrefix: return "序号前不加\"第\""
            case .missingNumber: return "缺少发文顺序号"
            case .leadingZero: return "发文顺序号不编虚位（不加前导零）"
            case .zeroNumber: return "发文顺序号应从 1 开始"
            case .missingHao: return "序号后缺少\"号\""
            case .traditionalHao: return "应使用简体\"号\"，而非\"號\""
            case .trailingText(let text): return "\"号\"后不应有其他文字\"\(text)\""
            }
        }
    }

    /// The 文号 as written.
    public let text: String
    /// Everything wrong with it, in text order; never empty.
    public let issues: [Issue]
    /// The corrected 文号 when every issue can be fixed from the text (or from the fallback
    /// year given to the check), e.g. `青政办〔2024〕3号`; nil otherwise.
    public let suggestion: String?

    /// A problem with `text`; ``DocumentNumberFormat/check(_:fallbackYear:)`` builds these.
    public init(text: String, issues: [Issue], suggestion: String?) {
        self.text = text
        self.issues = issues
        self.suggestion = suggestion
    }

    /// The diagnostic message, e.g.
    /// `文号 "青政办[2024]03号" 不符合"机关代字〔年份〕序号号"格式：年份应使用六角括号〔〕，不能用"[]"；发文顺序号不编虚位（不加前导零）`.
    public var message: String {
        "文号 \"\(text)\" 不符合\"机关代字〔年份〕序号号\"格式：" + issues.map(\.description).joined(separator: "；")
    }

    /// `应为 "青政办〔2024〕3号"` when there is a suggestion.
    public var hint: String? {
        suggestion.map { "应为 \"\($0)\"" }
    }
}
