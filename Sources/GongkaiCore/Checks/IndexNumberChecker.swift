/// 索引号 that do not follow site.json `index_number.pattern` (a warning, SPEC §7), and a
/// pattern that cannot be used (an error at site.json). The pattern is the same
/// ``IndexNumberPattern`` that `gongkai new` assigns numbers with.
struct IndexNumberChecker: Checker {
    func check(_ site: Site) -> [Diagnostic] {
        let config = site.config
        let pattern: IndexNumberPattern
        do {
            pattern = try IndexNumberPattern(config.indexNumberPattern)
        } catch {
            return [.error("config.index-number-pattern", "site.json 的 index_number.pattern \"\(config.indexNumberPattern)\" 无法使用：\(error.message)",
                           at: SourcePosition(file: "site.json"),
                           hint: "可用的占位符：{code}（机构代码）、{year}（年份）、{serial:5}（5 位序号）；默认为 \(IndexNumberPattern.standard)")]
        }
        let code = config.agency.code
        let fast = IndexNumberFastMatch(pattern: pattern, code: code)
        return (site.documents + site.futureDocuments).compactMap { document in
            guard let number = document.indexNumber, fast?.fits(number) != true,
                  let problem = pattern.mismatch(in: number, code: code) else { return nil }
            let example = pattern.format(code: code, year: document.published.day.year, serial: 1)
            return .warning("index-no.pattern", "索引号 \"\(number.shortened())\" 不符合本站的索引号格式 \(pattern.source)：\(problem)",
                            at: document.valuePosition(of: .indexNo),
                            hint: "应写作如 \"\(example)\"（序号按年编排，gongkai new 会自动分配）；格式在 site.json 的 index_number.pattern 中设定")
        }
    }
}
