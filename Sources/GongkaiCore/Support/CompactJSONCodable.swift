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

/// Whether `a`'s UTF-8 bytes sort before `b`'s: `memcmp` of the two, as the keys of the
/// group's files are sorted (`utf8.lexicographicallyPrecedes` cost some 30,000 instructions
/// an entry sorting a member's input stats; `<` normalizes non-ASCII text first).
func utf8Precedes(_ a: String, _ b: String) -> Bool {
    let order = a.utf8.withContiguousStorageIfAvailable { x in
        b.utf8.withContiguousStorageIfAvailable { y -> Bool in
            let n = min(x.count, y.count)
            let order = n == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, n)
            return order != 0 ? order < 0 : x.count < y.count
        }
    }
    if let order, let order { return order }
    return a.utf8.lexicographicallyPrecedes(b.utf8)
}

/// A dictionary is an object with its keys sorted (by their UTF-8 bytes), so the same
/// dictionary always gives the same bytes.
extension Dictionary: CompactJSONCodable where Key == String, Value: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        // Positions are sorted, not the pairs: moving a pair (a key and a value of several
        // strings) in the sort cost more than the comparisons (callgrind: 373 M of the 468 M
        // of ten members' input stats).
        let pairs = Array(self)
        for i in pairs.indices.sorted(by: { utf8Precedes(pairs[$0].key, pairs[$1].key) }) {
            json.key(pairs[i].key)
            pairs[i].value.write(to: &json)
        }
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        self = [:]
        try json.beginObject()
        while let key = try json.nextKey() { self[key] = try Value(reading: &json) }
    }
}
