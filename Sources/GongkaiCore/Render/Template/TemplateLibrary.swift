/// A theme's compiled templates by name, and the renderer that fills them with a
/// `TemplateValue` into UTF-8 bytes.
///
/// Templates are parsed once per build and compiled (`TemplateProgram`); rendering walks
/// the operations with a context stack of typed values and appends to one byte buffer
/// (`TemplateOutput`), escaping `< > & " '`.
struct TemplateLibrary: Sendable {
    /// The parsed templates by name, compiled together once into `program`.
    let templates: [String: [TemplateNode]]
    /// `templates` compiled, as rendering walks them.
    let program: TemplateProgram

    init(_ templates: [String: [TemplateNode]]) {
        self.templates = templates
        program = TemplateProgram(templates)
    }

    func contains(_ name: String) -> Bool { templates[name] != nil }

    /// This library compiled again: a program shares no storage with another (see
    /// `TemplateProgram`), so each rendering thread can have its own.
    func unsharedCopy() -> TemplateLibrary {
        TemplateLibrary(templates)
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
        guard let number = program.templateNumbers[name] else { return [] }
        var rendering = Rendering(program: program, stack: [value])
        // Most pages are 16–32 KiB: room for them from the start, not a copy while growing (bench/PERFORMANCE.md).
        return TemplateOutput.page(capacity: 32 * 1024) { out in
            rendering.render(program.templateRanges[number], indentation: [], inherited: nil, into: &out)
        }
    }

    private struct Rendering {
        let program: TemplateProgram
        var stack: [TemplateValue]

        /// Renders the operations in `range`; `inherited` maps block names to the
        /// operations that override them.
        mutating func render(_ range: Range<Int32>, indentation: [UInt8], inherited: [String: Range<Int32>]?, into out: inout TemplateOutput) {
            var i = Int(range.lowerBound)
            let end = Int(range.upperBound)
            if indentation.isEmpty {
                while i < end { i = render(at: i, indentation: indentation, inherited: inherited, into: &out) }
                return
            }
            // As swift-mustache does: an operation's output that starts a new line of this
            // partial's output gets the partial's indentation.
            let base = out.count
            while i < end {
                let start = out.count
                let startsLine = start > base && out[start - 1] == UInt8(ascii: "\n")
                i = render(at: i, indentation: indentation, inherited: inherited, into: &out)
                if startsLine && out.count > start { out.insert(indentation, at: start) }
            }
        }

        /// Renders the operation at `i` and returns the index of the next one.
        private mutating func render(at i: Int, indentation: [UInt8], inherited: [String: Range<Int32>]?, into out: inout TemplateOutput) -> Int {
            let op = program.ops[i]
            switch op.kind {
            case .text:
                out.append(program.bytes(op.a, op.b))
            case .variable:
                guard let value = program.nameRefs[Int(op.a)]._withUnsafeGuaranteedRef({ lookup($0) }) else { break }
                switch value {
                case .text(let text): op.flag ? HTMLEscaper.append(text, to: &out) : out.append(text)
                case .utf8(let bytes): op.flag ? bytes.withUnsafeBufferPointer { HTMLEscaper.append($0, to: &out) } : out.append(bytes)
                case .number(let number): out.append(String(number))
                case .bool(let flag): out.append(flag ? "true" : "false")
                case .list, .object, .absent: break
                }
            case .section:
                let body = Int32(i + 1)..<op.end
                let value = program.nameRefs[Int(op.a)]._withUnsafeGuaranteedRef { lookup($0) }
                if op.flag {
                    switch value {
                    case .none, .absent?, .bool(false)?: render(body, indentation: indentation, inherited: inherited, into: &out)
                    case .list(let items)? where items.isEmpty: render(body, indentation: indentation, inherited: inherited, into: &out)
                    default: break
                    }
                    break
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
            case .partial:
                guard op.a >= 0 else { break }
                var blocks = inherited
                if op.b >= 0 {
                    // The outermost override of a block wins.
                    blocks = (inherited ?? [:]).merging(program.overrides[Int(op.b)]) { outer, _ in outer }
                }
                render(program.templateRanges[Int(op.a)], indentation: indented(indentation, op), inherited: blocks, into: &out)
            case .block:
                let body = inherited?[program.blockNames[Int(op.a)]] ?? Int32(i + 1)..<op.end
                render(body, indentation: indented(indentation, op), inherited: inherited, into: &out)
            case .skip:
                break
            }
            return Int(op.end)
        }

        /// `indentation` followed by a partial's or block's own.
        private func indented(_ indentation: [UInt8], _ op: TemplateProgram.Op) -> [UInt8] {
            guard op.indentationCount >= 0 else { return indentation }
            return indentation + program.bytes(op.indentationStart, op.indentationCount)
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
    }
}
