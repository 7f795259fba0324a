/// Turns group.json bytes into a `GroupConfig`, with every problem as a diagnostic at its
/// position, read with the same JSON reader as site.json (unknown keys are errors).
public enum GroupConfigLoader {
    public static let file = "group.json"

    static let topKeys = ["title", "base_url", "footer", "shared", "members"]
    static let memberKeys = ["id", "title", "kind", "path"]
    /// The site.json keys a group may set for all its members.
    static let sharedKeys = [
        "language", "theme", "holidays", "interpretation_deadline_workdays", "publish_deadline_workdays", "search", "feeds",
        "topics", "genres", "pagination", "fresh_days", "list_columns", "external_link_notice", "index_number", "unsafe_html",
    ]
    /// Member ids the portal's own files use.
    static let reservedIDs: Set<String> = ["assets", "search"]

    /// Parses and validates; the config is nil only when the file is not usable at all.
    /// `baseURL` is `--base-url`: it replaces group.json's `base_url`.
    public static func load(_ bytes: [UInt8], baseURL override: String? = nil) -> (GroupConfig?, [Diagnostic]) {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes, file: file)
        } catch {
            return (nil, [.error("group.syntax", "group.json 语法错误：\(error.message)", at: error.position)])
        }
        var diagnostics: [Diagnostic] = []
        guard var reader = JSONObjectReader(root, context: "group.json", diagnostics: &diagnostics) else { return (nil, diagnostics) }
        var config = GroupConfig()
        reader.string("title", into: &config.title)
        if config.title.isEmpty {
            diagnostics.append(.error("group.field", "group.json 缺少 title（平台名称）", at: reader.value("title")?.position ?? root.position,
                                      hint: "例如 \"title\": \"青山县政府信息公开平台\""))
        }
        if let value = reader.value("base_url") {
            if case .string(let text, _) = value {
                if let urls = URLBuilder(baseURL: text) { config.urls = urls } else {
                    diagnostics.append(.error("config.base-url", "base_url \"\(text)\" 不是有效的网址", at: value.position, hint: "例如 https://www.example.gov.cn/xxgk/ 或 /xxgk/"))
                }
            } else {
                reader.typeError("base_url", "字符串", value)
            }
        }
        if let override {
            if let urls = URLBuilder(baseURL: override) { config.urls = urls } else {
                diagnostics.append(.error("config.base-url", "--base-url \"\(override)\" 不是有效的网址", at: SourcePosition(file: file), hint: "例如 https://www.example.gov.cn/xxgk/ 或 /xxgk/"))
            }
        }
        if let value = reader.value("footer") {
            var portal = SiteConfig()
            SiteConfigLoader.loadFooter(value, into: &portal, diagnostics: &diagnostics)
            config.footer = portal.footer
        }
        if let value = reader.value("shared") {
            loadShared(value, into: &config, diagnostics: &diagnostics)
        }
        if let value = reader.value("members") {
            if case .array(let items, _) = value {
                var seen: [String: GroupMember] = [:]
                for item in items {
                    guard let member = loadMember(item, diagnostics: &diagnostics) else { continue }
                    if let first = seen[member.id] {
                        diagnostics.append(.error("group.member-duplicate", "成员 id \"\(member.id)\" 重复：“\(first.title)”（group.json:\(first.idPosition.line)）与“\(member.title)”",
                                                  at: member.idPosition, hint: "id 是成员在平台中的网址段，每个成员必须不同"))
                        continue
                    }
                    seen[member.id] = member
                    config.members.append(member)
                }
            } else {
                reader.typeError("members", "列表 […]", value)
            }
        }
        if config.members.isEmpty && !diagnostics.hasErrors {
            diagnostics.append(.error("group.members-empty", "group.json 没有成员（members）", at: reader.value("members")?.position ?? root.position,
                                      hint: "例如 {\"id\": \"xzf\", \"title\": \"青山县人民政府\", \"kind\": \"政府\", \"path\": \"members/xzf\"}"))
        }
        diagnostics += reader.finish(known: topKeys)
        return (config, diagnostics)
    }

    /// `shared`: only the keys members may inherit; their values are checked once here, the way
    /// site.json checks them, and the errors point into group.json.
    private static func loadShared(_ value: JSONValue, into config: inout GroupConfig, diagnostics: inout [Diagnostic]) {
        guard var shared = JSONObjectReader(value, context: "shared", diagnostics: &diagnostics),
              case .object(let members, _) = value else { return }
        let known = members.filter { sharedKeys.contains($0.key) }
        for key in sharedKeys { _ = shared.value(key) }
        diagnostics += shared.finish(known: sharedKeys)
        // The last of a repeated key wins, as in site.json.
        var byKey: [String: JSONValue.Member] = [:]
        for member in known { byKey[member.key] = member }
        config.shared = sharedKeys.compactMap { byKey[$0] }
        if let theme = byKey["theme"], case .string(let name, _) = theme.value { config.theme = name }
        let probe = Array(#"{"catalog": [{"id": "gk", "title": "公开"}]}"#.utf8)
        let (_, found) = SiteConfigLoader.load(probe, inherited: config.shared)
        diagnostics += found.filter { $0.file == file }
    }

    private static func loadMember(_ value: JSONValue, diagnostics: inout [Diagnostic]) -> GroupMember? {
        guard var reader = JSONObjectReader(value, context: "成员", diagnostics: &diagnostics) else { return nil }
        var id = "", title = "", kindName = GroupMemberKind.other.rawValue, path = ""
        reader.string("id", into: &id)
        reader.string("title", into: &title)
        reader.string("kind", into: &kindName)
        reader.string("path", into: &path)
        let idPosition = reader.value("id")?.position ?? value.position
        let pathPosition = reader.value("path")?.position ?? value.position
        let kindPosition = reader.value("kind")?.position ?? value.position
        diagnostics += reader.finish(known: memberKeys)
        let missing = [("id", id), ("title", title), ("path", path)].filter { $0.1.isEmpty }.map(\.0)
        if !missing.isEmpty {
            diagnostics.append(.error("group.member-field", "成员缺少 \(missing.joined(separator: "、"))", at: value.position,
                                      hint: "每个成员写作 {\"id\": \"mzj\", \"title\": \"青山县民政局\", \"kind\": \"部门\", \"path\": \"members/mzj\"}"))
            return nil
        }
        if !id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }) || reservedIDs.contains(id) {
            diagnostics.append(.error("group.member-id", "成员“\(title)”的 id \"\(id)\" 不能用作网址段", at: idPosition,
                                      hint: "只用小写英文字母、数字、- 和 _，且不能是 \(reservedIDs.sorted().joined(separator: "、"))"))
            return nil
        }
        guard let kind = GroupMemberKind(rawValue: kindName) else {
            let names = GroupMemberKind.allCases.map(\.rawValue)
            diagnostics.append(.error("group.member-kind", "成员“\(title)”的 kind \"\(kindName)\" 无效", at: kindPosition, hint: "可用：\(names.joined(separator: "、"))"))
            return nil
        }
        return GroupMember(id: id, title: title, kind: kind, path: path, position: value.position, idPosition: idPosition, pathPosition: pathPosition)
    }
}
