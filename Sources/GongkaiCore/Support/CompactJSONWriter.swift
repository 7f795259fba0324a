/// Writes compact JSON (no white space) straight into bytes, for the site group's internal
/// files: a member's part summary (`MemberPart`), its input stats (`MemberInputStats`) and its
/// search pack's table (`MemberSearchPack`). People never read these; `SortedJSON` stays the
/// writer of everything they do read (`--format json`, annual report data).
///
/// Why it exists: `JSONEncoder` spent some 3.8 % of a 10 × 2,000 group build's CPU on these
/// files, serially between members (bench/PERFORMANCE.md, “The group's internal files”).
///
/// Keys are written in the order the caller writes them (each type writes its `CodingKeys` in
/// sorted order); a value inside an object or an array is preceded by `key(_:)` or `element()`,
/// which put the commas in.
struct CompactJSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the next key or element is the first of its object or array.
    private var first = true

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        first = true
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        first = false
    }

    mutating func beginArray() {
        bytes.append(UInt8(ascii: "["))
        first = true
    }

    mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        first = false
    }

    /// Before each element of an array.
    mutating func element() {
        if first { first = false } else { bytes.append(UInt8(ascii: ",")) }
    }

    /// Before each value of an object: its key. A `CodingKeys` name is a Swift identifier,
    /// nothing to escape, so its bytes are copied as they are.
    mutating func key<Key: CodingKey>(_ key: Key) {
        element()
        bytes.append(UInt8(ascii: "\""))
        var name = key.stringValue
        name.withUTF8 { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    /// A key that is data (a dictionary's), escaped as any string.
    mutating func key(_ name: String) {
        element()
        string(name)
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func null() {
        bytes.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
    }

    mutating func bool(_ value: Bool) {
        if value {
            bytes.append(contentsOf: [UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "u"), UInt8(ascii: "e")])
        } else {
            bytes.append(contentsOf: [UInt8(ascii: "f"), UInt8(ascii: "a"), UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "e")])
        }
    }

    mutating func int(_ value: Int) {
        int64(Int64(value))
    }

    mutating func int64(_ value: Int64) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            // The magnitude of Int64.min does not fit in Int64; it does in UInt64.
            uint64(UInt64(bitPattern: 0 &- value))
        } else {
            uint64(UInt64(value))
        }
    }

    mutating func uint64(_ value: UInt64) {
        if value < 10 {
            bytes.append(UInt8(truncatingIfNeeded: value) &+ 0x30)
            return
        }
        // The digits from the last, into a buffer on the stack (at most 20), then appended at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var at = 20
            var rest = value
            while rest > 0 {
                at -= 1
                digits[at] = UInt8(truncatingIfNeeded: rest % 10) &+ 0x30
                rest /= 10
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[at...]))
        }
    }

    /// `value` as a JSON string: `"` and `\` escaped with a backslash, control characters as
    /// `\n`, `\t`, `\r`, `\b`, `\f` or `\u00XX`, everything else (`/`, Chinese, emoji) as its UTF-8.
    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { string(utf8: $0) }
    }

    /// Eight bytes at a time are skipped while none of them needs an escape
    /// (`mayNeedEscape`): a group's parts write some hundred thousand titles, links and
    /// 索引号, almost none with a quote, a backslash or a control character.
    mutating func string(utf8 text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        guard let base = text.baseAddress else {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        let n = text.count
        var verbatim = 0
        var i = 0
        while i < n {
            while i + 8 <= n, !Self.mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i += 8 }
            let stop = min(i + 8, n)
            while i < stop {
                let b = base[i]
                i += 1
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                if i - 1 > verbatim { bytes.append(contentsOf: UnsafeBufferPointer(start: base + verbatim, count: i - 1 - verbatim)) }
                verbatim = i
                bytes.append(UInt8(ascii: "\\"))
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(b)
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
            }
        }
        if n > verbatim { bytes.append(contentsOf: UnsafeBufferPointer(start: base + verbatim, count: n - verbatim)) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// False only when none of the word's eight bytes is below 0x20, `"` or `\`.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        word.hasByte(below: 0x20) || (word ^ .repeating(0x22)).hasZeroByte || (word ^ .repeating(0x5C)).hasZeroByte
    }
}

extension CompactJSONWriter {
    /// `value` written as a whole document.
    static func encode<Value: CompactJSONCodable>(_ value: Value, capacity: Int = 4096) -> [UInt8] {
        var writer = CompactJSONWriter(capacity: capacity)
        value.write(to: &writer)
        return writer.bytes
    }

    /// A key and its value.
    mutating func field<Key: CodingKey, Value: CompactJSONCodable>(_ key: Key, _ value: Value) {
        self.key(key)
        value.write(to: &self)
    }
}
