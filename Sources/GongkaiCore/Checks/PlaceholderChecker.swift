import Foundation

/// Warns while values written by `gongkai init` as `【请填写…】` placeholders are still there:
/// the agency's name, code and contact data, the footer's record numbers, and any
/// placeholder left in a document or page (the 公开指南 template has several).
struct PlaceholderChecker: Checker {
    let readsDocumentBodies = true
    func check(_ site: Site) -> [Diagnostic] {
        let config = site.config
        let fields: [(key: String, name: String, value: String)] = [
            ("title", "网站名称", config.title),
            ("agency.name", "机关名称", config.agency.name),
            ("agency.code", "机构代码（用于索引号）", config.agency.code),
            ("agency.address", "办公地址", config.agency.address),
            ("agency.phone", "联系电话", config.agency.phone),
            ("agency.fax", "传真", config.agency.fax),
            ("agency.office_hours", "办公时间", config.agency.officeHours),
            ("agency.email", "电子邮箱", config.agency.email),
            ("footer.sponsor", "主办单位", config.footer.sponsor),
            ("footer.operator", "承办单位", config.footer.operator),
            ("footer.site_code", "网站标识码", config.footer.siteCode),
            ("footer.icp", "ICP 备案号", config.footer.icp),
            ("footer.police_record", "公安备案号", config.footer.policeRecord),
            ("footer.contact", "联系方式", config.footer.contact),
            ("footer.conac_url", "党政机关网站标识链接", config.footer.conacURL),
            ("application.place", "依申请公开受理地点", config.application.place),
            ("application.recipient", "信函申请收件人", config.application.recipient),
            ("application.postcode", "邮政编码", config.application.postcode),
        ]
        var diagnostics: [Diagnostic] = []
        for field in fields where SiteInitializer.isPlaceholder(field.value) {
            diagnostics.append(.warning(
                "config.placeholder", "site.json 的 \(field.key)（\(field.name)）还是待填写的占位内容 \"\(field.value)\"",
                at: config.valuePositions[field.key] ?? SourcePosition(file: "site.json"), hint: "把 \(field.key) 改为本机关的实际信息"
            ))
        }
        let documents = site.documents + site.introductions
        for document in documents {
            for (key, value) in [(FrontMatterKey.title, document.title), (.indexNo, document.indexNumber ?? ""), (.publisher, document.publisher)]
            where SiteInitializer.isPlaceholder(value) {
                diagnostics.append(.warning("content.placeholder", "\(key.chineseName) 还是待填写的占位内容 \"\(value)\"", at: document.position(of: key)))
            }
            // Most bodies have no placeholder: a byte search rules them out before splitting lines.
            guard document.body.containsUTF8(SiteInitializer.placeholderMarker) else { continue }
            for (offset, line) in document.body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard let range = line.range(of: SiteInitializer.placeholderMarker) else { continue }
                let end = line[range.lowerBound...].firstIndex(of: "】").map { line.index(after: $0) } ?? line.endIndex
                diagnostics.append(Diagnostic(
                    file: document.sourcePath, line: document.bodyLine + offset, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1,
                    severity: .warning, id: "content.placeholder", message: "正文中还有待填写的占位内容 \"\(line[range.lowerBound..<end])\"",
                    hint: "改为实际内容"
                ))
            }
        }
        return diagnostics
    }
}
