import Foundation

/// Packed CJK term keys (`CJKTermKey`) with a small integer each: the
/// fields a document has the term in, or the index's number for the term.
///
/// Fast path (bench/PERFORMANCE.md): open addressing with linear probing and a
/// multiplicative hash over storage of its own, instead of a `Dictionary`. Key 0 marks an
/// empty slot; no `CJKTermKey` is 0. A table is used by one thread at a time.
///
/// The occupied slots are also listed in insertion order, so that `drainPacked()` reads
/// and empties only those: a document's table is then used again for the next document
/// (`SearchKeyTablePool`) instead of a new one being zeroed.
final class SearchKeyTable<Value: FixedWidthInteger & Sendable>: @unchecked Sendable {
    private var keys: UnsafeMutablePointer<UInt64>
    private var values: UnsafeMutablePointer<Value>
    /// The occupied slots in insertion order; room for `size / 2 + 2`.
    private var order: UnsafeMutablePointer<Int32>
    private var size: Int
    private(set) var count = 0

    init(expected: Int = 0) {
        size = 64
        while size < expected * 2 { size *= 2 }
        (keys, values, order) = Self.allocate(size)
    }

    /// Storage for `size` slots, keys zeroed (`memset` is several times cheaper than
    /// `initialize(repeating:count:)`, which stored one slot at a time). Values are
    /// written when a key is added.
    private static func allocate(_ size: Int) -> (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<Value>, UnsafeMutablePointer<Int32>) {
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: size)
        memset(keys, 0, size * MemoryLayout<UInt64>.stride)
        return (keys, .allocate(capacity: size), .allocate(capacity: size / 2 + 2))
    }

    deinit {
        keys.deallocate()
        values.deallocate()
        order.deallocate()
    }

    /// Makes room for `expected` keys without growing on the way.
    func reserve(_ expected: Int) {
        while size < expected * 2 { grow() }
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

    /// Adds, with `bits`, each character of the run of Han characters written with three
    /// UTF-8 bytes (U+3400–U+4DBF, U+4E00–U+9FFF) that starts at `start`, and its bigram
    /// with the character before it (`previous`; 0 for none): what
    /// `SearchTermScanner.addCJK` does for each, with the table's storage in registers.
    /// Returns where the run ends, its last character (`previous` when it is empty) and
    /// whether it holds a 号. Always inlined into the scanner's loop (bench/PERFORMANCE.md).
    @inline(__always)
    func insertHanRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, previous: UInt32, bits: Value) -> (end: Int, last: UInt32, hasHao: Bool) {
        guard let base = bytes.baseAddress else { return (start, previous, false) }
        var keys = self.keys, values = self.values, order = self.order
        var mask = size &- 1
        var limit = size / 2
        var count = self.count
        let n = bytes.count
        var i = start
        var last = previous
        var hasHao = false
        while i &+ 2 < n {
            let b0 = UInt32(base[i])
            guard b0 &- 0xE3 <= 6 else { break }   // U+3000–U+9FFF
            let v = UTF8Scalars.threeByteValue(base, at: i)
            guard v >= 0x4E00 || (v >= 0x3400 && v <= 0x4DBF) else { break }
            i &+= 3
            if v == 0x53F7 { hasHao = true }   // 号
            var key = CJKTermKey.character(v)
            var bigram = last != 0
            while true {
                var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
                while true {
                    let existing = keys[slot]
                    if existing == key {
                        values[slot] |= bits
                        break
                    }
                    if existing == 0 {
                        keys[slot] = key
                        values[slot] = bits
                        order[count] = Int32(truncatingIfNeeded: slot)
                        count &+= 1
                        break
                    }
                    slot = (slot &+ 1) & mask
                }
                guard bigram else { break }
                bigram = false
                key = CJKTermKey.bigram(last, v)
            }
            last = v
            if count > limit {
                self.count = count
                grow()
                keys = self.keys
                values = self.values
                order = self.order
                mask = size &- 1
                limit = size / 2
            }
        }
        self.count = count
        return (i, last, hasHao)
    }

    /// Every key as `key << 4 | value`, in insertion order.
    var packed: [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(count)
        for k in 0..<count {
            let slot = Int(order[k])
            result.append(keys[slot] << 4 | UInt64(values[slot]))
        }
        return result
    }

    /// `packed`, leaving the table empty.
    func drainPacked() -> [UInt64] {
        let n = count
        let result = [UInt64](unsafeUninitializedCapacity: n) { buffer, initialized in
            for k in 0..<n {
                let slot = Int(order[k])
                buffer[k] = keys[slot] << 4 | UInt64(values[slot])
                keys[slot] = 0
            }
            initialized = n
        }
        count = 0
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
        order[count] = Int32(truncatingIfNeeded: slot)
        count += 1
        if count * 2 > size { grow() }
    }

    private func grow() {
        let oldKeys = keys, oldValues = values, oldOrder = order, oldCount = count
        size *= 2
        (keys, values, order) = Self.allocate(size)
        count = 0
        for k in 0..<oldCount {
            let slot = Int(oldOrder[k])
            let target = probe(oldKeys[slot]).slot
            keys[target] = oldKeys[slot]
            values[target] = oldValues[slot]
            order[count] = Int32(truncatingIfNeeded: target)
            count += 1
        }
        oldKeys.deallocate()
        oldValues.deallocate()
        oldOrder.deallocate()
    }
}
