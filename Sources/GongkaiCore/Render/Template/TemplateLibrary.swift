/// A theme's compiled templates by name, and the renderer that fills them with a
/// `TemplateValue` into UTF-8 bytes.
///
/// Templates are parsed once per build; rendering walks the parsed nodes with a context
/// stack of typed values and appends to one byte buffer, escaping `< > & " '`.
struct TemplateLibrary: Sendable {
    private(set) var templates: [String: [TemplateNode]] = [:]

    mutating func register(_ nodes: [TemplateNode], named name: String) {
        templates[name] = nodes
    }

    func contains(_ name: String) -> Bool { templates[name] != nil }

    /// This library with no storage shared (see `String.unsharedCopy()`).
    func unsharedCopy() -> TemplateLibrary {
        TemplateLibrary(templates: TemplateNode.unsharedCopy(templates))
    }

    /// A partial or parent that a template refers to but the library lacks.
    struct MissingPartial: Equatable {
        var template: String
        var partial: String
        var line: Int
        var column: Int
    }

    /// Every reference to a template the library lacks, by template name, then in order.
    func missingPartials() -> [MissingPartial] {
        var missing: [MissingPartial] = []
        func visit(_ nodes: [TemplateNode], in template: String) {
            for node in nodes {
                switch node {
                case .text, .variable: break
                case .section(_, _, let body), .block(_, let body, _), .blockDefinition(_, let body): visit(body, in: template)
                case .partial(let name, _, let overrides, let line, let column):
                    if templates[name] == nil { missing.append(MissingPartial(template: template, partial: name, line: line, column: column)) }
                    for key in (overrides ?? [:]).keys.sorted() { visit(overrides![key]!, in: template) }
                }
            }
        }
        for name in templates.keys.sorted() { visit(templates[name]!, in: name) }
        return missing
    }

    /// Renders the template `name` with `value` as the outermost context.
    func render(_ name: String, _ value: TemplateValue) -> [UInt8] {
        guard let nodes = templates[name] else { return [] }
        var rendering = Rendering(library: self, stack: [value])
        var out: [UInt8] = []
        out.reserveCapacity(16 * 1024)
        rendering.render(nodes, indentation: [], inherited: nil, into: &out)
        return out
    }

    private struct Rendering {
        let library: TemplateLibrary
        var stack: [TemplateValue]

        mutating func render(_ nodes: [TemplateNode], indentation: [UInt8], inherited: [String: [TemplateNode]]?, into out: inout [UInt8]) {
            if indentation.isEmpty {
                for node in nodes { render(node, indentation: indentation, inherited: inherited, into: &out) }
                return
            }
            // As swift-mustache does: a node's output that starts a new line of this
            // partial's output gets the partial's indentation.
            let base = out.count
            for node in nodes {
                let start = out.count
                let startsLine = start > base && out[start - 1] == UInt8(ascii: "\n")
                render(node, indentation: indentation, inherited: inherited, into: &out)
                if startsLine && out.count > start { out.insert(contentsOf: indentation, at: start) }
            }
        }

        private mutating func render(_ node: TemplateNode, indentation: [UInt8], inherited: [String: [TemplateNode]]?, into out: inout [UInt8]) {
            switch node {
            case .text(let bytes):
                out += bytes
            case .variable(let name, let escaped):
                guard let value = lookup(name) else { return }
                switch value {
                case .text(let text): escaped ? Self.appendEscaped(text, to: &out) : out.append(contentsOf: text.utf8)
                case .utf8(let bytes): escaped ? bytes.withUnsafeBufferPointer { Self.appendEscaped($0, to: &out) } : out.append(contentsOf: bytes)
                case .number(let number): out.append(contentsOf: String(number).utf8)
                case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
                case .list, .object, .absent: break
                }
            case .section(let name, let inverted, let body):
                let value = lookup(name)
                if inverted {
                    switch value {
                    case .none, .absent?, .bool(false)?: render(body, indentation: indentation, inherited: inherited, into: &out)
                    case .list(let items)? where items.isEmpty: render(body, indentation: indentation, inherited: inherited, into: &out)
                    default: break
                    }
                    return
                }
                switch value {
                case .none, .absent?, .bool(false)?: break
                case .bool(true)?: render(body, indentation: indentation, inherited: inherited, into: &out)
                case .list(let items)?:
                    for item in items {
                        stack.append(item)
                        render(body, indentation: indentation, inherited: inherited, into: &out)
                        stack.removeLast()
                    }
                case .some(let value):
                    stack.append(value)
                    render(body, indentation: indentation, inherited: inherited, into: &out)
                    stack.removeLast()
                }
            case .partial(let name, let partialIndentation, let overrides, _, _):
                guard let nodes = library.templates[name] else { return }
                var blocks = inherited
                if let overrides {
                    // The outermost override of a block wins.
                    blocks = (inherited ?? [:]).merging(overrides) { outer, _ in outer }
                }
                render(nodes, indentation: indentation + (partialIndentation ?? []), inherited: blocks, into: &out)
            case .block(let name, let defaultBody, let blockIndentation):
                render(inherited?[name] ?? defaultBody, indentation: indentation + (blockIndentation ?? []), inherited: inherited, into: &out)
            case .blockDefinition:
                break
            }
        }

        /// Resolves a name against the context stack, innermost first; the first value that
        /// has the name's first part decides, as in Mustache.
        private func lookup(_ name: TemplateName) -> TemplateValue? {
            var value: TemplateValue?
            let path = name.path
            if path.isEmpty {
                value = stack.last
            } else if name.anchored {
                value = Self.resolve(name, from: 0, in: stack[stack.count - 1])
            } else {
                // Most names have one part and are found in the innermost context or the page's.
                let first = path[0], hash = name.hashes[0]
                var level = stack.count - 1
                while level >= 0 {
                    if case .object(let members) = stack[level], let child = members.object.value(first, hash: hash) {
                        value = path.count == 1 ? child : Self.resolve(name, from: 1, in: child)
                        break
                    }
                    level -= 1
                }
            }
            if name.transforms.isEmpty { return value }
            for transform in name.transforms {
                guard let current = value else { return nil }
                value = transform.apply(to: current)
            }
            return value
        }

        private static func resolve(_ name: TemplateName, from start: Int, in value: TemplateValue) -> TemplateValue? {
            var current = value
            for index in start..<name.path.count {
                guard case .object(let members) = current, let child = members.object.value(name.path[index], hash: name.hashes[index]) else { return nil }
                current = child
            }
            return current
        }

        static func appendEscaped(_ text: String, to out: inout [UInt8]) {
            var text = text
            text.withUTF8 { appendEscaped($0, to: &out) }
        }

        static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
            do {
                var runStart = 0
                for i in 0..<bytes.count {
                    let replacement: StaticString
                    switch bytes[i] {
                    case UInt8(ascii: "<"): replacement = "&lt;"
                    case UInt8(ascii: ">"): replacement = "&gt;"
                    case UInt8(ascii: "&"): replacement = "&amp;"
                    case UInt8(ascii: "\""): replacement = "&quot;"
                    case UInt8(ascii: "'"): replacement = "&#39;"
                    default: continue
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                    out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                    runStart = i + 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
            }
        }
    }
}
