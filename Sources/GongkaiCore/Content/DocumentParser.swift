import Foundation
import Yams

/// Reads one split Markdown file's front matter into a `Document` (README “写一篇文件”).
///
/// Values are taken from Yams nodes as strings, never as YAML timestamps, so dates stay
/// in Asia/Shanghai; every problem becomes a diagnostic at the key's line and column.
struct DocumentParser {
    let config: SiteConfig
    /// Size of a regular file given by its site-relative path, nil when missing.
    let fileSize: @Sendable (String) -> Int?

    func parse(_ file: SourceFile, node: Int) -> (Document?, [Diagnostic]) {
        let path = file.path
        let isNodeIndex = path.hasSuffix("/_index.md")
        let catalogNode = config.catalog.nodes[node]
        var diagnostics: [Diagnostic] = []
        var values: [FrontMatterKey: FrontMatterNode] = [:]
        var positions: [FrontMatterKey: SourcePosition] = [:]

        if let yaml = file.frontMatter, !yaml.isBlank {
            let pairs: [FrontMatterNode.Pair]
            if let simple = SimpleFrontMatter.parse(yaml) {
                pairs = simple
            } else {
                switch Self.compose(yaml, file: path) {
                case .pairs(let composed, let slips):
                    pairs = composed
                    diagnostics += slips
                case .failure(let problems):
                    diagnostics += problems
                    return (nil, diagnostics)
                }
            }
            for pair in pairs {
                let keyNode = pair.key
                let keyPosition = Self.position(of: keyNode, file: path)
                let name = keyNode.scalar?.string ?? ""
                var known = FrontMatterKey(name: name)
                // `　publisher` (a full-width space) or `标题：关于` (from `标题：关于: 通知`) is
                // a slip, not an unknown key; a key that was only spaced wrongly is still read.
                if known == nil, keyNode.scalar?.style == .plain, let mark = keyNode.mark, let slip = FrontMatterMistake(key: name, line: mark.line, column: mark.column) {
                    diagnostics.append(slip.diagnostic(file: path))
                    guard slip.kind == .fullWidthSpace, let understood = slip.key.flatMap(FrontMatterKey.init(name:)) else { continue }
                    known = understood
                }
                guard let key = known else {
                    var message = "未知字段 \"\(name)\""
                    if let known = ClosestMatch.closest(to: name, in: FrontMatterKey.allNames), let key = FrontMatterKey(name: known) {
                        message += "，是否应为 \"\(known)\"（\(key.chineseName)）？"
                    }
                    diagnostics.append(.warning("front-matter.unknown-key", message, at: keyPosition))
                    continue
                }
                if values[key] != nil {
                    diagnostics.append(.error("front-matter.duplicate-key", "字段 \(key.chineseName) 写了两次", at: keyPosition, hint: "英文键和中文别名只能用其中一个"))
                }
                values[key] = pair.value
                positions[key] = keyPosition
            }
        }

        var reader = FieldReader(values: values, positions: positions, file: path)
        let requiresIndexNumber = catalogNode.holdsDocuments && !isNodeIndex

        let title: String
        if isNodeIndex {
            title = reader.string(.title) ?? catalogNode.title
        } else if let value = reader.string(.title), !value.isEmpty {
            title = value
        } else {
            reader.missing(.title, hint: "在 front matter 中加一行：title: 文件标题")
            title = ""
        }
        let indexNumber = reader.string(.indexNo)
        if requiresIndexNumber, indexNumber == nil {
            reader.missing(.indexNo, hint: "运行 gongkai new 会自动分配索引号，格式如 \(config.agency.code)/2024-00001")
        }
        var published = reader.date(.published)
        if published == nil, !isNodeIndex, reader.values[.published] == nil {
            reader.missing(.published, hint: "例如：published: 2024-03-19")
        }
        if published == nil { published = DocumentDate(day: Day(year: 1970, month: 1, day: 1)!) }
        let written = reader.date(.written) ?? published!
        let statusName = reader.string(.status) ?? Document.Status.valid.rawValue
        let status = Document.Status(rawValue: statusName) ?? {
            let valid = Document.Status.allCases.map(\.rawValue)
            let suggestion = Document.Status.suggestion(for: statusName).map { "是否应为 \"\($0.rawValue)\"？" }
            reader.invalid(.status, "有效性 \"\(statusName)\" 无效", id: "status.unknown", hint: (suggestion.map { $0 + "可用：" } ?? "可用：") + valid.joined(separator: "、"))
            return .valid
        }()
        let topic = reader.string(.topic)
        if let topic, !config.topics.contains(topic) {
            let suggestion = ClosestMatch.closest(to: topic, in: config.topics.allNames)
            reader.invalid(.topic, "主题分类 \"\(topic)\" 不在主题分类表中", id: "topic.unknown", hint: suggestion.map { "是否应为 \"\($0)\"？" } ?? "见 site.json 的 topics")
        }
        let genre = reader.string(.genre)
        if let genre, !config.genres.contains(genre) {
            let suggestion = ClosestMatch.closest(to: genre, in: config.genres)
            reader.invalid(.genre, "体裁分类 \"\(genre)\" 不是公文种类", id: "genre.unknown", hint: suggestion.map { "是否应为 \"\($0)\"？" } ?? "可用：\(config.genres.joined(separator: "、"))")
        }
        let disclosure = reader.string(.disclosure) ?? "主动公开"
        if disclosure != "主动公开" && disclosure != "依申请公开" {
            reader.invalid(.disclosure, "公开方式 \"\(disclosure)\" 无效", hint: "可用：主动公开、依申请公开")
        }
        let slug = makeSlug(explicit: reader.string(.slug), path: path, indexNumber: indexNumber, reader: &reader)
        let attachments = reader.attachments(config: config, fileSize: fileSize)

        let report = readReport(file: file, node: catalogNode, isNodeIndex: isNodeIndex, title: title, reader: &reader)
        // A quoted value's text starts one column after its quote.
        let valuePositions = values.mapValues { node in
            var position = Self.position(of: node, file: path)
            if node.scalar?.style == .quoted { position.column += 1 }
            return position
        }
        let document = Document(
            sourcePath: path,
            node: node,
            isNodeIndex: isNodeIndex,
            title: title,
            indexNumber: indexNumber,
            published: published!,
            written: written,
            publisher: reader.string(.publisher) ?? config.agency.name,
            docNumber: reader.string(.docNo),
            topic: topic,
            genre: genre,
            declaredStatus: status,
            expires: reader.date(.expires)?.day,
            abolished: reader.date(.abolished)?.day,
            keywords: reader.list(.keywords, splitting: true),
            summary: reader.string(.summary),
            disclosure: disclosure,
            interprets: reader.list(.interprets, splitting: false),
            interpretationForm: reader.string(.interpretationForm),
            attachments: attachments,
            slug: slug,
            draft: reader.bool(.draft),
            privacyExempt: reader.string(.privacyExempt),
            body: file.body,
            bodyLine: file.bodyLine,
            keyPositions: positions,
            valuePositions: valuePositions,
            report: report.report,
            validFrom: reader.date(.validFrom)?.day,
            validUntil: reader.date(.validUntil)?.day,
            replaces: reader.list(.replaces, splitting: false),
            revises: reader.list(.revises, splitting: false),
            abolishes: reader.list(.abolishes, splitting: false),
            consultation: ConsultationFields(
                start: reader.date(.consultationStart)?.day, end: reader.date(.consultationEnd)?.day,
                shortenedReason: reader.string(.shortenedReason), email: reader.string(.commentEmail),
                address: reader.string(.commentAddress), url: reader.string(.commentURL),
                decision: reader.string(.decision), feedbackFor: reader.string(.feedback)),
            publicity: reader.publicityPeriod()
        )
        return (document, diagnostics + reader.diagnostics + report.diagnostics)
    }

