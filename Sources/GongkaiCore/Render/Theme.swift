import Foundation

/// A theme: compiled Mustache templates, UI labels and static files (README “主题”).
///
/// The built-in default theme is the base; a site's `themes/<name>/` overrides its files
/// one by one, by name. Templates are compiled once per build.
public struct Theme: Sendable {
    public static let requiredTemplates = ["layout", "home", "node", "page", "document", "facet", "sitemap", "notfound"]

    let library: TemplateLibrary
    /// UI labels for the site's language.
    public let labels: [String: String]
    /// Files of the theme's `static/` folder by name, copied to `assets/`.
    public let staticFiles: [String: [UInt8]]
    /// Where rendering threads take their copies of this theme when several sites render with
    /// it (`GroupThemes`); nil when one site has it to itself (`SiteRenderer.workers`).
    let copies: ThemeCopies?

    init(library: TemplateLibrary, labels: [String: String], staticFiles: [String: [UInt8]], copies: ThemeCopies? = nil) {
        self.library = library
        self.labels = labels
        self.staticFiles = staticFiles
        self.copies = copies
    }

    /// This theme's templates and labels with no storage shared (see
    /// `String.unsharedCopy()`); the static files are shared. The copy is one rendering
    /// thread's own, so it has no `copies`.
    func unsharedCopy() -> Theme {
        Theme(library: library.unsharedCopy(),
              labels: Dictionary(uniqueKeysWithValues: labels.map { ($0.key.unsharedCopy(), $0.value.unsharedCopy()) }),
              staticFiles: staticFiles)
    }

    /// This theme, its rendering threads taking their copies from `copies`.
    func rendering(through copies: ThemeCopies) -> Theme {
        Theme(library: library, labels: labels, staticFiles: staticFiles, copies: copies)
    }

    /// Renders a named template with its view model, as UTF-8.
    func render(_ template: String, _ context: TemplateObject) -> [UInt8] {
        library.render(template, .object(context))
    }

    /// Loads the default theme and the site's overrides.
    static func load(siteFolder: URL, config: SiteConfig) -> (Theme?, [Diagnostic]) {
        var files: [String: (bytes: [UInt8], source: String)] = [:]
        for (path, encoded) in DefaultThemeFiles.base64 {
            files[path] = (Array(Data(base64Encoded: encoded) ?? Data()), "（内置默认主题）/" + path)
        }
        var diagnostics: [Diagnostic] = []
        let themeFolder = siteFolder.appendingPathComponent("themes").appendingPathComponent(config.theme)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: themeFolder.path, isDirectory: &isDirectory), isDirectory.boolValue {
            for relative in FileWalker.files(under: themeFolder, root: siteFolder, diagnostics: &diagnostics) {
                guard let data = FileManager.default.contents(atPath: siteFolder.appendingPathComponent(relative).path) else { continue }
                let inside = String(relative.dropFirst("themes/\(config.theme)/".count))
                files[inside] = (Array(data), relative)
            }
        } else if config.theme != "default" {
            diagnostics.append(.error("theme.missing", "主题 \"\(config.theme)\" 不存在：找不到文件夹 themes/\(config.theme)/", at: SourcePosition(file: "site.json"), hint: "删除 site.json 中的 theme，即可使用内置默认主题"))
            return (nil, diagnostics)
        }

        var parsed: [String: [TemplateNode]] = [:]
        for (path, file) in files.sorted(by: { $0.key < $1.key }) where path.hasPrefix("templates/") && path.hasSuffix(".mustache") {
            let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
            guard let text = String(validating: file.bytes, as: UTF8.self) else {
                diagnostics.append(.error("file.encoding", "模板文件不是 UTF-8 编码", at: SourcePosition(file: file.source)))
                continue
            }
            do {
                parsed[name] = try TemplateParser.parse(text)
            } catch {
                diagnostics.append(Diagnostic(file: file.source, line: error.line, column: error.column, severity: .error, id: "theme.template-syntax", message: "模板语法错误：\(error.message)"))
            }
        }
        let library = TemplateLibrary(parsed)
        for name in requiredTemplates where !library.contains(name) && !diagnostics.hasErrors {
            diagnostics.append(.error("theme.template-missing", "主题缺少模板 templates/\(name).mustache", at: SourcePosition(file: "themes/\(config.theme)")))
        }
        for missing in library.missingPartials() where !diagnostics.hasErrors {
            let source = files["templates/\(missing.template).mustache"]?.source ?? "templates/\(missing.template).mustache"
            diagnostics.append(Diagnostic(file: source, line: missing.line, column: missing.column, severity: .error, id: "theme.template-missing",
                                          message: "引用的模板 templates/\(missing.partial).mustache 不存在",
                                          hint: "在 themes/\(config.theme)/templates/ 中添加该模板，或改正模板名"))
        }

        let labelFile = config.language == "zh-CN" ? "i18n/zh-CN.json" : "i18n/zh-TW.json"
        var labels: [String: String] = [:]
        for candidate in ["i18n/zh-CN.json", labelFile] {
            guard let file = files[candidate] else { continue }
            do {
                let value = try JSONParser.parse(file.bytes, file: file.source)
                if case .object(let members, _) = value {
                    for member in members {
                        if case .string(let text, _) = member.value { labels[member.key] = text }
                    }
                }
            } catch {
                diagnostics.append(.error("theme.labels", "界面文字文件语法错误：\(error.message)", at: error.position))
            }
        }

        var staticFiles: [String: [UInt8]] = [:]
        for (path, file) in files where path.hasPrefix("static/") {
            staticFiles[String(path.dropFirst("static/".count))] = file.bytes
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        return (Theme(library: library, labels: labels, staticFiles: staticFiles), diagnostics)
    }
}
