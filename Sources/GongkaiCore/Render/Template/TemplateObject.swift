/// The members of a template object, found by small hashes.
///
/// View models have a few to a few dozen members and are built once per page, while the
/// templates look names up hundreds of times per page. A Swift `Dictionary` hashes every
/// key with SipHash on each insert and each lookup; here a member's key is hashed once
/// with FNV-1a when it is added, a template name's parts once when the template is
/// parsed (`TemplateName.hashes`), and a lookup compares 32-bit hashes before any text:
/// by a scan in small objects, through an open-addressing table in large ones (labels).
struct TemplateObject: Sendable, ExpressibleByDictionaryLiteral {
    private var keys: [String] = []
    private var hashes: [UInt32] = []
    private var values: [TemplateValue] = []
    /// For objects of more than `scanLimit` members: member index + 1 by hash slot, 0 when empty.
    private var slots: [Int32] = []

    /// Objects up to this size are scanned; larger ones get a hash table.
    private static let scanLimit = 12

    init() {}

    /// Later duplicates of a key replace earlier ones, as in a dictionary.
    init(dictionaryLiteral elements: (String, TemplateValue)...) {
        reserveCapacity(elements.count)
        for (key, value) in elements { self[key] = value }
    }

    init(_ members: [String: TemplateValue]) {
        reserveCapacity(members.count)
        // Keys of a dictionary are distinct: no need to look for an existing one.
        for (key, value) in members { append(key, Self.hash(key), value) }
    }

    var count: Int { keys.count }

    mutating func reserveCapacity(_ capacity: Int) {
        keys.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// FNV-1a over the key's UTF-8 bytes.
    static func hash(_ key: String) -> UInt32 {
        var key = key
        return key.withUTF8 { bytes in
            var hash: UInt32 = 0x811C_9DC5
            for byte in bytes {
                hash ^= UInt32(byte)
                hash = hash &* 0x0100_0193
            }
            return hash
        }
    }

    /// The member `key`, whose `hash(_:)` is `hash`.
    @inline(__always)
    func value(_ key: String, hash: UInt32) -> TemplateValue? {
        guard let i = index(of: key, hash: hash) else { return nil }
        return values[i]
    }

    subscript(key: String) -> TemplateValue? {
        get { value(key, hash: Self.hash(key)) }
        set {
            let hash = Self.hash(key)
            if let i = index(of: key, hash: hash) {
                if let newValue {
                    values[i] = newValue
                } else {
                    keys.remove(at: i)
                    hashes.remove(at: i)
                    values.remove(at: i)
                    rebuildSlots()
                }
            } else if let newValue {
                append(key, hash, newValue)
            }
        }
    }

    /// This object with `other`'s members added, replacing members of the same key.
    func merging(_ other: TemplateObject) -> TemplateObject {
        var result = self
        result.reserveCapacity(count + other.count)
        for i in other.keys.indices { result[other.keys[i]] = other.values[i] }
        return result
    }

    private mutating func append(_ key: String, _ hash: UInt32, _ value: TemplateValue) {
        keys.append(key)
        hashes.append(hash)
        values.append(value)
        let count = keys.count
        if count > Self.scanLimit {
            if slots.count < count * 2 { rebuildSlots() } else { insertSlot(count - 1) }
        }
    }

    @inline(__always)
    private func index(of key: String, hash: UInt32) -> Int? {
        if slots.isEmpty {
            var i = 0
            let count = hashes.count
            while i < count {
                if hashes[i] == hash && keys[i] == key { return i }
                i += 1
            }
            return nil
        }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if hashes[entry - 1] == hash && keys[entry - 1] == key { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    private mutating func insertSlot(_ i: Int) {
        let mask = slots.count - 1
        var slot = Int(hashes[i]) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(i + 1)
    }

    private mutating func rebuildSlots() {
        guard keys.count > Self.scanLimit else {
            slots = []
            return
        }
        var size = 32
        while size < keys.count * 4 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        for i in keys.indices { insertSlot(i) }
    }
}

/// A finished `TemplateObject`, as a template value holds it.
final class TemplateMembers: Sendable {
    let object: TemplateObject

    init(_ object: TemplateObject) {
        self.object = object
    }
}
