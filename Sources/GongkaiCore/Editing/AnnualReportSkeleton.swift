/// The body of a new annual report (`gongkai new <年报栏目> --report 2025`): the six
/// sections of the 2021 format, each with a line on what it must contain, table 二's
/// 行政规范性文件 row counted from the site, tables 三 and 四 with every row at 0, and last
/// year's 结转下年度继续办理 already copied into 上年结转.
public struct AnnualReportSkeleton: Sendable {
    public var year: Int
    public var agency: String
    /// 本年制发, 本年废止, 现行有效 of 行政规范性文件 (`YearStatistics.regulatoryCounts`).
    public var regulatory: [Int]
    /// Last year's 四、结转下年度继续办理, seven numbers; nil when last year's report is not in the site.
    public var carriedOver: [Int]?
    /// Where last year's numbers came from, named in a comment.
    public var previousReport: String?
    /// The year's 主动公开 count, quoted in the guidance of 一、总体情况.
    public var proactiveCount: Int

    /// The skeleton for `year` on a loaded site.
    public init(site: Site, year: Int) {
        self.year = year
        agency = site.config.agency.name
        let statistics = YearStatistics(site: site, year: year)
        regulatory = statistics.regulatoryCounts
        proactiveCount = statistics.proactive.count
        let previous = site.documents.filter { $0.report?.year == year - 1 && $0.report?.three != nil }.min { $0.sourcePath < $1.sourcePath }
        carriedOver = previous.map { document in
            let three = document.report!.three!
            return AnnualReportForm.applicantColumns.indices.map { three.amount(.carriedOver, $0) }
        }
        previousReport = previous?.sourcePath
    }

    /// The report's title: `青山镇人民政府2025年政府信息公开工作年度报告`.
    public var title: String { "\(agency)\(year)年政府信息公开工作年度报告" }

    public var body: String {
        typealias Form = AnnualReportForm
        let zeros7 = "[0, 0, 0, 0, 0, 0, 0]"
        func list(_ numbers: [Int]) -> String { "[" + numbers.map(String.init).joined(separator: ", ") + "]" }
        var lines: [String] = []
        lines.append("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息公开办公室关于政府信息公开工作年度报告格式的要求编制。报告中所列数据的统计期限自\(year)年1月1日起至\(year)年12月31日止。如对本报告有疑问，请与【请填写联系部门、地址、电话】联系。")
        lines.append("")
        lines.append("## 一、总体情况")
        lines.append("")
        lines.append("【请填写：主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面的工作情况，数字与下面的表格一致；本年主动公开政府信息 \(proactiveCount) 条（gongkai stats --year \(year) 按栏目列出）】")
        lines.append("")
        lines.append("## 二、主动公开政府信息情况")
        lines.append("")
        lines.append("```年报表二")
        lines.append("# 各行的数字填本年度的实际数；没有的写 0。")
        lines.append("# “行政规范性文件”一行由 gongkai 按网站上的文档统计（本年制发、本年废止、现行有效）；写在这里的数字必须与网站一致。")
        lines.append("规章: [0, 0, 0]  # 本年制发件数、本年废止件数、现行有效件数")
        lines.append("行政规范性文件: \(list(regulatory))  # 由网站统计，gongkai stats --year \(year) 列出明细")
        lines.append("行政许可: 0  # 本年处理决定数量")
        lines.append("行政处罚: 0  # 本年处理决定数量")
        lines.append("行政强制: 0  # 本年处理决定数量")
        lines.append("行政事业性收费: 0  # 本年收费金额，单位：万元，最多两位小数")
        lines.append("```")
        lines.append("")
        lines.append("## 三、收到和处理政府信息公开申请情况")
        lines.append("")
        lines.append("```年报表三")
        lines.append("# 每行 7 个数字：自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计")
        lines.append("# 每一列：本年新收 + 上年结转 = 总计（七） + 结转下年度；总计列 = 前六列之和。gongkai 会逐项核对。")
        for row in Form.threeRows {
            let name = row.number == 0 ? row.entry.label : "\(row.group.shortName)\(row.number)"
            var line = "\(name): "
            if row.group == .carried, let carriedOver {
                line += list(carriedOver) + "  # 上年结转：取自 \(previousReport ?? "上年度报告") 的“结转下年度继续办理”"
            } else {
                line += zeros7
                if row.number > 0 { line += "  # \(row.entry.label)" }
                if row.group == .carried { line += "  # 上年结转：等于上年度报告的“结转下年度继续办理”" }
            }
            lines.append(line)
        }
        lines.append("```")
        lines.append("")
        lines.append("## 四、政府信息公开行政复议、行政诉讼情况")
        lines.append("")
        lines.append("```年报表四")
        lines.append("# 每行 5 个数字：结果维持, 结果纠正, 其他结果, 尚未审结, 总计")
        for group in Form.fourGroups {
            lines.append("\(group.label): [0, 0, 0, 0, 0]")
        }
        lines.append("```")
        lines.append("")
        lines.append("## 五、存在的主要问题及改进情况")
        lines.append("")
        lines.append("【请填写：上年度报告所提问题的整改情况、本年度存在的主要问题和下一步改进措施】")
        lines.append("")
        lines.append("## 六、其他需要报告的事项")
        lines.append("")
        lines.append("【请填写：依据《政府信息公开信息处理费管理办法》收取信息处理费的情况（未收取的写明“未收取信息处理费”），以及人大代表建议和政协委员提案办理结果公开等其他事项】")
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
