/// The tables of the 政府信息公开工作年度报告 as the 2021 format (国办公开办函〔2021〕30号)
/// lays them out: every row and column with its official label and the short names
/// editors use for it in the ```` ```年报表二 ```` / ```` ```年报表三 ```` / ```` ```年报表四 ```` blocks.
public enum AnnualReportForm {
    /// A row or column: the label the form prints and the other names accepted for it.
    public struct Entry: Sendable, Hashable {
        public var label: String
        public var names: [String]

        init(_ label: String, _ names: [String] = []) {
            self.label = label
            self.names = names
        }
    }

    // MARK: Table 二

    /// The rows of table 二; the first two have three numbers, the others one.
    public enum TwoRow: Int, Sendable, CaseIterable {
        case rules, regulatory, licensing, penalty, enforcement, fees

        public var entry: Entry {
            switch self {
            case .rules: return Entry("规章", ["部门规章", "政府规章"])
            case .regulatory: return Entry("行政规范性文件", ["规范性文件"])
            case .licensing: return Entry("行政许可", ["许可"])
            case .penalty: return Entry("行政处罚", ["处罚"])
            case .enforcement: return Entry("行政强制", ["强制"])
            case .fees: return Entry("行政事业性收费", ["事业性收费", "收费", "行政事业性收费（万元）"])
            }
        }

        /// How many numbers the row has.
        public var width: Int { self == .rules || self == .regulatory ? 3 : 1 }
        /// The one row counted in 万元, with up to two decimals.
        public var isMoney: Bool { self == .fees }
    }

    /// The columns of the rows 规章 and 行政规范性文件.
    public static let documentColumns: [Entry] = [
        Entry("本年制发件数", ["本年制发", "制发", "制发件数"]),
        Entry("本年废止件数", ["本年废止", "废止", "废止件数"]),
        Entry("现行有效件数", ["现行有效", "有效", "有效件数"]),
    ]

