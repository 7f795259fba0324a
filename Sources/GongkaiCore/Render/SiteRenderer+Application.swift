/// The 依申请公开 node: the page with every channel from site.json and the rules of
/// 条例 第二十九–三十三条, the printable 申请表 (A4) and the same form as a .docx.
extension SiteRenderer {
    func renderApplication(_ index: Int) -> PageOutput {
        let node = site.catalog.nodes[index]
        let urls = site.urls
        let path = URLBuilder.nodePath(node.path)
        let formPath = URLBuilder.applicationFormPath(node.path)
        let docxPath = URLBuilder.applicationFormDocxPath(node.path)
        var diagnostics: [Diagnostic] = []
        var values: TemplateObject = [
            "node": ["title": .text(node.title), "kind": .text(node.kind.rawValue)],
            "channels": .list(Self.channels(site.config).map { channel in
                ["name": .text(channel.name), "lines": .list(channel.lines.map { line in
                    ["label": .text(line.label), "value": .text(line.value), "href": .text(line.href)]
                })]
            }),
            "formHref": .text(urls.href(formPath)),
            "docxHref": .text(urls.href(docxPath)),
            "breadcrumbs": context.breadcrumbs(node: index),
            "catalogTreeHTML": catalogTree(current: index),
        ]
        var introduction: Document?
        var search: (file: OutputFile, terms: (document: Int, terms: SearchIndexBuilder.Collected))?
        if let intro = site.nodeIntroductions[index] {
            let (html, rendered, found) = bodies.render(intro)
            search = pageSearch(index, intro, text: rendered.plainTextBytes)
            diagnostics += found
            values["introduction"] = .utf8(html)
            values = values.merging(singlePageFacts(intro))
            introduction = intro
        }
        let root = site.catalog.ancestry(of: index).first.flatMap { site.catalog.index(ofPath: $0.path) }
        let common = context.common(pageTitle: node.title, columnName: node.title, currentRoot: root, outputPath: path,
                                    pubDate: introduction.flatMap { $0.keyPositions[.published] == nil ? nil : $0.published.metaString },
                                    description: introduction?.summary ?? context.columnDescription(index), column: index)
        let forms = ApplicationForm.standard(agency: site.config.agency.name.isEmpty ? site.config.title : site.config.agency.name)
        let formTitle = theme.labels["application_form"] ?? "政府信息公开申请表"
        let formCommon = context.common(pageTitle: formTitle, columnName: node.title, currentRoot: root, outputPath: formPath,
                                        description: formTitle + "（" + forms.map(\.applicant).joined(separator: "、") + "）")
        let formPage = page("application-form", path: formPath, [
            "forms": .list(forms.map(Self.formValue)),
            "docxHref": .text(urls.href(docxPath)),
            "breadcrumbs": context.breadcrumbs(node: index, extra: formTitle),
        ], common: formCommon)
        var files = [
            page("application", path: path, values, common: common),
            formPage,
            OutputFile(path: docxPath, contents: .bytes(ApplicationFormDocx(forms: forms).bytes())),
        ]
        guard let search else { return PageOutput(files: files, diagnostics: diagnostics) }
        files.append(search.file)
        return PageOutput(files: files, diagnostics: diagnostics, searchTerms: search.terms)
    }

    /// The 发布日期 and attachments of a single page's `_index.md`.
    func singlePageFacts(_ intro: Document) -> TemplateObject {
        var facts: TemplateObject = [:]
        if intro.keyPositions[.published] != nil { facts["pagePublished"] = .text(intro.published.day.chinese) }
        facts["pageAttachments"] = .list(intro.attachments.map { a in
            ["title": .text(a.title), "href": .text(site.urls.href(a.outputPath)), "type": .text(Format.fileType(a.outputPath)), "size": .text(Format.size(a.byteCount))]
        })
        return facts
    }

    private static func formValue(_ form: ApplicationForm) -> TemplateValue {
        [
            "title": .text(form.title), "applicant": .text(form.applicant), "agency": .text(form.agency), "note": .text(form.note),
            "sections": .list(form.sections.map { section in
                ["title": .text(section.title), "fields": .list(section.fields.map { field in
                    ["label": .text(field.label), "choices": .list(field.choices.map { .text($0) }),
                     "long": .bool(field.lines > 1)]
                })]
            }),
        ]
    }

    /// One way to hand in an application, with what a reader needs to use it.
    struct Channel: Equatable {
        struct Line: Equatable {
            var label: String
            var value: String
            var href: String?
        }
        var name: String
        var lines: [Line]
    }

    /// The channels site.json describes, in the order of 条例 第二十九条 (当面, 信函, 数据电文):
    /// a channel without its essential fact (an address, an e-mail address, a fax number, a URL) is left out.
    static func channels(_ config: SiteConfig) -> [Channel] {
        let agency = config.agency
        let application = config.application
        var channels: [Channel] = []
        func lines(_ pairs: [(String, String, String?)]) -> [Channel.Line] {
            pairs.filter { !$0.1.isEmpty }.map { Channel.Line(label: $0.0, value: $0.1, href: $0.2) }
        }
        if !agency.address.isEmpty || !application.place.isEmpty {
            channels.append(Channel(name: "当面申请", lines: lines([
                ("受理地点", application.place, nil), ("地址", agency.address, nil),
                ("办公时间", agency.officeHours, nil), ("咨询电话", agency.phone, nil),
            ])))
        }
        let letterAddress = application.address.isEmpty ? agency.address : application.address
        if !letterAddress.isEmpty {
            channels.append(Channel(name: "信函申请", lines: lines([
                ("收件人", application.recipient.isEmpty ? agency.name : application.recipient, nil),
                ("地址", letterAddress, nil), ("邮政编码", application.postcode, nil),
                ("说明", "请在信封左下角注明“政府信息公开申请”字样。", nil),
            ])))
        }
        if !agency.email.isEmpty {
            channels.append(Channel(name: "电子邮件申请", lines: lines([
                ("电子邮箱", agency.email, "mailto:" + agency.email),
                ("说明", "请将填写完整的申请表及身份证明扫描件作为附件发送，邮件主题注明“政府信息公开申请”。", nil),
            ])))
        }
        if !agency.fax.isEmpty {
            channels.append(Channel(name: "传真申请", lines: lines([
                ("传真号码", agency.fax, nil), ("说明", "请在传真首页注明“政府信息公开申请”字样。", nil),
            ])))
        }
        if !application.onlineURL.isEmpty {
            channels.append(Channel(name: "网上申请", lines: lines([("申请系统", application.onlineURL, application.onlineURL)])))
        }
        return channels
    }
}
