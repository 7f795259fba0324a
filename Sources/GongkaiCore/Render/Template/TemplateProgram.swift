/// A library's templates compiled into one flat array of plain operations, which is what
/// `TemplateLibrary.render` walks.
///
/// Fast path (bench/PERFORMANCE.md): walking `TemplateNode`s retained something at every
/// step (the node's box, its text bytes, its name, its body array). Here an operation
/// holds only integers: text is a range of one byte arena, a name an index into names
/// kept alive by the program, a section's body the operations right after it, a partial
/// the number of the template it includes. Reading them retains nothing.
///
/// A program shares no storage with another compiled from the same templates: the text is
/// copied into its own arena and every name is made anew. Each rendering thread renders
/// with a program of its own (`SiteRenderer.workers`, `TemplateLibrary.unsharedCopy()`),
/// so the reference counts it touches are no other core's (see `String.unsharedCopy()`).
final class TemplateProgram: @unchecked Sendable {
    enum Kind: UInt8 {
        case text, variable, section, partial, block, skip
    }

    /// One operation. `end` is the index after the operation's body (sections, blocks, and
    /// block definitions, which are skipped); other operations have no body.
    struct Op {
        var kind: Kind
        /// Variables: escaped. Sections: inverted.
        var flag = false
        /// Text: start in the arena. Variables and sections: name number. Partials: template
        /// number, or -1 when the library lacks it. Blocks: block name number.
        var a: Int32 = 0
        /// Text: byte count. Partials: overrides number, or -1 for none.
        var b: Int32 = 0
        var end: Int32 = 0
        /// Partials and blocks: indentation start in the arena and byte count, -1 for none.
        var indentationStart: Int32 = 0
        var indentationCount: Int32 = -1
    }

    /// The operations of every template.
    let ops: UnsafeMutableBufferPointer<Op>
    /// Every template's text and indentation bytes.
    let arena: UnsafeMutableBufferPointer<UInt8>
    /// Names of variables and sections, unretained: `names` keeps them alive.
    let nameRefs: UnsafeMutableBufferPointer<Unmanaged<TemplateName>>
    private let names: [TemplateName]
    /// Block names, by number.
    let blockNames: [String]
    /// Each `{{<parent}}`'s block overrides: block name → range of operations.
    let overrides: [[String: Range<Int32>]]
    /// Operations of each template by number, and template numbers by name.
    let templateRanges: [Range<Int32>]
    let templateNumbers: [String: Int]

    init(_ templates: [String: [TemplateNode]]) {
        var builder = Builder()
        let order = templates.keys.sorted()
        for (number, name) in order.enumerated() { builder.templateNumbers[name.unsharedCopy()] = number }
        var ranges: [Range<Int32>] = []
        for name in order {
            let start = Int32(builder.ops.count)
            builder.emit(templates[name]!)
            ranges.append(start..<Int32(builder.ops.count))
        }
        ops = .allocate(capacity: max(1, builder.ops.count))
        _ = ops.initialize(from: builder.ops)
        arena = .allocate(capacity: max(1, builder.arena.count))
        _ = arena.initialize(from: builder.arena)
        names = builder.names
        nameRefs = .allocate(capacity: max(1, names.count))
        _ = nameRefs.initialize(from: names.map { Unmanaged.passUnretained($0) })
        blockNames = builder.blockNames
        overrides = builder.overrides
        templateRanges = ranges
        templateNumbers = builder.templateNumbers
    }

    deinit {
        ops.deallocate()
        arena.deallocate()
        nameRefs.deallocate()
    }

    /// The bytes at `start` of length `count` in the arena.
    @inline(__always)
    func bytes(_ start: Int32, _ count: Int32) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: arena[Int(start)..<Int(start + count)])
    }

    private struct Builder {
        var ops: [Op] = []
        var arena: [UInt8] = []
        var names: [TemplateName] = []
        var blockNames: [String] = []
        var blockNumbers: [String: Int32] = [:]
        var overrides: [[String: Range<Int32>]] = []
        var templateNumbers: [String: Int] = [:]

        mutating func text(_ bytes: [UInt8]) -> (Int32, Int32) {
            let start = Int32(arena.count)
            arena += bytes
            return (start, Int32(bytes.count))
        }

        mutating func name(_ name: TemplateName) -> Int32 {
            names.append(TemplateName(name.source.unsharedCopy(), transforms: name.transforms))
            return Int32(names.count - 1)
        }

        mutating func blockName(_ name: String) -> Int32 {
            if let known = blockNumbers[name] { return known }
            blockNames.append(name.unsharedCopy())
            blockNumbers[name] = Int32(blockNames.count - 1)
            return Int32(blockNames.count - 1)
        }

        /// Emits `body` after the operation at `index` and sets its end.
        mutating func emitBody(_ body: [TemplateNode], after index: Int) {
            emit(body)
            ops[index].end = Int32(ops.count)
        }

        mutating func emit(_ nodes: [TemplateNode]) {
            for node in nodes {
                let index = ops.count
                switch node {
                case .text(let bytes):
                    let (start, count) = text(bytes)
                    ops.append(Op(kind: .text, a: start, b: count, end: Int32(index + 1)))
                case .variable(let name, let escaped):
                    ops.append(Op(kind: .variable, flag: escaped, a: self.name(name), end: Int32(index + 1)))
                case .section(let name, let inverted, let body):
                    ops.append(Op(kind: .section, flag: inverted, a: self.name(name)))
                    emitBody(body, after: index)
                case .partial(let name, let indentation, let blocks, _, _):
                    var op = Op(kind: .partial, a: Int32(templateNumbers[name] ?? -1), b: -1)
                    if let indentation { (op.indentationStart, op.indentationCount) = text(indentation) }
                    ops.append(op)
                    if let blocks {
                        // The overriding bodies follow the partial and are skipped when it runs.
                        var table: [String: Range<Int32>] = [:]
                        for key in blocks.keys.sorted() {
                            let start = Int32(ops.count)
                            emit(blocks[key]!)
                            table[key.unsharedCopy()] = start..<Int32(ops.count)
                        }
                        overrides.append(table)
                        ops[index].b = Int32(overrides.count - 1)
                    }
                    ops[index].end = Int32(ops.count)
                case .block(let name, let body, let indentation):
                    var op = Op(kind: .block, a: blockName(name))
                    if let indentation { (op.indentationStart, op.indentationCount) = text(indentation) }
                    ops.append(op)
                    emitBody(body, after: index)
                case .blockDefinition(_, let body):
                    ops.append(Op(kind: .skip))
                    emitBody(body, after: index)
                }
            }
        }
    }
}
