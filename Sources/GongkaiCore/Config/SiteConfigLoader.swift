/// Turns site.json bytes into a `SiteConfig`, with every problem as a diagnostic.
public enum SiteConfigLoader {
    static let file = "site.json"

    static let topKeys = [
        "title", "language", "base_url", "agency", "index_number", "footer", "catalog", "topics", "genres",
        "pagination", "interpretation_deadline_workdays", "publish_deadline_workdays", "search", "feeds",
        "external_link_notice", "theme", "unsafe_html", "holidays", "fresh_days", "list_columns", "policy_documents", "application",
        "consultations", "publicity",
    ]
    static let agencyKeys = ["name", "code", "address", "phone", "fax", "office_hours", "email"]
    static let footerKeys = ["sponsor", "operator", "site_code", "icp", "police_record", "contact", "conac_url", "portal_title", "portal_url", "interaction"]
    static let applicationKeys = ["place", "recipient", "address", "postcode", "online_url"]
    static let nodeKeys = ["id", "title", "kind", "column_type", "list_columns", "fresh_days", "children"]
    static let languages = ["zh-CN", "zh-TW", "zh-HK"]

    /// Parses and validates; the config is nil only when the file is not usable at all.
    ///
    /// `baseURL` is `--base-url`: it replaces site.json's `base_url`, and is reported here
    /// when it is not a usable address.
    ///
    /// `inherited` are top-level members from elsewhere (a site group's `shared` settings in
    /// group.json, with their own positions) that apply wherever site.json has no such key.
    public static func load(_ bytes: [UInt8], baseURL override: String? = nil, inherited: [JSONValue.Member] = []) -> (SiteConfig?, [Diagnostic]) {
        var root: JSONValue
        do {
            root = try JSONParser.parse(bytes, file: file)
        } catch {
            return (nil, [.error("config.syntax", "site.json 语法错误：\(error.message)", at: error.position)])
        }
        if case .object(let members, let position) = root, !inherited.isEmpty {
            let own = Set(members.map(\.key))
            root = .object(members + inherited.filter { !own.contains($0.key) }, position)
        }
        var diagnostics: [Diagnostic] = []
        guard var reader = JSONObjectReader(root, context: "site.json", diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        var config = SiteConfig()
        reader.string("title", into: &config.title)
        config.notePosition(of: reader.value("title"), as: "title")
        reader.string("language", into: &config.language)
        if let value = reader.value("language"), !languages.contains(config.language) {
            diagnostics.append(.error("config.language", "language \"\(config.language)\" 不受支持", at: value.position, hint: "可用：\(languages.joined(separator: "、"))"))
            config.language = "zh-CN"
        }
        if let value = reader.value("base_url") {
            if case .string(let text, _) = value {
                if let urls = URLBuilder(baseURL: text) {
                    config.urls = urls
                } else {
                    diagnostics.append(.error("config.base-url", "base_url \"\(text)\" 不是有效的网址", at: value.position, hint: "例如 https://www.example.gov.cn/xxgk/ 或 /xxgk/"))
                }
            } else {
                reader.typeError("base_url", "字符串", value)
            }
        }
        if let override {
            if let urls = URLBuilder(baseURL: override) {
                config.urls = urls
            } else {
                diagnostics.append(.error("config.base-url", "--base-url \"\(override)\" 不是有效的网址", at: SourcePosition(file: file), hint: "例如 https://www.example.gov.cn/xxgk/ 或 /xxgk/"))
            }
        }
        if let value = reader.value("agency"), var agency = JSONObjectReader(value, context: "agency", diagnostics: &diagnostics) {
            agency.string("name", into: &config.agency.name)
            agency.string("code", into: &config.agency.code)
            agency.string("address", into: &config.agency.address)
            agency.string("phone", into: &config.agency.phone)
            agency.string("fax", into: &config.agency.fax)
            agency.string("office_hours", into: &config.agency.officeHours)
            agency.string("email", into: &config.agency.email)
            for key in agencyKeys { config.notePosition(of: agency.value(key), as: "agency." + key) }
            diagnostics += agency.finish(known: agencyKeys)
        }
        if let value = reader.value("index_number"), var indexNumber = JSONObjectReader(value, context: "index_number", diagnostics: &diagnostics) {
            if let value = indexNumber.value("pattern") {
                if case .string(let text, let position) = value {
                    config.indexNumberPattern = loadIndexNumberPattern(text, at: position, diagnostics: &diagnostics)
                } else {
                    indexNumber.typeError("pattern", "字符串", value)
                }
            }
            diagnostics += indexNumber.finish(known: ["pattern"])
        }
        if let value = reader.value("footer") {
            loadFooter(value, into: &config, diagnostics: &diagnostics)
        }
        if let value = reader.value("application"), var application = JSONObjectReader(value, context: "application", diagnostics: &diagnostics) {
            application.string("place", into: &config.application.place)
            application.string("recipient", into: &config.application.recipient)
            application.string("address", into: &config.application.address)
            application.string("postcode", into: &config.application.postcode)
            application.string("online_url", into: &config.application.onlineURL)
            for key in applicationKeys { config.notePosition(of: application.value(key), as: "application." + key) }
            diagnostics += application.finish(known: applicationKeys)
        }
        if let value = reader.value("catalog") {
            if case .array(let items, _) = value {
                var seenPaths: [String: SourcePosition] = [:]
                for item in items {
                    loadNode(item, parent: nil, into: &config.catalog, seenPaths: &seenPaths, diagnostics: &diagnostics)
                }
            } else {
                reader.typeError("catalog", "列表 […]", value)
            }
        }
        if config.catalog.nodes.isEmpty {
            diagnostics.append(.error("config.catalog-empty", "site.json 没有公开目录（catalog）", at: SourcePosition(file: file), hint: "至少需要一个栏目，例如 { \"id\": \"gzdt\", \"title\": \"工作动态\" }"))
        }
        if let value = reader.value("topics") {
            config.topics = loadTopics(value, diagnostics: &diagnostics)
        }
        if let value = reader.value("genres") {
            config.genres = loadGenres(value, diagnostics: &diagnostics)
        }
        reader.positiveInt("pagination", into: &config.pagination)
        reader.positiveInt("fresh_days", into: &config.homeFreshDays, allowZero: true)
        if let value = reader.value("list_columns") { config.listColumns = listColumns(value, diagnostics: &diagnostics) ?? config.listColumns }
        if let value = reader.value("fresh_days") { config.valuePositions["fresh_days"] = value.position }
        reader.positiveInt("interpretation_deadline_workdays", into: &config.interpretationDeadlineWorkdays, allowZero: true)
        reader.positiveInt("publish_deadline_workdays", into: &config.publishDeadlineWorkdays, allowZero: true)
        reader.bool("search", into: &config.search)
        reader.bool("feeds", into: &config.feeds)
        reader.bool("external_link_notice", into: &config.externalLinkNotice)
        reader.string("theme", into: &config.theme)
        reader.bool("unsafe_html", into: &config.unsafeHTML)
        if let value = reader.value("holidays") {
            if case .array(let items, _) = value {
                var entries: [String] = []
                var positions: [SourcePosition] = []
                for item in items {
                    if case .string(let s, let p) = item {
                        entries.append(s)
                        positions.append(p)
                    } else {
                        diagnostics.append(.error("config.type", "holidays 的每一项应为日期字符串，如 \"2024-10-01\" 或调休 \"+2024-10-12\"", at: item.position))
                    }
                }
                config.workdayCalendar = loadHolidays(entries, at: positions, diagnostics: &diagnostics)
            } else {
                reader.typeError("holidays", "列表 […]", value)
            }
        }
        if let value = reader.value("policy_documents") {
            config.policyDocuments = loadPolicyDocuments(value, catalog: config.catalog, diagnostics: &diagnostics)
        }
        if let value = reader.value("consultations") { config.consultations = loadConsultations(value, diagnostics: &diagnostics) }
        if let value = reader.value("publicity") { config.publicity = loadPublicity(value, diagnostics: &diagnostics) }
        diagnostics += reader.finish(known: topKeys)
        return (config, diagnostics)
    }

    /// `footer`: the chrome every page's foot carries (site.json, and a group's portal in group.json).
    static func loadFooter(_ value: JSONValue, into config: inout SiteConfig, diagnostics: inout [Diagnostic]) {
        guard var footer = JSONObjectReader(value, context: "footer", diagnostics: &diagnostics) else { return }
        footer.string("sponsor", into: &config.footer.sponsor)
        footer.string("operator", into: &config.footer.operator)
        footer.string("site_code", into: &config.footer.siteCode)
        footer.string("icp", into: &config.footer.icp)
        footer.string("police_record", into: &config.footer.policeRecord)
        footer.string("contact", into: &config.footer.contact)
        footer.string("conac_url", into: &config.footer.conacURL)
        footer.string("portal_title", into: &config.footer.portalTitle)
        footer.string("portal_url", into: &config.footer.portalURL)
        if let links = footer.value("interaction") {
            config.footer.interaction = loadLinks(links, diagnostics: &diagnostics)
        }
        for key in footerKeys { config.notePosition(of: footer.value(key), as: "footer." + key) }
        diagnostics += footer.finish(known: footerKeys)
    }

    private static func loadNode(_ value: JSONValue, parent: Int?, into catalog: inout Catalog, seenPaths: inout [String: SourcePosition], diagnostics: inout [Diagnostic]) {
        guard var reader = JSONObjectReader(value, context: "栏目", diagnostics: &diagnostics) else { return }
        var id = ""
        var title = ""
        var kindName = CatalogNode.Kind.list.rawValue
        var freshDays = 0
        reader.string("id", into: &id)
        reader.string("title", into: &title)
        reader.string("kind", into: &kindName)
        let hasFresh = reader.value("fresh_days") != nil
        reader.positiveInt("fresh_days", into: &freshDays, allowZero: true)
        var typeName = ""
        reader.string("column_type", into: &typeName)
        let typeValue = reader.value("column_type")
        let columns = reader.value("list_columns").flatMap { listColumns($0, diagnostics: &diagnostics) }
        let childrenValue = reader.value("children")
        diagnostics += reader.finish(known: nodeKeys)

        let position = value.position
        if id.isEmpty {
            diagnostics.append(.error("config.node-id", "栏目缺少 id", at: position, hint: "id 是栏目的英文文件夹名，如 \"gzdt\""))
            return
        }
        if !id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
            diagnostics.append(.error("config.node-id", "栏目 id \"\(id)\" 只能包含英文字母、数字、- 和 _", at: position))
            return
        }
        if title.isEmpty {
            diagnostics.append(.error("config.node-title", "栏目 \"\(id)\" 缺少 title（栏目名称）", at: position))
        }
        let kind = CatalogNode.Kind(rawValue: kindName) ?? {
            diagnostics.append(.error("config.node-kind", "栏目 \"\(id)\" 的 kind \"\(kindName)\" 无效", at: position, hint: "可用：list、page、interpretations、reports、application、consultations"))
            return .list
        }()
        var columnType: ColumnType?
        if let typeValue, !typeName.isEmpty {
            columnType = ColumnType(rawValue: typeName)
            if columnType == nil {
                let names = ColumnType.allCases.map(\.rawValue)
                let suggestion = ClosestMatch.closest(to: typeName, in: names).map { "是否应为 \"\($0)\"？" } ?? ""
                diagnostics.append(.error("config.column-type", "栏目 \"\(id)\" 的 column_type \"\(typeName)\" 无效", at: typeValue.position,
                                          hint: suggestion + "可用：" + names.joined(separator: "、")))
            }
        }
        let parentPath = parent.map { catalog.nodes[$0].path + "/" } ?? ""
        if let first = seenPaths[parentPath + id] {
            diagnostics.append(.error("config.node-duplicate", "栏目路径 \"\(parentPath + id)\" 重复（另见 site.json:\(first.line)）", at: position))
            return
        }
        seenPaths[parentPath + id] = position
        let index = catalog.add(id: id, title: title, kind: kind, columnType: columnType, listColumns: columns, freshDays: hasFresh ? freshDays : nil, parent: parent, position: position)
        if let childrenValue {
            if case .array(let items, _) = childrenValue {
                for item in items {
                    loadNode(item, parent: index, into: &catalog, seenPaths: &seenPaths, diagnostics: &diagnostics)
                }
            } else {
                diagnostics.append(.error("config.type", "栏目 \"\(id)\" 的 children 应为列表 […]", at: childrenValue.position))
            }
        }
    }

