/// A value a theme template can show: the typed view model handed to `Template`.
///
/// Typed on purpose: looking up `document.title` is a dictionary lookup and a switch,
/// never a dynamic cast. Section rules follow Mustache: `false`, `absent` and empty lists
/// hide a section; any other value (also `""` and `0`) shows it once, with the value
/// pushed on the context stack; a list shows it once per element.
enum TemplateValue: Sendable {
    case text(String)
    /// UTF-8 text already in hand as bytes (rendered Markdown): `{{{x}}}` copies it,
    /// `{{x}}` escapes it.
    case utf8([UInt8])
    case number(Int)
    case bool(Bool)
    case list([TemplateValue])
    /// Members, shared by reference: a lookup copies one pointer, not the member arrays.
    case object(TemplateMembers)
    /// A value that is deliberately not there: renders as nothing, hides sections, and
    /// stops the lookup, so a row's missing `docNo` never falls back to an outer `docNo`.
    case absent

    /// `.text(value)`, or `.absent` when nil.
    static func text(_ value: String?) -> TemplateValue {
        value.map { .text($0) } ?? .absent
    }

    /// `.number(value)`, or `.absent` when nil.
    static func number(_ value: Int?) -> TemplateValue {
        value.map { .number($0) } ?? .absent
    }

    /// A labels table (UI strings) as an object.
    static func object(_ strings: [String: String]) -> TemplateValue {
        .object(TemplateObject(strings.mapValues { .text($0) }))
    }

    /// A dictionary as an object.
    static func object(_ members: [String: TemplateValue]) -> TemplateValue {
        .object(TemplateObject(members))
    }

    static func object(_ object: TemplateObject) -> TemplateValue {
        .object(TemplateMembers(object))
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByDictionaryLiteral, ExpressibleByArrayLiteral {
    init(stringLiteral value: String) { self = .text(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(integerLiteral value: Int) { self = .number(value) }
    init(dictionaryLiteral elements: (String, TemplateValue)...) {
        var object = TemplateObject()
        object.reserveCapacity(elements.count)
        for (key, value) in elements { object[key] = value }
        self = .object(object)
    }
    init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}
