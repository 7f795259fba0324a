/// Reads back what `CompactJSONWriter` wrote: compact JSON whose objects have their keys in the
/// order the type writes them. It is strict, as the files it reads are gongkai's own: any
/// other shape (white space, another key order, a missing key) is a `Failure`, and the file
/// is then treated as unreadable (a part built again, stats taken afresh).
///
/// Why it exists: `JSONDecoder` read a 2,000-document member's part summary on every rebuild and
/// in `--assemble`; see bench/PERFORMANCE.md, “The group's internal files”.
struct CompactJSONReader {
    struct Failure: Error, Equatable {
        /// The byte offset where the bytes stopped being what was expected.
        var offset: Int
    }

    private let bytes: [UInt8]
    private var at = 0
    /// Whether the next key or element is the first of its object or array.
    private var first = true

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The value `bytes` holds as a whole document (a final line feed allowed).
    static func decode<Value: CompactJSONCodable>(_ type: Value.Type, from bytes: [UInt8]) throws(Failure) -> Value {
        var reader = CompactJSONReader(bytes)
        let value = try Value(reading: &reader)
        if reader.at < bytes.count && bytes[reader.at] == 0x0A { reader.at += 1 }
        guard reader.at == bytes.count else { throw Failure(offset: reader.at) }
        return value
    }

    private var failure: Failure { Failure(offset: at) }

    private mutating func expect(_ byte: UInt8) throws(Failure) {
        guard at < bytes.count, bytes[at] == byte else { throw failure }
        at += 1
    }

    private func peek(_ byte: UInt8) -> Bool {
        at < bytes.count && bytes[at] == byte
    }

    mutating func beginObject() throws(Failure) {
        try expect(UInt8(ascii: "{"))
        first = true
    }

    mutating func endObject() throws(Failure) {
        try expect(UInt8(ascii: "}"))
        first = false
    }

    mutating func beginArray() throws(Failure) {
        try expect(UInt8(ascii: "["))
        first = true
    }

    /// Whether another element follows in the array (its comma read); false at its end (read).
    mutating func nextElement() throws(Failure) -> Bool {
        if peek(UInt8(ascii: "]")) {
            at += 1
            first = false
            return false
        }
        if first { first = false } else { try expect(UInt8(ascii: ",")) }
        return true
    }

    /// The next key of an object whose keys are data (a dictionary); nil at its end (read).
    mutating func nextKey() throws(Failure) -> String? {
        if peek(UInt8(ascii: "}")) {
            at += 1
            first = false
            return nil
        }
        if first { first = false } else { try expect(UInt8(ascii: ",")) }
        let name = try string()
        try expect(UInt8(ascii: ":"))
        return name
    }

    /// The key `key`, exactly, and its colon.
    mutating func key<Key: CodingKey>(_ key: Key) throws(Failure) {
        if first { first = false } else { try expect(UInt8(ascii: ",")) }
        try expect(UInt8(ascii: "\""))
        var name = key.stringValue
        let matched = name.withUTF8 { name -> Bool in
            guard at + name.count < bytes.count else { return false }
            for i in 0..<name.count where bytes[at + i] != name[i] { return false }
            return true
        }
        guard matched else { throw failure }
        at += name.utf8.count
        try expect(UInt8(ascii: "\""))
        try expect(UInt8(ascii: ":"))
    }

    /// A key and its value.
    mutating func field<Key: CodingKey, Value: CompactJSONCodable>(_ key: Key) throws(Failure) -> Value {
        try self.key(key)
        return try Value(reading: &self)
    }

    /// Whether the value is `null` (read).
    mutating func null() -> Bool {
        guard at + 4 <= bytes.count, bytes[at] == UInt8(ascii: "n"), bytes[at + 1] == UInt8(ascii: "u"),
              bytes[at + 2] == UInt8(ascii: "l"), bytes[at + 3] == UInt8(ascii: "l") else { return false }
        at += 4
        return true
    }

    mutating func bool() throws(Failure) -> Bool {
        if at + 4 <= bytes.count, bytes[at] == UInt8(ascii: "t"), bytes[at + 1] == UInt8(ascii: "r"),
           bytes[at + 2] == UInt8(ascii: "u"), bytes[at + 3] == UInt8(ascii: "e") {
            at += 4
            return true
        }
        if at + 5 <= bytes.count, bytes[at] == UInt8(ascii: "f"), bytes[at + 1] == UInt8(ascii: "a"),
           bytes[at + 2] == UInt8(ascii: "l"), bytes[at + 3] == UInt8(ascii: "s"), bytes[at + 4] == UInt8(ascii: "e") {
            at += 5
            return false
        }
        throw failure
    }

    mutating func int() throws(Failure) -> Int {
        Int(try int64())
    }

    mutating func int64() throws(Failure) -> Int64 {
        let start = at
        let negative = peek(UInt8(ascii: "-"))
        if negative { at += 1 }
        let magnitude = try uint64()
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { throw Failure(offset: start) }
            return Int64(bitPattern: 0 &- magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { throw Failure(offset: start) }
        return Int64(magnitude)
    }

    mutating func uint64() throws(Failure) -> UInt64 {
        let start = at
        var value: UInt64 = 0
        while at < bytes.count, bytes[at] >= 0x30, bytes[at] <= 0x39 {
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(UInt64(bytes[at] - 0x30))
            guard !o1, !o2 else { throw Failure(offset: start) }
            value = sum
            at += 1
        }
        // At least one digit, and no leading zero (JSON's rule, and what the writer writes).
        guard at > start, at == start + 1 || bytes[start] != 0x30 else { throw Failure(offset: start) }
        return value
    }

    /// A string that is the raw value of a `T`.
    mutating func rawValue<T: RawRepresentable>() throws(Failure) -> T where T.RawValue == String {
        let start = at
        guard let value = T(rawValue: try string()) else { throw Failure(offset: start) }
        return value
    }

    /// A failure at the value just read (which was well-formed but not a valid value).
    func invalid() -> Failure { failure }

    /// A string, its escapes undone (`\uXXXX` included, surrogate pairs too).
    mutating func string() throws(Failure) -> String {
        try expect(UInt8(ascii: "\""))
        let start = at
        while at < bytes.count {
            let b = bytes[at]
            if b == UInt8(ascii: "\"") {
                defer { at += 1 }
                return String(decoding: bytes[start..<at], as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") { return try escapedString(from: start) }
            guard b >= 0x20 else { throw failure }
            at += 1
        }
        throw failure
    }

    /// The rest of a string from `start` (its first byte after the quote) that has escapes;
    /// `at` is at the first backslash.
    private mutating func escapedString(from start: Int) throws(Failure) -> String {
        var text = Array(bytes[start..<at])
        while at < bytes.count {
            let b = bytes[at]
            at += 1
            switch b {
            case UInt8(ascii: "\""):
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard at < bytes.count else { throw failure }
                let e = bytes[at]
                at += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(e)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        try expect(UInt8(ascii: "\\"))
                        try expect(UInt8(ascii: "u"))
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw failure }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let value = Unicode.Scalar(scalar) else { throw failure }
                    text.append(contentsOf: value.utf8)
                default:
                    throw Failure(offset: at - 1)
                }
            default:
                guard b >= 0x20 else { throw Failure(offset: at - 1) }
                text.append(b)
            }
        }
        throw failure
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard at + 4 <= bytes.count else { throw failure }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[at]
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: throw failure
            }
            value = value << 4 | UInt32(digit)
            at += 1
        }
        return value
    }
}