    /// `list_columns`: a list of column names; nil (with errors) when it is not one.
    private static func listColumns(_ value: JSONValue, diagnostics: inout [Diagnostic]) -> Set<ListColumn>? {
        guard case .array(let items, _) = value else {
            diagnostics.append(.error("config.type", "list_columns 应为列表 […]，如 [\"索引号\", \"文号\", \"发布日期\"]", at: value.position))
            return nil
        }
        var columns: Set<ListColumn> = []
        let names = ListColumn.allCases.map(\.rawValue)
        for item in items {
            if case .string(let name, _) = item, let column = ListColumn(rawValue: name) {
                columns.insert(column)
            } else {
                let written: String = { if case .string(let s, _) = item { return s } else { return "" } }()
                let suggestion = ClosestMatch.closest(to: written, in: names).map { "是否应为 \"\($0)\"？" } ?? ""
                diagnostics.append(.error("config.list-column", "list_columns 中的 \"\(written)\" 不是目录的一列", at: item.position,
                                          hint: suggestion + "可用：" + names.joined(separator: "、") + "（序号和名称总是显示）"))
            }
        }
        return columns
    }

    /// `index_number.pattern`, parsed; the standard pattern, and an error at the value, when it cannot be used.
    private static func loadIndexNumberPattern(_ text: String, at position: SourcePosition, diagnostics: inout [Diagnostic]) -> IndexNumberPattern {
        do {
            return try IndexNumberPattern(text)
        } catch {
            diagnostics.append(.error("config.index-number-pattern", "site.json 的 index_number.pattern \"\(text)\" 无法使用：\(error.message)",
                                      at: position,
                                      hint: "可用的占位符：{code}（机构代码）、{year}（年份）、{serial:5}（5 位序号）；默认为 \(IndexNumberPattern.standard)"))
            return IndexNumberPattern.standardPattern
        }
    }

