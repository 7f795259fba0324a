/// The footer an inspector looks for (国办发〔2017〕47号, 政府网站与政务新媒体检查指标): the
/// 网站标识码 (it also builds 我为政府网站找错), the 党政机关网站标识, the ICP and 公安 备案 numbers
/// and the 主办单位. One warning listing what site.json's `footer` lacks.
struct FooterChecker: Checker {
    let readsDocumentBodies = false
    func check(_ site: Site) -> [Diagnostic] {
        let footer = site.config.footer
        let required: [(String, String)] = [
            ("网站标识码（footer.site_code，也用于“我为政府网站找错”）", footer.siteCode),
            ("党政机关网站标识链接（footer.conac_url）", footer.conacURL),
            ("ICP 备案号（footer.icp）", footer.icp),
            ("公安备案号（footer.police_record）", footer.policeRecord),
            ("主办单位（footer.sponsor）", footer.sponsor),
        ]
        let missing = required.filter { $0.1.isEmpty }.map(\.0)
        guard !missing.isEmpty else { return [] }
        return [.warning("footer.incomplete", "网站页脚缺少：\(missing.joined(separator: "、"))", at: SourcePosition(file: "site.json"),
                         hint: "在 site.json 的 footer 中填写；这些是政府网站检查的必查项")]
    }
}
