/// Parses Mustache template text into `TemplateNode`s.
///
/// Supports what Mustache themes use: variables (`{{x}}`, `{{{x}}}`, `{{&x}}`), dotted
/// names, sections and inverted sections, comments, partials (`{{> name}}`), template
/// inheritance (`{{<layout}}{{$block}}…{{/block}}{{/layout}}`), set delimiters and the
/// transforms of `TemplateTransform` (`{{^empty(rows)}}`). Standalone tags, indentation of
/// standalone partials and of inherited blocks follow swift-mustache 2.1 (which follows
/// the Mustache spec), so themes written for it render byte for byte the same.
struct TemplateParser {
    struct Failure: Error, Sendable {
        let message: String
        let line: Int
        let column: Int
    }

    private struct State {
        var sectionName: String?
        var sectionTransforms: [TemplateTransform] = []
        var newLine = true
        var inPartialDefinition = false
        var partialDefinitionTopLevel = false
        var start: [UInt8] = Array("{{".utf8)
        var end: [UInt8] = Array("}}".utf8)
        var partialDefinitionIndent: Int?

        func section(_ name: String, newLine: Bool, transforms: [TemplateTransform] = []) -> State {
            var copy = self
            copy.sectionName = name
            copy.sectionTransforms = transforms
            copy.partialDefinitionTopLevel = false
            if !newLine { copy.newLine = false }
            return copy
        }

        func inheritancePartial(_ name: String) -> State {
            var copy = self
            copy.sectionName = name
            copy.sectionTransforms = []
            copy.newLine = true
            copy.inPartialDefinition = true
            copy.partialDefinitionTopLevel = true
            return copy
        }
    }

    private let bytes: [UInt8]
    private var position = 0

    static func parse(_ text: String) throws(Failure) -> [TemplateNode] {
        var parser = TemplateParser(bytes: Array(text.utf8))
        return try parser.parse(State())
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    // MARK: The tag loop

    private mutating func parse(_ initial: State) throws(Failure) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var state = initial
        var whitespace: [UInt8] = []
        while !atEnd {
            if state.newLine {
                let leading = read(while: { $0 == .space || $0 == .tab })
                if state.inPartialDefinition && !state.partialDefinitionTopLevel {
                    // Lines inside an inherited block lose the block's own indentation.
                    if let indent = state.partialDefinitionIndent {
                        whitespace = Array(leading.dropFirst(indent))
                    } else {
                        state.partialDefinitionIndent = leading.count
                    }
                } else {
                    whitespace = leading
                }
            }
            let text = readUntilTagOrNewline(state)
            if let newline = newlineLength() {
                nodes.append(.text(whitespace + text + Array(bytes[position..<position + newline])))
                position += newline
                state.newLine = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whitespace + text))
                whitespace = []
                state.newLine = false
            }
            if atEnd { break }

            var standalone = false
            let tagStart = position
            var tag: (line: Int, column: Int) { location(of: tagStart - state.start.count) }
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let (name, transforms) = try readName(state)
                if isStandalone(state) {
                    standalone = true
                } else {
                    flush(&whitespace, into: &nodes)
                }
                let body = try parse(state.section(name.source, newLine: standalone, transforms: transforms))
                nodes.append(.section(name.with(transforms), inverted: inverted, body: body))

            case UInt8(ascii: "/"):
                position += 1
                let (name, transforms) = try readName(state)
                guard name.source == state.sectionName, transforms == state.sectionTransforms else {
                    position = tagStart
                    if let open = state.sectionName {
                        throw failure("结束标签 {{/\(name.source)}} 与开始标签 {{#\(open)}} 不配对")
                    }
                    throw failure("多余的结束标签 {{/\(name.source)}}：前面没有对应的开始标签")
                }
                if !isStandalone(state) {
                    flush(&whitespace, into: &nodes)
                }
                return nodes

            case UInt8(ascii: "!"):
                position += 1
                try skipComment(state)
                standalone = isStandalone(state)

            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = bytes[position] == UInt8(ascii: "{")
                flush(&whitespace, into: &nodes)
                position += 1
                let (name, transforms) = try readName(state)
                if triple {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else { throw failure("{{{ 标签缺少第三个 }") }
                    position += 1
                }
                nodes.append(.variable(name.with(transforms), escaped: false))

