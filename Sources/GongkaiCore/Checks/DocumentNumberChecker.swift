/// 文号 (发文字号) not in `机关代字〔YYYY〕N号` form (a warning, README “检查项目”).
struct DocumentNumberChecker: Checker {
    let readsDocumentBodies = false
    let format = DocumentNumberFormat()

    func check(_ site: Site) -> [Diagnostic] {
        (site.documents + site.futureDocuments).compactMap { document in
            guard let number = document.docNumber,
                  let problem = format.check(number, fallbackYear: document.written.day.year) else { return nil }
            let message = number.count > 40 ? problem.message.replacingOccurrences(of: number, with: number.shortened()) : problem.message
            return .warning("doc-no.format", message, at: document.valuePosition(of: .docNo),
                            hint: problem.hint ?? "文号的标准写法如 \"青政办〔2024〕3号\"：年份用六角括号〔〕，序号不加“第”、不编虚位")
        }
    }
}