    /// The working-day calendar of the `holidays` entries it can use, with an error at each
    /// entry that is not a date or contradicts an earlier one (README “site.json 导览”).
    private static func loadHolidays(_ entries: [String], at positions: [SourcePosition], diagnostics: inout [Diagnostic]) -> WorkdayCalendar {
        let (calendar, errors) = WorkdayCalendar.parsing(holidays: entries, over: .official)
        for error in errors {
            let hint: String
            switch error.reason {
            case .malformed, .nonexistentDate:
                hint = "节假日写作 \"2024-10-01\"，调休上班日在前面加 +，写作 \"+2024-10-12\""
            case .conflictsWithEntry:
                hint = "删去其中一项：节假日不加 +，调休上班日加 +"
            }
            diagnostics.append(.error("config.holidays", error.message, at: positions[error.index], hint: hint))
        }
        return calendar
    }

    private static func loadTopics(_ value: JSONValue, diagnostics: inout [Diagnostic]) -> TopicTable {
        switch value {
        case .string("default", _):
            return .standard
        case .array(let items, _):
            var classes: [TopicTable.TopicClass] = []
            for item in items {
                switch item {
                case .string(let name, _):
                    classes.append(.init(name: name, children: []))
                case .object:
                    guard var reader = JSONObjectReader(item, context: "主题分类", diagnostics: &diagnostics) else { continue }
                    var name = ""
                    reader.string("name", into: &name)
                    var children: [String] = []
                    if let list = reader.value("children") {
                        if case .array(let names, _) = list {
                            for child in names {
                                if case .string(let s, _) = child { children.append(s) } else {
                                    diagnostics.append(.error("config.type", "主题分类的子类应为字符串", at: child.position))
                                }
                            }
                        } else {
                            reader.typeError("children", "列表 […]", list)
                        }
                    }
                    diagnostics += reader.finish(known: ["name", "children"])
                    if name.isEmpty {
                        diagnostics.append(.error("config.topic", "主题分类缺少 name", at: item.position))
                    } else {
                        classes.append(.init(name: name, children: children))
                    }
                default:
                    diagnostics.append(.error("config.type", "topics 的每一项应为分类名称或 {\"name\", \"children\"}", at: item.position))
                }
            }
            return TopicTable(classes: classes, acceptsAnySubclass: false)
        default:
            diagnostics.append(.error("config.type", "topics 应为 \"default\" 或列表 […]", at: value.position))
            return .standard
        }
    }