            case UInt8(ascii: ">"):
                position += 1
                _ = read(while: \.isWhitespace)
                let name = try readPartialName(state)
                flush(&whitespace, into: &nodes, keep: true)
                if isStandalone(state) {
                    standalone = true
                    nodes.append(.partial(name, indentation: whitespace, overrides: nil, line: tag.line, column: tag.column))
                } else {
                    nodes.append(.partial(name, indentation: nil, overrides: nil, line: tag.line, column: tag.column))
                }
                whitespace = []

            case UInt8(ascii: "<"):
                position += 1
                _ = read(while: \.isWhitespace)
                let name = try readPartialName(state)
                flush(&whitespace, into: &nodes, keep: true)
                if isStandalone(state) { standalone = true }
                let body = try parse(state.inheritancePartial(name))
                var overrides: [String: [TemplateNode]] = [:]
                for node in body {
                    switch node {
                    case .blockDefinition(let block, let blockBody): overrides[block] = blockBody
                    case .text: break
                    default:
                        position = tagStart
                        throw failure("{{<\(name)}} 与 {{/\(name)}} 之间只能有 {{$块名}}…{{/块名}}")
                    }
                }
                nodes.append(.partial(name, indentation: whitespace, overrides: overrides, line: tag.line, column: tag.column))
                whitespace = []

            case UInt8(ascii: "$"):
                position += 1
                let (name, transforms) = try readName(state)
                guard transforms.isEmpty else { throw failure("块 {{$\(name.source)}} 不能使用变换") }
                if state.partialDefinitionTopLevel {
                    standalone = isStandalone(state)
                    let body = try parse(state.section(name.source, newLine: standalone))
                    nodes.append(.blockDefinition(name.source, body))
                } else {
                    flush(&whitespace, into: &nodes, keep: true)
                    standalone = isStandalone(state)
                    let body = try parse(state.section(name.source, newLine: standalone))
                    nodes.append(.block(name.source, default: body, indentation: whitespace))
                    whitespace = []
                }

            case UInt8(ascii: "="):
                position += 1
                try setDelimiters(&state)
                standalone = isStandalone(state)

            case UInt8(ascii: "%"):
                throw failure("不支持 {{%…}} 配置标签")

