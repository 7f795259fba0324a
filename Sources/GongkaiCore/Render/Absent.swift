import Mustache

/// A value that is deliberately not there.
///
/// Mustache looks a missing key up in the enclosing contexts, so an optional field of a
/// row must still be present in its dictionary; `Absent` renders as nothing and counts as
/// false in sections.
struct Absent: MustacheCustomRenderable, Sendable {
    var renderText: String { "" }
    var isNull: Bool { true }

    static let value = Absent()

    /// The value itself, or `Absent` when nil.
    static func or(_ value: Any?) -> Any {
        switch value {
        case .some(let v):
            if let optional = v as? OptionalProtocol, optional.isNone { return Absent.value }
            return v
        case .none:
            return Absent.value
        }
    }
}

private protocol OptionalProtocol {
    var isNone: Bool { get }
}

extension Optional: OptionalProtocol {
    var isNone: Bool { self == nil }
}
