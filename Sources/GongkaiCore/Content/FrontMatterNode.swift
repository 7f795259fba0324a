import Yams

/// One node of a file's front matter: a scalar, a list or a mapping, with where it starts.
///
/// Most front matter is read by `SimpleFrontMatter` without a YAML parser; the rest goes
/// through Yams and is converted into this type, so the fields are read the same way
/// whichever path parsed them.
struct FrontMatterNode: Sendable, Equatable {
    /// How a scalar was written; quoting matters for empty values and for value columns.
    enum Style: Sendable, Equatable {
        case plain
        /// `'…'` or `"…"`: the value's text starts one column after the quote.
        case quoted
        /// A block scalar (`|`, `>`).
        case block
    }

    enum Content: Sendable, Equatable {
        case scalar(String, Style)
        case sequence([FrontMatterNode])
        case mapping([Pair])
    }

    struct Pair: Sendable, Equatable {
        var key: FrontMatterNode
        var value: FrontMatterNode
    }

    /// Line and column (both from 1, counted in characters) in the YAML text, which
    /// starts on the file's second line; nil when the parser gave none.
    struct Mark: Sendable, Equatable {
        var line: Int
        var column: Int
    }

    var content: Content
    var mark: Mark?

    var scalar: (string: String, style: Style)? {
        if case .scalar(let string, let style) = content { return (string, style) }
        return nil
    }

    var sequence: [FrontMatterNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    var mapping: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    init(_ content: Content, mark: Mark?) {
        self.content = content
        self.mark = mark
    }

    /// The node Yams composed, converted `levels` deep (1: this node only). Fields are
    /// read at most three levels below the front matter's mapping (a value, a list item,
    /// an attachment's `file`); a list or mapping deeper than `levels` becomes an empty
    /// list, so that an alias bomb's expanded tree is never walked.
    init(_ node: Node, levels: Int) {
        mark = node.mark.map { Mark(line: $0.line, column: $0.column) }
        switch node {
        case .scalar(let scalar):
            let style: Style
            switch scalar.style {
            case .singleQuoted, .doubleQuoted: style = .quoted
            case .literal, .folded: style = .block
            default: style = .plain
            }
            content = .scalar(scalar.string, style)
        case .sequence where levels <= 1, .mapping where levels <= 1:
            content = .sequence([])
        case .sequence(let sequence):
            content = .sequence(sequence.map { FrontMatterNode($0, levels: levels - 1) })
        case .mapping(let mapping):
            content = .mapping(mapping.map { Pair(key: FrontMatterNode($0.key, levels: levels - 1), value: FrontMatterNode($0.value, levels: levels - 1)) })
        }
    }
}
