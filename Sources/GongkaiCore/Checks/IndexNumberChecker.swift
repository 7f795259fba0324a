/// 索引号 that do not follow site.json `index_number.pattern` (a warning, README “检查项目”). The
/// pattern is the one `SiteConfigLoader` parsed (and reported, when unusable), the same
/// ``IndexNumberPattern`` that `gongkai new` assigns numbers with.
struct IndexNumberChecker: Checker {
    let readsDocumentBodies = false
    func check(_ site: Site) -> [Diagnostic] {
        let pattern = site.config.indexNumberPattern
        let code = site.config.agency.code
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
