/// 联系我们 and 网站声明: the two pages every government site's footer links to, made from site.json.
extension SiteRenderer {
    func renderInfoPages() -> [OutputFile] {
        let labels = theme.labels
        let config = site.config
        let agency = config.agency
        func item(_ key: String, _ value: String, href: String? = nil) -> TemplateValue? {
            value.isEmpty ? nil : ["label": .text(labels[key] ?? key), "value": .text(value), "href": .text(href)]
        }
        let contactTitle = labels["contact_us"] ?? "联系我们"
        let letterAddress = config.application.address.isEmpty ? agency.address : config.application.address
        let items: [TemplateValue] = [
            item("agency_name", agency.name), item("sponsor", config.footer.sponsor), item("operator", config.footer.operator),
            item("address", agency.address), item("agency_postcode", letterAddress == agency.address ? config.application.postcode : ""),
            item("office_hours", agency.officeHours), item("phone", agency.phone.isEmpty ? config.footer.contact : agency.phone),
            item("fax", agency.fax), item("email", agency.email, href: agency.email.isEmpty ? nil : "mailto:" + agency.email),
        ].compactMap { $0 }
        let contact = page("contact", path: URLBuilder.contactPath, [
            "items": .list(items),
            "breadcrumbs": context.breadcrumbs([(contactTitle, nil)]),
        ], common: context.common(pageTitle: contactTitle, columnName: contactTitle, currentRoot: nil, outputPath: URLBuilder.contactPath,
                                  description: "\(config.title)的主办单位、办公地址、办公时间和联系方式。"))
        let statementTitle = labels["statement"] ?? "网站声明"
        let statement = page("statement", path: URLBuilder.statementPath, [
            "owner": .text(config.footer.sponsor.isEmpty ? agency.name : config.footer.sponsor),
            "breadcrumbs": context.breadcrumbs([(statementTitle, nil)]),
        ], common: context.common(pageTitle: statementTitle, columnName: statementTitle, currentRoot: nil, outputPath: URLBuilder.statementPath,
                                  description: "\(config.title)的版权、隐私、链接和免责声明。"))
        return [contact, statement]
    }
}
