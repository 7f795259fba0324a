/// The block nodes of pandoc's JSON AST that an import reads. Tables keep only their cells'
/// blocks, row by row (header rows first); lists keep their items; containers (`Div`,
/// `BlockQuote`) are flattened into their blocks. Other node types decode as `.other`.
indirect enum PandocBlock: Decodable, Sendable, Equatable {
    case paragraph([PandocInline])
    case header(level: Int, [PandocInline])
    case lines([[PandocInline]])
    case code(String)
    case list(ordered: Bool, items: [[PandocBlock]])
    case container([PandocBlock])
    case table(rows: [[[PandocBlock]]], headerRows: Int)
    case other

    private enum Keys: String, CodingKey { case t, c }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        let type = try container.decode(String.self, forKey: .t)
        switch type {
        case "Para", "Plain":
            self = .paragraph(try container.decode([PandocInline].self, forKey: .c))
        case "Header":
            // [level, Attr, [Inline]]
            var content = try container.nestedUnkeyedContainer(forKey: .c)
            let level = try content.decode(Int.self)
            _ = try content.decode(PandocIgnored.self)
            self = .header(level: level, try content.decode([PandocInline].self))
        case "LineBlock":
            self = .lines(try container.decode([[PandocInline]].self, forKey: .c))
        case "CodeBlock":
            var content = try container.nestedUnkeyedContainer(forKey: .c)
            _ = try content.decode(PandocIgnored.self)
            self = .code(try content.decode(String.self))
        case "BulletList":
            self = .list(ordered: false, items: try container.decode([[PandocBlock]].self, forKey: .c))
        case "OrderedList":
            // [ListAttributes, [[Block]]]
            var content = try container.nestedUnkeyedContainer(forKey: .c)
            _ = try content.decode(PandocIgnored.self)
            self = .list(ordered: true, items: try content.decode([[PandocBlock]].self))
        case "BlockQuote":
            self = .container(try container.decode([PandocBlock].self, forKey: .c))
        case "Div":
            var content = try container.nestedUnkeyedContainer(forKey: .c)
            _ = try content.decode(PandocIgnored.self)
            self = .container(try content.decode([PandocBlock].self))
        case "Figure":
            // pandoc 3: [Attr, Caption, [Block]]; the image inside carries its alt text.
            var content = try container.nestedUnkeyedContainer(forKey: .c)
            _ = try content.decode(PandocIgnored.self)
            _ = try content.decode(PandocIgnored.self)
            self = .container(try content.decode([PandocBlock].self))
        case "Table":
            // [Attr, Caption, [ColSpec], TableHead, [TableBody], TableFoot]
            var content = try container.nestedUnkeyedContainer(forKey: .c)
            _ = try content.decode(PandocIgnored.self)
            _ = try content.decode(PandocIgnored.self)
            _ = try content.decode(PandocIgnored.self)
            let head = try content.decode(PandocTablePart.self)
            let bodies = try content.decode([PandocTableBody].self)
            let foot = try content.decode(PandocTablePart.self)
            let rows = head.rows + bodies.flatMap(\.rows) + foot.rows
            self = .table(rows: rows.map { $0.cells.map(\.blocks) }, headerRows: head.rows.count)
        default:
            self = .other
        }
    }
}

/// `TableHead` and `TableFoot`: [Attr, [Row]].
struct PandocTablePart: Decodable, Sendable {
    let rows: [PandocTableRow]

    init(from decoder: Decoder) throws {
        var content = try decoder.unkeyedContainer()
        _ = try content.decode(PandocIgnored.self)
        rows = try content.decode([PandocTableRow].self)
    }
}

/// `TableBody`: [Attr, RowHeadColumns, [Row] (intermediate head), [Row]].
struct PandocTableBody: Decodable, Sendable {
    let rows: [PandocTableRow]

    init(from decoder: Decoder) throws {
        var content = try decoder.unkeyedContainer()
        _ = try content.decode(PandocIgnored.self)
        _ = try content.decode(PandocIgnored.self)
        let head = try content.decode([PandocTableRow].self)
        rows = head + (try content.decode([PandocTableRow].self))
    }
}

/// `Row`: [Attr, [Cell]]; `Cell`: [Attr, Alignment, RowSpan, ColSpan, [Block]].
struct PandocTableRow: Decodable, Sendable {
    struct Cell: Decodable, Sendable {
        let blocks: [PandocBlock]

        init(from decoder: Decoder) throws {
            var content = try decoder.unkeyedContainer()
            for _ in 0..<4 { _ = try content.decode(PandocIgnored.self) }
            blocks = try content.decode([PandocBlock].self)
        }
    }

    let cells: [Cell]

    init(from decoder: Decoder) throws {
        var content = try decoder.unkeyedContainer()
        _ = try content.decode(PandocIgnored.self)
        cells = try content.decode([Cell].self)
    }
}
