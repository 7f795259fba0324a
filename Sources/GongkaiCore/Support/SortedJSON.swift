import Foundation

/// The one way gongkai writes JSON for people and scripts (`--format json`, annual report data):
/// pretty-printed, keys sorted, slashes unescaped — the same bytes on every run. The site
/// group's internal files (part summaries, input stats, search pack tables) are compact JSON
/// written by hand instead (`CompactJSONWriter`).
enum SortedJSON {
    /// `value` encoded; the values gongkai writes (strings, numbers, arrays, optionals) never
    /// fail to encode, so a failure gives `fallback`.
    static func bytes<Value: Encodable>(_ value: Value, fallback: String = "") -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { Array($0) } ?? Array(fallback.utf8)
    }

    static func string<Value: Encodable>(_ value: Value, fallback: String = "") -> String {
        String(decoding: bytes(value, fallback: fallback), as: UTF8.self)
    }
}
