import Foundation

/// A value the site group's internal files hold, written by `CompactJSONWriter` and read back by
/// `CompactJSONReader` by hand (README “站群”; bench/PERFORMANCE.md, “The group's internal
/// files”). An object writes its keys (its `CodingKeys`, which its `Codable` uses too) in
/// sorted order and reads them in the same order; an optional is `null` when absent.
protocol CompactJSONCodable {
    func write(to json: inout CompactJSONWriter)
    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure)
}

extension String: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) { json.string(self) }
    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) { self = try json.string() }
}

extension Int: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) { json.int(self) }
    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) { self = try json.int() }
}

extension Int64: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) { json.int64(self) }
    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) { self = try json.int64() }
}

extension UInt64: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) { json.uint64(self) }
    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) { self = try json.uint64() }
}

extension Bool: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) { json.bool(self) }
    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) { self = try json.bool() }
}

extension Optional: CompactJSONCodable where Wrapped: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        if let value = self { value.write(to: &json) } else { json.null() }
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        self = json.null() ? nil : try Wrapped(reading: &json)
    }
}

extension Array: CompactJSONCodable where Element: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginArray()
        for element in self {
            json.element()
            element.write(to: &json)
        }
        json.endArray()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        self = []
        try json.beginArray()
        while try json.nextElement() { append(try Element(reading: &json)) }
    }
}

/// A dictionary is an object with its keys sorted (by their UTF-8 bytes), so the same
/// dictionary always gives the same bytes.
extension Dictionary: CompactJSONCodable where Key == String, Value: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        // Positions are sorted, not the pairs: moving a pair (a key and a value of several
        // strings) in the sort cost more than the comparisons (callgrind: 373 M of the 468 M
        // of ten members' input stats). The keys' bytes are copied once into one buffer and
        // compared there: comparing the strings themselves retained and released both keys
        // on every comparison (206 M of ten members' input stats).
        let pairs = Array(self)
        for i in Self.keyOrder(pairs.map(\.key)) {
            json.key(pairs[i].key)
            pairs[i].value.write(to: &json)
        }
        json.endObject()
    }

    /// The positions of `keys` in the order of their UTF-8 bytes (`memcmp`, the shorter of two
    /// keys first when one starts the other; `<` would normalize non-ASCII text first).
    static func keyOrder(_ keys: [String]) -> [Int] {
        var bytes: [UInt8] = []
        var spans: [(start: Int, count: Int)] = []
        spans.reserveCapacity(keys.count)
        for key in keys {
            spans.append((bytes.count, key.utf8.count))
            bytes.append(contentsOf: key.utf8)
        }
        var order = Array(keys.indices)
        bytes.withUnsafeBufferPointer { all in
            spans.withUnsafeBufferPointer { spans in
                let base = all.baseAddress
                order.sort { a, b in
                    let x = spans[a], y = spans[b]
                    let n = Swift.min(x.count, y.count)
                    let c = n == 0 ? 0 : memcmp(base! + x.start, base! + y.start, n)
                    return c != 0 ? c < 0 : x.count < y.count
                }
            }
        }
        return order
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        self = [:]
        try json.beginObject()
        while let key = try json.nextKey() { self[key] = try Value(reading: &json) }
    }
}
