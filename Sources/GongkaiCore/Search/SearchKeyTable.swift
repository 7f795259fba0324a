/// Packed CJK term keys (`SearchDocumentTerms.cjkKey`) with a small integer each: the
/// fields a document has the term in, or the index's number for the term.
///
/// Open addressing with linear probing and a multiplicative hash: a document adds a few
/// thousand characters and bigrams, and Swift's `Dictionary` (SipHash per key) made this
/// the largest cost of indexing. Key 0 marks an empty slot; `cjkKey` is never 0.
struct SearchKeyTable<Value: FixedWidthInteger & Sendable>: Sendable {
    private var keys: [UInt64]
    private var fields: [Value]
    private var mask: Int
    private(set) var count = 0

    init(expected: Int = 0) {
        var size = 64
        while size < expected * 2 { size *= 2 }
        keys = Array(repeating: 0, count: size)
        fields = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The value of `key`; when absent, `make()` becomes its value.
    @inline(__always)
    mutating func value(of key: UInt64, orInsert make: () -> Value) -> Value {
        var slot = Self.slot(key, mask)
        while true {
            let existing = keys[slot]
            if existing == key { return fields[slot] }
            if existing == 0 {
                let value = make()
                keys[slot] = key
                fields[slot] = value
                count += 1
                if count * 2 > keys.count { grow() }
                return value
            }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `key` with `field` bits, or adds the bits to a key already there.
    @inline(__always)
    mutating func insert(_ key: UInt64, _ field: Value) {
        var slot = Self.slot(key, mask)
        while true {
            let existing = keys[slot]
            if existing == key {
                fields[slot] |= field
                return
            }
            if existing == 0 {
                keys[slot] = key
                fields[slot] = field
                count += 1
                if count * 2 > keys.count { grow() }
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// Every key as `key << 4 | fields`, in slot order (deterministic for the same inserts).
    var packed: [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(count)
        for slot in keys.indices where keys[slot] != 0 { result.append(keys[slot] << 4 | UInt64(fields[slot])) }
        return result
    }

    /// The value of `key`, or nil when it was never added.
    func value(of key: UInt64) -> Value? {
        var slot = Self.slot(key, mask)
        while keys[slot] != 0 {
            if keys[slot] == key { return fields[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldFields = fields
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        fields = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for slot in oldKeys.indices where oldKeys[slot] != 0 { insert(oldKeys[slot], oldFields[slot]) }
    }
}
