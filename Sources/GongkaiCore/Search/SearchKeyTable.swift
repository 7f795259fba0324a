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
///
/// A document's table also records where each bigram occurs (`insertHanRun`,
/// `insertBigram`), for phrase search: one `UInt64` per occurrence, the key's number in
/// insertion order above the position, grouped by key in `drainPositions()`.
///
/// Han characters written with three UTF-8 bytes (U+3400–U+9FFF), nearly one per
/// character of a Chinese text, are not hashed: `insert` and `insertHanRun` keep their
/// bits in a table indexed by the character (bench/PERFORMANCE.md, “Search terms
/// (issue 18)”), and `packed` lists them after the hashed keys. Those two are given
/// non-zero bits (0 marks an absent character); `value(of:orInsert:)` hashes every key, so
/// a table is used one way or the other, not both.
final class SearchKeyTable<Value: FixedWidthInteger & Sendable>: @unchecked Sendable {
    private var keys: UnsafeMutablePointer<UInt64>
    private var values: UnsafeMutablePointer<Value>
    /// The occupied slots in insertion order; room for `size / 2 + 2`.
    private var order: UnsafeMutablePointer<Int32>
    /// The inverse of `order`: each occupied slot's number in insertion order.
    private var slotOrder: UnsafeMutablePointer<Int32>
    private var size: Int
    /// The number of keys in the hash slots.
    private var hashCount = 0
    /// Each directly indexed character's bits (`character - characterBase`), 0 when absent.
    private let characterValues: UnsafeMutablePointer<Value>
    /// The directly indexed characters present, as `character - characterBase`, in the
    /// order they were added.
    private let characterOrder: UnsafeMutablePointer<UInt16>
    private var characterCount = 0
    /// The first character indexed directly, and how many are.
    private static var characterBase: UInt64 { 0x3400 }
    private static var characterRange: Int { 0xA000 - 0x3400 }
    /// The number of keys.
    var count: Int { hashCount + characterCount }
    /// Bigram occurrences, `orderNumber << 32 | position`, in the order they were added.
    private var occurrences: UnsafeMutablePointer<UInt64>
    private var occurrenceCapacity = 256
    private(set) var occurrenceCount = 0

    init(expected: Int = 0) {
        size = 64
        while size < expected * 2 { size *= 2 }
        (keys, values, order, slotOrder) = Self.allocate(size)
        occurrences = .allocate(capacity: occurrenceCapacity)
        characterValues = .allocate(capacity: Self.characterRange)
        memset(characterValues, 0, Self.characterRange * MemoryLayout<Value>.stride)
        characterOrder = .allocate(capacity: Self.characterRange)
    }

