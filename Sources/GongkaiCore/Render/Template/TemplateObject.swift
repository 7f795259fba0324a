/// The members of a template object, found by small hashes.
///
/// View models have a few to a few dozen members and are built once per page, while the
/// templates look names up hundreds of times per page. A Swift `Dictionary` hashes every
/// key with SipHash on each insert and each lookup; here a member's key is hashed once
/// with FNV-1a when it is added, a template name's parts once when the template is
/// parsed (`TemplateName.hashes`), and a lookup compares 32-bit hashes before any text:
/// by a scan in small objects, through an open-addressing table in large ones (labels).
/// Key, hash and value sit together in one array, so adding a member is one append
/// (bench/PERFORMANCE.md).
struct TemplateObject: Sendable, ExpressibleByDictionaryLiteral {
    private struct Member: Sendable {
        var key: String
        var hash: UInt32
        var value: TemplateValue
    }

    private var members: [Member] = []
    /// For objects of more than `scanLimit` members: member index + 1 by hash slot, 0 when empty.
    private var slots: [Int32] = []

    /// Objects up to this size are scanned; larger ones get a hash table.
    private static let scanLimit = 12

    init() {}

    /// Later duplicates of a key replace earlier ones, as in a dictionary.
    init(dictionaryLiteral elements: (String, TemplateValue)...) {
        reserveCapacity(elements.count)
        for (key, value) in elements { set(key, Self.hash(key), value) }
    }

    init(_ members: [String: TemplateValue]) {
        reserveCapacity(members.count)
        // Keys of a dictionary are distinct: no need to look for an existing one.
        for (key, value) in members { append(key, Self.hash(key), value) }
    }

    var count: Int { members.count }

    mutating func reserveCapacity(_ capacity: Int) {
        members.reserveCapacity(capacity)
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
        return members[i].value
    }

    subscript(key: String) -> TemplateValue? {
        get { value(key, hash: Self.hash(key)) }
        set {
            let hash = Self.hash(key)
            if let newValue {
                set(key, hash, newValue)
            } else if let i = index(of: key, hash: hash) {
                members.remove(at: i)
                rebuildSlots()
            }
        }
    }

    /// This object with `other`'s members added, replacing members of the same key.
    func merging(_ other: TemplateObject) -> TemplateObject {
        var result = self
        result.reserveCapacity(count + other.count)
        for member in other.members { result.set(member.key, member.hash, member.value) }
        return result
    }

    /// Sets member `key`, whose `hash(_:)` is `hash`: replaces it or adds it.
    private mutating func set(_ key: String, _ hash: UInt32, _ value: TemplateValue) {
        if let i = index(of: key, hash: hash) {
            members[i].value = value
        } else {
            append(key, hash, value)
        }
    }

    private mutating func append(_ key: String, _ hash: UInt32, _ value: TemplateValue) {
        members.append(Member(key: key, hash: hash, value: value))
        let count = members.count
        if count > Self.scanLimit {
            if slots.count < count * 2 { rebuildSlots() } else { insertSlot(count - 1) }
        }
    }

    @inline(__always)
    private func index(of key: String, hash: UInt32) -> Int? {
        if slots.isEmpty {
            var i = 0
            let count = members.count
            while i < count {
                if members[i].hash == hash && members[i].key == key { return i }
                i += 1
            }
            return nil
        }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if members[entry - 1].hash == hash && members[entry - 1].key == key { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    private mutating func insertSlot(_ i: Int) {
        let mask = slots.count - 1
        var slot = Int(members[i].hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(i + 1)
    }

    private mutating func rebuildSlots() {
        guard members.count > Self.scanLimit else {
            slots = []
            return
        }
        var size = 32
        while size < members.count * 4 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        for i in members.indices { insertSlot(i) }
    }
}

/// A finished `TemplateObject`, as a template value holds it.
final class TemplateMembers: Sendable {
    let object: TemplateObject

    init(_ object: TemplateObject) {
        self.object = object
    }
}