    /// The sections of table 二: heading, the header of the number column(s), rows.
    public static let twoSections: [(heading: String, header: [String], rows: [TwoRow])] = [
        ("第二十条第（一）项", documentColumns.map(\.label), [.rules, .regulatory]),
        ("第二十条第（五）项", ["本年处理决定数量"], [.licensing]),
        ("第二十条第（六）项", ["本年处理决定数量"], [.penalty, .enforcement]),
        ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [.fees]),
    ]

    /// Names accepted for the single number of a one-number row written as a mapping.
    static let singleValueNames = ["本年处理决定数量", "处理决定数量", "数量", "本年收费金额", "收费金额", "金额", "本年收费金额（单位：万元）"]

    // MARK: Table 三

    /// The groups of 三、本年度办理结果 and the rows outside it.
    public enum ThreeGroup: Int, Sendable, CaseIterable {
        case received, carried, granted, partly, refused, unable, notProcessed, other, total, carriedOver

        /// The label of the group's cell; the rows of a group with sub-rows are numbered 1．…
        public var label: String {
            switch self {
            case .received: return "一、本年新收政府信息公开申请数量"
            case .carried: return "二、上年结转政府信息公开申请数量"
            case .granted: return "（一）予以公开"
            case .partly: return "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
            case .refused: return "（三）不予公开"
            case .unable: return "（四）无法提供"
            case .notProcessed: return "（五）不予处理"
            case .other: return "（六）其他处理"
            case .total: return "（七）总计"
            case .carriedOver: return "四、结转下年度继续办理"
            }
        }

        /// The group's name without its number, as editors prefix sub-rows (`不予公开1`).
        var shortName: String {
            switch self {
            case .refused: return "不予公开"
            case .unable: return "无法提供"
            case .notProcessed: return "不予处理"
            case .other: return "其他处理"
            default: return ""
            }
        }

        /// Part of 三、本年度办理结果.
        public var isResult: Bool { (ThreeGroup.granted.rawValue...ThreeGroup.total.rawValue).contains(rawValue) }
    }

    /// One row of table 三.
    public struct ThreeRow: Sendable, Hashable {
        public var group: ThreeGroup
        /// 1-based number inside a group with sub-rows; 0 for a row that is its group.
        public var number: Int
        public var entry: Entry

        /// The label printed in the form: the group's for a one-row group, `1．…` for a sub-row.
        public var label: String { number == 0 ? group.label : "\(number)．\(entry.label)" }
        /// The label in a message: `（三）不予公开 1．属于国家秘密`.
        public var fullLabel: String { number == 0 ? group.label : "\(group.label) \(label)" }
    }

    /// The 25 rows of table 三 in the order of the form.
    public static let threeRows: [ThreeRow] = {
        var rows: [ThreeRow] = []
        func row(_ group: ThreeGroup, _ label: String, _ names: [String]) {
            rows.append(ThreeRow(group: group, number: 0, entry: Entry(label, names)))
        }
        func subRows(_ group: ThreeGroup, _ items: [(String, [String])]) {
            for (offset, item) in items.enumerated() {
                let number = offset + 1
                rows.append(ThreeRow(group: group, number: number, entry: Entry(item.0, item.1 + ["\(group.shortName)\(number)"])))
            }
        }
        row(.received, "本年新收政府信息公开申请数量", ["一、本年新收政府信息公开申请数量", "本年新收", "新收", "本年新收申请", "本年新收申请数量"])
        row(.carried, "上年结转政府信息公开申请数量", ["二、上年结转政府信息公开申请数量", "上年结转", "上年结转申请", "上年结转申请数量"])
        row(.granted, "予以公开", ["（一）予以公开"])
        row(.partly, "部分公开", ["（二）部分公开", "部分公开（区分处理的，只计这一情形，不计其他情形）"])
        subRows(.refused, [
            ("属于国家秘密", ["国家秘密"]),
            ("其他法律行政法规禁止公开", ["法律行政法规禁止公开", "法律法规禁止公开"]),
            ("危及“三安全一稳定”", ["危及三安全一稳定", "三安全一稳定"]),
            ("保护第三方合法权益", ["第三方合法权益"]),
            ("属于三类内部事务信息", ["三类内部事务信息", "内部事务信息"]),
            ("属于四类过程性信息", ["四类过程性信息", "过程性信息"]),
            ("属于行政执法案卷", ["行政执法案卷"]),
            ("属于行政查询事项", ["行政查询事项"]),
        ])
        subRows(.unable, [
            ("本机关不掌握相关政府信息", ["本机关不掌握", "不掌握相关政府信息"]),
            ("没有现成信息需要另行制作", ["没有现成信息", "需要另行制作"]),
            ("补正后申请内容仍不明确", ["补正后仍不明确", "申请内容不明确"]),
        ])
        subRows(.notProcessed, [
            ("信访举报投诉类申请", ["信访举报投诉"]),
            ("重复申请", []),
            ("要求提供公开出版物", ["公开出版物"]),
            ("无正当理由大量反复申请", ["大量反复申请"]),
            ("要求行政机关确认或重新出具已获取信息", ["确认或重新出具已获取信息", "重新出具已获取信息"]),
        ])
        subRows(.other, [
            ("申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ["逾期不补正"]),
            ("申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", ["逾期未缴费", "逾期未缴纳费用", "逾期未按收费通知要求缴纳费用"]),
            ("其他", ["其他处理其他"]),
        ])
        row(.total, "总计", ["（七）总计", "办理结果总计", "七总计"])
        row(.carriedOver, "结转下年度继续办理", ["四、结转下年度继续办理", "结转下年度", "结转下年"])
        return rows
    }()

    /// Index in `threeRows` of a group's row `number`, or of its first row when `number` is 0.
    public static func threeRowIndex(_ group: ThreeGroup, number: Int = 0) -> Int {
        threeRows.firstIndex { $0.group == group && (number == 0 || $0.number == number) }!
    }

    /// The seven applicant columns of table 三; the last is 总计.
    public static let applicantColumns: [Entry] = [
        Entry("自然人", ["个人", "公民"]),
        Entry("商业企业", ["企业", "法人或其他组织商业企业"]),
        Entry("科研机构", ["法人或其他组织科研机构"]),
        Entry("社会公益组织", ["公益组织", "法人或其他组织社会公益组织"]),
        Entry("法律服务机构", ["法人或其他组织法律服务机构"]),
        Entry("其他", ["法人或其他组织其他", "其他组织"]),
        Entry("总计", ["合计"]),
    ]
    /// Index of the 总计 column of table 三.
    public static let threeTotalColumn = 6

    // MARK: Table 四

    /// The three groups of table 四.
    public static let fourGroups: [Entry] = [
        Entry("行政复议", ["复议"]),
        Entry("未经复议直接起诉", ["行政诉讼（未经复议直接起诉）", "行政诉讼未经复议直接起诉", "直接起诉", "行政诉讼直接起诉"]),
        Entry("复议后起诉", ["行政诉讼（复议后起诉）", "行政诉讼复议后起诉"]),
    ]

    /// The five columns of each group; the last is 总计.
    public static let fourColumns: [Entry] = [
        Entry("结果维持", ["维持"]),
        Entry("结果纠正", ["纠正"]),
        Entry("其他结果", ["其他"]),
        Entry("尚未审结", ["未审结"]),
        Entry("总计", ["合计"]),
    ]
    public static let fourTotalColumn = 4

    // MARK: Names

    /// A name as written, reduced for comparison: no spaces, quotes or brackets, no
    /// leading numbering (`一、` `（三）` `1．`), and only the part after a colon
    /// (`（三）不予公开：1.属于国家秘密` → `属于国家秘密`).
    static func normalized(_ name: String) -> String {
        var text = Substring(name)
        if let colon = text.lastIndex(where: { $0 == "：" || $0 == ":" }) {
            let after = text[text.index(after: colon)...]
            if after.contains(where: { !$0.isWhitespace }) { text = after }
        }
        var characters = Array(text.filter { !$0.isWhitespace && !"“”\"'‘’-—_/·".contains($0) })
        let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        var changed = true
        while changed {
            changed = false
            if characters.count > 2, numerals.contains(characters[0]), characters[1] == "、" {
                characters.removeFirst(2); changed = true
            } else if characters.count > 3, "（(".contains(characters[0]), numerals.contains(characters[1]), "）)".contains(characters[2]) {
                characters.removeFirst(3); changed = true
            } else if let first = characters.first, first.isASCII, first.isNumber, characters.count > 2, "．.、)）".contains(characters[1]) {
                characters.removeFirst(2); changed = true
            }
        }
        return String(characters).replacingOccurrences(of: "(", with: "（").replacingOccurrences(of: ")", with: "）")
    }

    /// Finds which entry a name means; otherwise `nil` with the index of the closest entry.
    static func match(_ name: String, in entries: [Entry]) -> (index: Int?, suggestion: Int?) {
        let wanted = normalized(name)
        for (index, entry) in entries.enumerated() where ([entry.label] + entry.names).contains(where: { normalized($0) == wanted }) {
            return (index, nil)
        }
        var candidates: [String] = []
        var owners: [Int] = []
        for (index, entry) in entries.enumerated() {
            for candidate in [entry.label] + entry.names {
                candidates.append(normalized(candidate))
                owners.append(index)
            }
        }
        let closest = ClosestMatch.closest(to: wanted, in: candidates)
        return (nil, closest.flatMap { candidates.firstIndex(of: $0) }.map { owners[$0] })
    }
}
