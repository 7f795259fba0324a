/// The front-matter keys (README “写一篇文件”) with their Chinese aliases.
public enum FrontMatterKey: String, Sendable, CaseIterable {
    case title, indexNo = "index_no", published, written, publisher, docNo = "doc_no", topic, genre, status
    case expires, abolished, keywords, summary, disclosure, interprets
    case interpretationForm = "interpretation_form", attachments, slug, draft, privacyExempt = "privacy_exempt"
    case reportYear = "report_year"
    case validFrom = "valid_from", validUntil = "valid_until", replaces, revises, abolishes
    case consultationStart = "consultation_start", consultationEnd = "consultation_end", shortenedReason = "shortened_reason"
    case commentEmail = "comment_email", commentAddress = "comment_address", commentURL = "comment_url"
    case feedback, decision, publicityPeriod = "publicity_period"

    /// The Chinese names an editor may use instead of the English key.
    public var aliases: [String] {
        switch self {
        case .title: return ["标题"]
        case .indexNo: return ["索引号"]
        case .published: return ["发布日期"]
        case .written: return ["成文日期"]
        case .publisher: return ["发布机构", "发文机关"]
        case .docNo: return ["文号", "发文字号"]
        case .topic: return ["主题分类"]
        case .genre: return ["体裁", "体裁分类"]
        case .status: return ["有效性", "效力状态"]
        case .expires: return ["失效日期"]
        case .abolished: return ["废止日期"]
        case .keywords: return ["主题词", "关键词"]
        case .summary: return ["内容概述", "摘要"]
        case .disclosure: return ["公开方式"]
        case .interprets: return ["解读对象"]
        case .interpretationForm: return ["解读形式"]
        case .attachments: return ["附件"]
        case .slug: return []
        case .draft: return ["草稿"]
        case .privacyExempt: return ["公开理由"]
        case .reportYear: return ["报告年度"]
        case .validFrom: return ["施行日期", "生效日期"]
        case .validUntil: return ["有效期至"]
        case .replaces: return ["代替"]
        case .revises: return ["修订"]
        case .abolishes: return ["废止"]
        case .consultationStart: return ["征集开始"]
        case .consultationEnd: return ["征集截止"]
        case .shortenedReason: return ["缩短理由"]
        case .commentEmail: return ["意见邮箱"]
        case .commentAddress: return ["通信地址"]
        case .commentURL: return ["在线提交"]
        case .feedback: return ["采纳情况"]
        case .decision: return ["决策文件"]
        case .publicityPeriod: return ["公示期"]
        }
    }

    /// The Chinese name used in diagnostics, e.g. `发布日期`.
    public var chineseName: String {
        switch self {
        case .slug: return "URL 名称（slug）"
        case .genre: return "体裁分类"
        default: return aliases.first ?? rawValue
        }
    }

    private static let byName: [String: FrontMatterKey] = {
        var table: [String: FrontMatterKey] = [:]
        for key in allCases {
            table[key.rawValue] = key
            for alias in key.aliases { table[alias] = key }
        }
        return table
    }()

    /// The key for an English name or a Chinese alias.
    public init?(name: String) {
        guard let key = Self.byName[name] else { return nil }
        self = key
    }

    /// Every English name and alias, for suggestions.
    public static var allNames: [String] { allCases.flatMap { [$0.rawValue] + $0.aliases } }
}

extension FrontMatterKey {
    /// Hashed and compared by case, not by raw value: a raw-value enum otherwise hashes and
    /// compares its key's string, and every document's front matter is read through
    /// dictionaries keyed by `FrontMatterKey` (some 50 look-ups a document, ≈ 640
    /// instructions each; bench/PERFORMANCE.md). A case without a payload is stored as its
    /// number in declaration order, one byte (`MemoryLayout<FrontMatterKey>.size == 1`).
    @inline(__always)
    private var ordinal: UInt8 { unsafeBitCast(self, to: UInt8.self) }

    public static func == (a: FrontMatterKey, b: FrontMatterKey) -> Bool { a.ordinal == b.ordinal }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}