            default:
                flush(&whitespace, into: &nodes)
                let (name, transforms) = try readName(state)
                nodes.append(.variable(name.with(transforms), escaped: true))
            }
            state.newLine = standalone
        }
        if let open = state.sectionName {
            throw failure("标签 {{#\(open)}} 没有结束：缺少 {{/\(open)}}")
        }
        return nodes
    }

    /// Emits pending indentation as text; `keep` leaves it for the tag that follows
    /// (partials and blocks also use it as their indentation).
    private func flush(_ whitespace: inout [UInt8], into nodes: inout [TemplateNode], keep: Bool = false) {
        guard !whitespace.isEmpty else { return }
        nodes.append(.text(whitespace))
        if !keep { whitespace = [] }
    }

    // MARK: Reading

    private var atEnd: Bool { position >= bytes.count }

    private mutating func read(while predicate: (UInt8) -> Bool) -> [UInt8] {
        let start = position
        while position < bytes.count, predicate(bytes[position]) { position += 1 }
        return Array(bytes[start..<position])
    }

    /// The length of the line break at the read position (1 or 2 bytes), or nil.
    private func newlineLength() -> Int? {
        guard position < bytes.count else { return nil }
        switch bytes[position] {
        case .newline: return 1
        case .carriageReturn: return position + 1 < bytes.count && bytes[position + 1] == .newline ? 2 : 1
        default: return nil
        }
    }

    private func matches(_ delimiter: [UInt8]) -> Bool {
        guard position + delimiter.count <= bytes.count else { return false }
        for i in delimiter.indices where bytes[position + i] != delimiter[i] { return false }
        return true
    }

    /// Text up to a line break (not consumed) or an opening delimiter (consumed).
    private mutating func readUntilTagOrNewline(_ state: State) -> [UInt8] {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == .newline || byte == .carriageReturn { return Array(bytes[start..<position]) }
            if byte == state.start[0] && matches(state.start) {
                let text = Array(bytes[start..<position])
                position += state.start.count
                return text
            }
            position += 1
        }
        return Array(bytes[start..<position])
    }

    /// A tag is standalone when it is alone on its line; the rest of the line is consumed.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        let saved = position
        _ = read(while: { $0 == .space || $0 == .tab })
        if let newline = newlineLength() {
            position += newline
            return true
        }
        position = saved
        return false
    }

    private static func isNameByte(_ byte: UInt8, brackets: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"):
            return true
        case UInt8(ascii: "("), UInt8(ascii: ")"):
            return brackets
        default:
            return false
        }
    }

    private mutating func expectEnd(_ state: State, tag: String) throws(Failure) {
        _ = read(while: \.isWhitespace)
        guard matches(state.end) else {
            if position < bytes.count, !Self.isNameByte(bytes[position], brackets: true), !UInt8.isWhitespaceByte(bytes[position]),
               !matches(state.end) {
                throw failure("标签 \(tag) 中有不能用于名称的字符（名称只能用字母、数字和 . - _）")
            }
            throw failure("标签 \(tag) 没有以 \(String(decoding: state.end, as: UTF8.self)) 结束")
        }
        position += state.end.count
    }

    /// A variable or section name, with its transforms: `empty(rows)` is `rows` with `empty`.
    private mutating func readName(_ state: State) throws(Failure) -> (TemplateName, [TemplateTransform]) {
        _ = read(while: \.isWhitespace)
        let nameStart = position
        let text = String(decoding: read(while: { Self.isNameByte($0, brackets: true) }), as: UTF8.self)
        try expectEnd(state, tag: "{{\(text)}}")
        guard text.contains("(") else {
            guard !text.isEmpty else {
                position = nameStart
                throw failure("标签中缺少名称")
            }
            return (TemplateName(text), [])
        }
        // f(g(name)) applies g, then f.
        let parts = text.split(separator: "(", omittingEmptySubsequences: false)
        let last = parts[parts.count - 1]
        let name = last.prefix { $0 != ")" }
        let closing = last.dropFirst(name.count)
        guard !name.isEmpty, closing.count == parts.count - 1, closing.allSatisfy({ $0 == ")" }),
              parts.dropLast().allSatisfy({ !$0.isEmpty && !$0.contains(")") }) else {
            position = nameStart
            throw failure("变换的括号不完整：\(text)")
        }
        var transforms: [TemplateTransform] = []
        for part in parts.dropLast().reversed() {
            guard let transform = TemplateTransform(rawValue: String(part)) else {
                position = nameStart
                throw failure("未知的变换 \(part)()；可用：\(TemplateTransform.allCases.map { $0.rawValue + "()" }.joined(separator: "、"))")
            }
            transforms.append(transform)
        }
        return (TemplateName(String(name)), transforms)
    }

    private mutating func readPartialName(_ state: State) throws(Failure) -> String {
        let text = String(decoding: read(while: { Self.isNameByte($0, brackets: true) || $0 == UInt8(ascii: "/") }), as: UTF8.self)
        try expectEnd(state, tag: "{{>\(text)}}")
        guard !text.isEmpty else { throw failure("局部模板标签中缺少模板名称") }
        return text
    }

    private mutating func skipComment(_ state: State) throws(Failure) {
        let start = position
        while position < bytes.count {
            if matches(state.end) {
                position += state.end.count
                return
            }
            position += 1
        }
        position = start
        throw failure("注释 {{! 没有以 \(String(decoding: state.end, as: UTF8.self)) 结束")
    }

    /// `{{=<% %>=}}`
    private mutating func setDelimiters(_ state: inout State) throws(Failure) {
        _ = read(while: \.isWhitespace)
        let start = read(while: { !UInt8.isWhitespaceByte($0) })
        _ = read(while: \.isWhitespace)
        let end = read(while: { !UInt8.isWhitespaceByte($0) && $0 != UInt8(ascii: "=") })
        _ = read(while: \.isWhitespace)
        guard !start.isEmpty, !end.isEmpty, position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
            throw failure("设置分隔符的标签格式应为 {{=<% %>=}}")
        }
        position += 1
        guard matches(state.end) else { throw failure("设置分隔符的标签格式应为 {{=<% %>=}}") }
        position += state.end.count
        state.start = start
        state.end = end
        state.partialDefinitionTopLevel = false
    }

    // MARK: Errors

    /// A failure at the read position.
    private func failure(_ message: String) -> Failure {
        let (line, column) = location(of: position)
        return Failure(message: message, line: line, column: column)
    }

    /// The line and column (in characters) of a byte offset.
    private func location(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == .newline {
            line += 1
            lineStart = i + 1
        }
        return (line, String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1)
    }
}

private extension UInt8 {
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    static func isWhitespaceByte(_ byte: UInt8) -> Bool {
        byte == .space || byte == .tab || byte == .newline || byte == .carriageReturn || byte == 0x0B || byte == 0x0C
    }

    var isWhitespace: Bool { Self.isWhitespaceByte(self) }
}