    /// Storage for `size` slots, keys zeroed (`memset` is several times cheaper than
    /// `initialize(repeating:count:)`, which stored one slot at a time). Values are
    /// written when a key is added.
    private static func allocate(_ size: Int) -> (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<Value>, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>) {
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: size)
        memset(keys, 0, size * MemoryLayout<UInt64>.stride)
        return (keys, .allocate(capacity: size), .allocate(capacity: size / 2 + 2), .allocate(capacity: size))
    }

    deinit {
        keys.deallocate()
        values.deallocate()
        order.deallocate()
        slotOrder.deallocate()
        occurrences.deallocate()
        characterValues.deallocate()
        characterOrder.deallocate()
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

    /// Adds `key` with `bits` (not 0), or adds the bits to a key already there.
    @inline(__always)
    func insert(_ key: UInt64, _ bits: Value) {
        if key &- Self.characterBase < UInt64(Self.characterRange) {
            precondition(bits != 0, "a character is added with the fields it was found in")
            return insertCharacter(Int(truncatingIfNeeded: key &- Self.characterBase), bits)
        }
        let (slot, found) = probe(key)
        if found {
            values[slot] |= bits
        } else {
            add(key, bits, at: slot)
        }
    }

    /// Adds directly indexed character `index` (its value minus `characterBase`) with
    /// `bits`, not 0.
    @inline(__always)
    private func insertCharacter(_ index: Int, _ bits: Value) {
        let had = characterValues[index]
        if had == 0 {
            characterOrder[characterCount] = UInt16(truncatingIfNeeded: index)
            characterCount &+= 1
        }
        characterValues[index] = had | bits
    }

    /// Adds bigram `key` with `bits`, and records that it occurs at `position` (that of
    /// its first character).
    @inline(__always)
    func insertBigram(_ key: UInt64, _ bits: Value, at position: Int32) {
        let (slot, found) = probe(key)
        let number: Int32
        if found {
            values[slot] |= bits
            number = slotOrder[slot]
        } else {
            number = Int32(truncatingIfNeeded: hashCount)
            add(key, bits, at: slot)
        }
        if occurrenceCount == occurrenceCapacity { growOccurrences() }
        occurrences[occurrenceCount] = UInt64(UInt32(bitPattern: number)) << 32 | UInt64(UInt32(bitPattern: position))
        occurrenceCount += 1
    }

    /// Adds, with `bits` (not 0), each character of the run of Han characters written with
    /// three UTF-8 bytes (U+3400–U+4DBF, U+4E00–U+9FFF) that starts at `start`, and its
    /// bigram with the character before it (`previous`; 0 for none): what
    /// `SearchTermScanner.addCJK` does for each, with the table's storage in registers.
    /// The character is indexed directly; only the bigram is hashed.
    /// The run's first character is at `position` and each bigram's occurrence is recorded
    /// at its first character's position.
    ///
    /// Punctuation between Han characters that normalises to a separator and opens no
    /// bracket (`isRunBreak`: 、。〈〉《》「」『』 and full-width ，：；！？) ends the run and
    /// the loop goes on with the next, as the scanner would have done: the run's end skips
    /// one position, and the next character starts a run without a bigram. Not as the
    /// first character: the scanner may be in a word there (bench/PERFORMANCE.md).
    ///
    /// Returns where the Han text ends, its last character (0 when it ends on such
    /// punctuation; `previous` when nothing was added) and the position after it. Always
    /// inlined into the scanner's loop (bench/PERFORMANCE.md).
    @inline(__always)
    func insertHanRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, previous: UInt32, bits: Value, position: Int32) -> (end: Int, last: UInt32, position: Int32) {
        guard let base = bytes.baseAddress else { return (start, previous, position) }
        precondition(bits != 0, "characters are added with the fields they were found in")
        var keys = self.keys, values = self.values, order = self.order, slotOrder = self.slotOrder
        let characterValues = self.characterValues, characterOrder = self.characterOrder
        var characterCount = self.characterCount
        var mask = size &- 1
        var limit = size / 2
        var count = self.hashCount
        let n = bytes.count
        var i = start
        var last = previous
        // Room for one occurrence per character of the rest of the text.
        if occurrenceCapacity - occurrenceCount < (n - start) / 3 + 1 { growOccurrences(toHold: occurrenceCount + (n - start) / 3 + 1) }
        let occurrences = self.occurrences
        var occurrenceCount = self.occurrenceCount
        var position = UInt64(UInt32(bitPattern: position))
        while i &+ 2 < n {
            let b0 = UInt32(base[i])
            guard b0 &- 0xE3 <= 6 || b0 == 0xEF else { break }   // U+3000–U+9FFF, U+F000–U+FFFF
            let v = UTF8Scalars.threeByteValue(base, at: i)
            guard v &- 0x4E00 <= 0x9FFF - 0x4E00 || v &- 0x3400 <= 0x4DBF - 0x3400 else {
                guard i != start, Self.isRunBreak(v) else { break }
                if last != 0 {
                    position &+= 1   // the run ends: skip one
                    last = 0
                }
                i &+= 3
                continue
            }
            i &+= 3
            let character = Int(truncatingIfNeeded: v &- 0x3400)
            let had = characterValues[character]
            if had == 0 {
                characterOrder[characterCount] = UInt16(truncatingIfNeeded: character)
                characterCount &+= 1
            }
            characterValues[character] = had | bits
            if last != 0 {
                let key = CJKTermKey.bigram(last, v)
                var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
                var number: Int32
                while true {
                    let existing = keys[slot]
                    if existing == key {
                        values[slot] |= bits
                        number = slotOrder[slot]
                        break
                    }
                    if existing == 0 {
                        keys[slot] = key
                        values[slot] = bits
                        order[count] = Int32(truncatingIfNeeded: slot)
                        number = Int32(truncatingIfNeeded: count)
                        slotOrder[slot] = number
                        count &+= 1
                        break
                    }
                    slot = (slot &+ 1) & mask
                }
                occurrences[occurrenceCount] = UInt64(UInt32(bitPattern: number)) << 32 | (position &- 1)
                occurrenceCount &+= 1
                if count > limit {
                    self.hashCount = count
                    grow()
                    keys = self.keys
                    values = self.values
                    order = self.order
                    slotOrder = self.slotOrder
                    mask = size &- 1
                    limit = size / 2
                }
            }
            last = v
            position &+= 1
        }
        self.hashCount = count
        self.characterCount = characterCount
        self.occurrenceCount = occurrenceCount
        return (i, last, Int32(truncatingIfNeeded: position))
    }

    /// Punctuation that `insertHanRun` passes over: written with three UTF-8 bytes, a
    /// separator once normalised (`SearchTokenizer.normalize`, `kind`), and not an opening
    /// bracket (`SearchTokenizer.isOpener`, which a 文号 needs).
    @inline(__always)
    static func isRunBreak(_ v: UInt32) -> Bool {
        switch v {
        case 0x3001, 0x3002, 0x3008...0x300F,   // 、。〈〉《》「」『』
             0xFF0C, 0xFF1A, 0xFF1B, 0xFF01, 0xFF1F:   // ，：；！？
            return true
        default:
            return false
        }
    }

    /// Each key's recorded positions, ascending, grouped by the key's number in `packed`
    /// order: key `k`'s are `positions[starts[k]..<starts[k + 1]]` (none for the directly
    /// indexed characters, which come last). Clears the positions; call it before
    /// `drainPacked()`.
    func drainPositions() -> (starts: [Int32], positions: [Int32]) {
        let n = hashCount, total = count, m = occurrenceCount, occurrences = self.occurrences
        // A counting sort over storage of its own (bench/PERFORMANCE.md): `next` is where
        // each key's next position goes.
        let next = UnsafeMutablePointer<Int32>.allocate(capacity: n + 1)
        defer { next.deallocate() }
        let starts = [Int32](unsafeUninitializedCapacity: total + 1) { buffer, initialized in
            let base = buffer.baseAddress!
            base.initialize(repeating: 0, count: n + 1)
            for k in 0..<m { base[Int(truncatingIfNeeded: occurrences[k] >> 32) &+ 1] &+= 1 }
            for k in 0..<n { base[k &+ 1] &+= base[k] }
            next.initialize(from: base, count: n + 1)
            (base + n + 1).initialize(repeating: base[n], count: total - n)
            initialized = total + 1
        }
        let positions = [Int32](unsafeUninitializedCapacity: m) { buffer, initialized in
            initialized = 0
            guard m > 0, let base = buffer.baseAddress else { return }
            // Occurrences were added in ascending position, so each key's stay ascending.
            for k in 0..<m {
                let number = Int(truncatingIfNeeded: occurrences[k] >> 32)
                base[Int(next[number])] = Int32(bitPattern: UInt32(truncatingIfNeeded: occurrences[k]))
                next[number] &+= 1
            }
            initialized = m
        }
        occurrenceCount = 0
        return (starts, positions)
    }

    private func growOccurrences(toHold needed: Int = 0) {
        var capacity = occurrenceCapacity * 2
        while capacity < needed { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        grown.moveInitialize(from: occurrences, count: occurrenceCount)
        occurrences.deallocate()
        occurrences = grown
        occurrenceCapacity = capacity
    }

    /// Every key as `key << 4 | value`: the hashed keys in insertion order, then the
    /// directly indexed characters in insertion order.
    var packed: [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(count)
        for k in 0..<hashCount {
            let slot = Int(order[k])
            result.append(keys[slot] << 4 | UInt64(values[slot]))
        }
        for k in 0..<characterCount {
            let index = Int(characterOrder[k])
            result.append((Self.characterBase + UInt64(index)) << 4 | UInt64(characterValues[index]))
        }
        return result
    }

    /// `packed`, leaving the table empty.
    func drainPacked() -> [UInt64] {
        let n = hashCount, characters = characterCount
        let result = [UInt64](unsafeUninitializedCapacity: n + characters) { buffer, initialized in
            for k in 0..<n {
                let slot = Int(order[k])
                buffer[k] = keys[slot] << 4 | UInt64(values[slot])
                keys[slot] = 0
            }
            for k in 0..<characters {
                let index = Int(characterOrder[k])
                buffer[n + k] = (Self.characterBase + UInt64(index)) << 4 | UInt64(characterValues[index])
                characterValues[index] = 0
            }
            initialized = n + characters
        }
        hashCount = 0
        characterCount = 0
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
        order[hashCount] = Int32(truncatingIfNeeded: slot)
        slotOrder[slot] = Int32(truncatingIfNeeded: hashCount)
        hashCount += 1
        if hashCount * 2 > size { grow() }
    }

    private func grow() {
        let oldKeys = keys, oldValues = values, oldOrder = order, oldSlotOrder = slotOrder, oldCount = hashCount
        size *= 2
        (keys, values, order, slotOrder) = Self.allocate(size)
        hashCount = 0
        for k in 0..<oldCount {
            let slot = Int(oldOrder[k])
            let target = probe(oldKeys[slot]).slot
            keys[target] = oldKeys[slot]
            values[target] = oldValues[slot]
            order[hashCount] = Int32(truncatingIfNeeded: target)
            slotOrder[target] = Int32(truncatingIfNeeded: hashCount)
            hashCount += 1
        }
        oldKeys.deallocate()
        oldValues.deallocate()
        oldOrder.deallocate()
        oldSlotOrder.deallocate()
    }
}