    /// README “网址规则”: the explicit slug, else an ASCII-safe file name, else the 索引号's last part.
    private func makeSlug(explicit: String?, path: String, indexNumber: String?, reader: inout FieldReader) -> String {
        if let explicit {
            if Self.isSafeSlug(explicit) { return explicit }
            reader.invalid(.slug, "URL 名称 \"\(explicit)\" 只能包含英文字母、数字、- 和 _", id: "slug.unsafe", hint: "不能含 / 或 ..，以免写出输出文件夹")
            return "invalid"
        }
        // On bytes: String's hasSuffix and split compare characters, which cost more than
        // the rest of reading the front matter.
        let bytes = Array(path.utf8)
        let file = bytes[((bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1)...]
        if file.startIndex > 0 && file.elementsEqual("_index.md".utf8) { return "index" }
        let stem = file.dropLast(3)
        let name = file.count >= 3 && file.suffix(3).elementsEqual(".md".utf8) && !String(decoding: stem, as: UTF8.self).containsUTF8(".md")
            ? String(decoding: stem, as: UTF8.self)   // the usual case, without Foundation's replacing
            : String(decoding: file, as: UTF8.self).replacingOccurrences(of: ".md", with: "")
        if Self.isSafeSlug(name) { return name }
        if let indexNumber {
            let last = indexNumber.split(separator: "/").last.map(String.init) ?? indexNumber
            let replaced = String(last.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" })
            if !replaced.isEmpty, replaced.contains(where: { $0 != "-" }) { return replaced }
        }
        reader.diagnostics.append(.error("slug.missing", "无法为中文文件名确定网址名称", at: SourcePosition(file: path), hint: "请填写 索引号，或加一行 slug: 英文名称"))
        return "invalid"
    }

    static func isSafeSlug(_ s: String) -> Bool {
        // ASCII only, so bytes and characters are the same count.
        !s.isEmpty && s.utf8.count <= 200 && s != "index" && !s.hasPrefix("index_") && s.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }

    static func position(of node: FrontMatterNode, file: String) -> SourcePosition {
        // The YAML starts on line 2 of the file, after the opening `---`.
        guard let mark = node.mark else { return SourcePosition(file: file) }
        return SourcePosition(file: file, line: mark.line + 1, column: mark.column)
    }

    /// The pairs of front matter that is not in `SimpleFrontMatter`'s form, through Yams.
    enum Composed {
        /// The pairs, and the errors of slips that were read as meant (`标题：…`).
        case pairs([FrontMatterNode.Pair], [Diagnostic])
        case failure([Diagnostic])
    }

    static func compose(_ yaml: String, file path: String) -> Composed {
        if let line = FrontMatterDepth.lineExceedingLimit(yaml) {
            return .failure([Diagnostic.error("yaml.too-deep", "front matter 的嵌套层数超过了 \(FrontMatterDepth.limit) 层，无法处理", at: SourcePosition(file: path, line: line + 1),
                                   hint: "front matter 只需“键: 值”和简单的列表；检查是否有未闭合的 [ 或 {，或缩进错误")])
        }
        switch composeMapping(yaml) {
        case .success(let pairs): return .pairs(pairs, [])
        case .failure(let failure): return recover(yaml, from: failure, file: path)
        }
    }

    /// Why Yams gave no mapping.
    enum ComposeFailure: Error {
        case yaml(YamlError)
        case other(any Error)
        case notMapping
    }

    /// The top-level mapping's pairs, keys one level and values three levels deep.
    static func composeMapping(_ yaml: String) -> Result<[FrontMatterNode.Pair], ComposeFailure> {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return .failure(.yaml(error))
        } catch {
            return .failure(.other(error))
        }
        guard let root, case .mapping(let mapping) = root else { return .failure(.notMapping) }
        return .success(mapping.map { FrontMatterNode.Pair(key: FrontMatterNode($0.key, levels: 1), value: FrontMatterNode($0.value, levels: 3)) })
    }
}