    /// `[{"title": "领导信箱", "url": "https://…"}, …]`.
    private static func loadLinks(_ value: JSONValue, diagnostics: inout [Diagnostic]) -> [SiteConfig.Link] {
        guard case .array(let items, _) = value else {
            diagnostics.append(.error("config.type", "footer.interaction 应为列表 [{\"title\": …, \"url\": …}]", at: value.position))
            return []
        }
        return items.compactMap { item in
            guard var reader = JSONObjectReader(item, context: "互动链接", diagnostics: &diagnostics) else { return nil }
            var title = ""
            var url = ""
            reader.string("title", into: &title)
            reader.string("url", into: &url)
            diagnostics += reader.finish(known: ["title", "url"])
            guard !title.isEmpty, !url.isEmpty else {
                diagnostics.append(.error("config.type", "互动链接需要 title（名称）和 url（网址）", at: item.position, hint: "例如 {\"title\": \"领导信箱\", \"url\": \"https://www.example.gov.cn/ldxx/\"}"))
                return nil
            }
            return SiteConfig.Link(title: title, url: url)
        }
    }

    private static func loadGenres(_ value: JSONValue, diagnostics: inout [Diagnostic]) -> [String] {
        switch value {
        case .string("default", _):
            return Genres.standard
        case .array(let items, _):
            return items.compactMap { item in
                if case .string(let s, _) = item { return s }
                diagnostics.append(.error("config.type", "genres 的每一项应为字符串", at: item.position))
                return nil
            }
        default:
            diagnostics.append(.error("config.type", "genres 应为 \"default\" 或名称列表 […]", at: value.position))
            return Genres.standard
        }
    }
}

extension SiteConfig {
    /// Records where a string value's text starts (one column after its quote).
    fileprivate mutating func notePosition(of value: JSONValue?, as key: String) {
        guard let value, case .string = value else { return }
        var position = value.position
        position.column += 1
        valuePositions[key] = position
    }
}
