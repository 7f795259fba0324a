import Foundation

/// Packed CJK term keys (`SearchDocumentTerms.cjkKey`) with a small integer each: the
/// fields a document has the term in, or the index's number for the term.
///
/// Open addressing with linear probing and a multiplicative hash over storage of its
/// own: a document adds a few thousand characters and bigrams, and Swift's `Dictionary`
/// (SipHash per key) and then copy-on-write checks on arrays made this the largest cost
/// of indexing. Key 0 marks an empty slot; `cjkKey` is never 0. A table is used by one
/// thread at a time.
final class SearchKeyTable<Value: FixedWidthInteger & Sendable>: @unchecked Sendable {
    private var keys: UnsafeMutablePointer<UInt64>
    private var values: UnsafeMutablePointer<Value>
    private var size: Int
    private(set) var count = 0

    init(expected: Int = 0) {
        size = 64
        while size < expected * 2 { size *= 2 }
        (keys, values) = Self.allocateZeroed(size)
    }

    /// Zeroed storage for `size` slots; `memset` is several times cheaper than
    /// `initialize(repeating:count:)`, which stored one slot at a time.
    private static func allocateZeroed(_ size: Int) -> (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<Value>) {
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: size)
        memset(keys, 0, size * MemoryLayout<UInt64>.stride)
        let values = UnsafeMutablePointer<Value>.allocate(capacity: size)
        memset(values, 0, size * MemoryLayout<Value>.stride)
        return (keys, values)
    }

    deinit {
        keys.deallocate()
        values.deallocate()
    }

    /// The value of `key`; when absent, `make()` becomes its value.
    @inline(__always)
    func value(of key: UInt64, orInsert make: () -> Value) -> Value {
        let (slot, found) = probe(key)
        if found { return values[slot] }
        let value = make()
        add(key, value, at: slot)
        return value
    }

    /// Adds `key` with `bits`, or adds the bits to a key already there.
    @inline(__always)
    func insert(_ key: UInt64, _ bits: Value) {
        let (slot, found) = probe(key)
        if found {
            values[slot] |= bits
        } else {
            add(key, bits, at: slot)
        }
    }

    /// Every key as `key << 4 | value`, in slot order (deterministic for the same inserts).
    var packed: [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(count)
        for slot in 0..<size where keys[slot] != 0 { result.append(keys[slot] << 4 | UInt64(values[slot])) }
        return result
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func probe(_ key: UInt64) -> (slot: Int, found: Bool) {
        var slot = slot(of: key)
        while true {
            let existing = keys[slot]
            if existing == key { return (slot, true) }
            if existing == 0 { return (slot, false) }
            slot = (slot + 1) & (size - 1)
        }
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & (size - 1)
    }

    @inline(__always)
    private func add(_ key: UInt64, _ value: Value, at slot: Int) {
        keys[slot] = key
        values[slot] = value
        count += 1
        if count * 2 > size { grow() }
    }

    private func grow() {
        let oldKeys = keys, oldValues = values, oldSize = size
        size *= 2
        (keys, values) = Self.allocateZeroed(size)
        count = 0
        for slot in 0..<oldSize where oldKeys[slot] != 0 {
            let target = probe(oldKeys[slot]).slot
            keys[target] = oldKeys[slot]
            values[target] = oldValues[slot]
            count += 1
        }
        oldKeys.deallocate()
        oldValues.deallocate()
    }
}
