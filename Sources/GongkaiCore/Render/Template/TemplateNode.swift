/// One parsed piece of a template.
indirect enum TemplateNode: Sendable {
    case text([UInt8])
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, inverted: Bool, body: [TemplateNode])
    /// `{{> name}}` (no overrides) or `{{<name}}…{{/name}}` (with the blocks it overrides),
    /// written at `line`:`column` (for a diagnostic when the theme lacks the template).
    /// `indentation` is set for standalone tags and repeated before each line of the partial.
    case partial(String, indentation: [UInt8]?, overrides: [String: [TemplateNode]]?, line: Int, column: Int)
    /// `{{$name}}default{{/name}}` in a template that may be inherited.
    case block(String, default: [TemplateNode], indentation: [UInt8]?)
    /// `{{$name}}…{{/name}}` directly inside `{{<parent}}`; only seen while parsing.
    case blockDefinition(String, [TemplateNode])

}

/// A variable name: `.` (the current value), `a.b.c`, or `.a` (only the current value's member).
///
/// A class, so that walking the parsed template retains one reference per name rather
/// than each of its arrays (the nodes are shared by every thread that renders).
final class TemplateName: Sendable, Equatable {
    let source: String
    let path: [String]
    /// `TemplateObject.hash` of each part of `path`, computed once.
    let hashes: [UInt32]
    /// `.a`: look `a` up on the current value only, not in outer contexts.
    let anchored: Bool
    let transforms: [TemplateTransform]

    init(_ source: String, transforms: [TemplateTransform] = []) {
        self.source = source
        anchored = source.count > 1 && source.hasPrefix(".")
        path = source == "." ? [] : source.split(separator: ".").map(String.init)
        hashes = path.map(TemplateObject.hash)
        self.transforms = transforms
    }

    func with(_ transforms: [TemplateTransform]) -> TemplateName {
        TemplateName(source, transforms: transforms)
    }

    static func == (a: TemplateName, b: TemplateName) -> Bool {
        a.source == b.source && a.transforms == b.transforms
    }
}

/// Functions a template may apply to a value, innermost first: `{{^empty(rows)}}`.
enum TemplateTransform: String, Sendable, CaseIterable {
    case empty, count, first, last, reversed

    func apply(to value: TemplateValue) -> TemplateValue? {
        switch (self, value) {
        case (.empty, .list(let items)): return .bool(items.isEmpty)
        case (.empty, .text(let text)): return .bool(text.isEmpty)
        case (.empty, .utf8(let bytes)): return .bool(bytes.isEmpty)
        case (.count, .list(let items)): return .number(items.count)
        case (.count, .text(let text)): return .number(text.count)
        case (.first, .list(let items)): return items.first
        case (.last, .list(let items)): return items.last
        case (.reversed, .list(let items)): return .list(items.reversed())
        default: return nil
        }
    }
}
