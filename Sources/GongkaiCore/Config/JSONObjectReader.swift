/// Reads the members of one JSON object, reporting wrong types and unknown keys.
struct JSONObjectReader {
    private let members: [JSONValue.Member]
    private let context: String
    private var used: Set<String> = []
    private(set) var diagnostics: [Diagnostic] = []

    /// - Parameter context: the object's Chinese name in messages, e.g. `site.json` or `agency`.
    init?(_ value: JSONValue, context: String, diagnostics: inout [Diagnostic]) {
        guard case .object(let members, _) = value else {
            diagnostics.append(.error("config.type", "\(context) 应为对象 {…}，实际是\(value.typeName)", at: value.position))
            return nil
        }
        self.members = members
        self.context = context
    }

    mutating func value(_ key: String) -> JSONValue? {
        used.insert(key)
        return members.last { $0.key == key }?.value
    }

    mutating func string(_ key: String, into target: inout String) {
        guard let value = value(key) else { return }
        if case .string(let s, _) = value { target = s } else { typeError(key, "字符串", value) }
    }

    mutating func bool(_ key: String, into target: inout Bool) {
        guard let value = value(key) else { return }
        if case .bool(let b, _) = value { target = b } else { typeError(key, "true 或 false", value) }
    }

    mutating func positiveInt(_ key: String, into target: inout Int, allowZero: Bool = false) {
        guard let value = value(key) else { return }
        if case .number(let n, _, _) = value, n.rounded() == n, n >= (allowZero ? 0 : 1), n < 1_000_000 {
            target = Int(n)
        } else {
            typeError(key, allowZero ? "非负整数" : "正整数", value)
        }
    }

    mutating func typeError(_ key: String, _ expected: String, _ value: JSONValue) {
        diagnostics.append(.error("config.type", "\(context) 的 \"\(key)\" 应为\(expected)，实际是\(value.typeName)", at: value.position))
    }

    /// Reports every member that was never asked for, suggesting the closest known key.
    mutating func finish(known: [String]) -> [Diagnostic] {
        for member in members where !used.contains(member.key) {
            let suggestion = ClosestMatch.closest(to: member.key, in: known).map { "是否应为 \"\($0)\"？" }
            diagnostics.append(.error(
                "config.unknown-key",
                "\(context) 中有未知的键 \"\(member.key)\"",
                at: member.keyPosition,
                hint: suggestion ?? "可用的键：\(known.joined(separator: "、"))"
            ))
        }
        return diagnostics
    }
}
