/// 依申请公开 as an inspector checks it (条例 第二十七–二十九条, 政府网站与政务新媒体检查指标):
/// the catalog has a 依申请公开 page, and that page names every channel a reader needs —
/// an address and hours to hand in an application, a postal address with its 邮编 and 收件人,
/// an e-mail address and a fax number. Warnings, at the node (or the catalog) in site.json.
struct ApplicationChecker: Checker {
    let readsDocumentBodies = false
    func check(_ site: Site) -> [Diagnostic] {
        let nodes = site.catalog.nodes.filter { $0.kind == .application }
        guard let node = nodes.first else {
            return [.warning("application.missing", "公开目录中没有“依申请公开”栏目", at: SourcePosition(file: "site.json"),
                             hint: "在 site.json 的 catalog 中加入 { \"id\": \"ysqgk\", \"title\": \"依申请公开\", \"kind\": \"application\" }，申请渠道和申请表由 gongkai 生成")]
        }
        let missing = Self.missingFacts(site.config)
        guard !missing.isEmpty else { return [] }
        return [.warning("application.incomplete", "“\(node.title)”缺少申请渠道信息：\(missing.joined(separator: "、"))", at: node.position,
                         hint: "在 site.json 的 agency（address、office_hours、email、fax）和 application（recipient、postcode、online_url）中填写；没有的渠道可以不写，但当面和信函渠道必须有")]
    }

    /// What a reader cannot find on the page, in Chinese, in the order of the channels.
    static func missingFacts(_ config: SiteConfig) -> [String] {
        let agency = config.agency
        let application = config.application
        var missing: [String] = []
        if agency.address.isEmpty && application.address.isEmpty { missing.append("受理地址（agency.address）") }
        if agency.officeHours.isEmpty { missing.append("办公时间（agency.office_hours）") }
        if application.postcode.isEmpty { missing.append("邮政编码（application.postcode）") }
        if agency.email.isEmpty && application.onlineURL.isEmpty { missing.append("电子邮箱或网上申请（agency.email、application.online_url）") }
        if agency.phone.isEmpty { missing.append("咨询电话（agency.phone）") }
        return missing
    }
}
