/// A zip archive with stored (uncompressed) entries, as a .docx needs: local headers, the
/// central directory and its end record, each entry with its CRC-32. Every timestamp is
/// 1980-01-01 00:00 (the earliest DOS time), so the same entries give the same bytes.
struct StoredZip {
    private var data: [UInt8] = []
    private var central: [UInt8] = []
    private var count = 0

    /// Adds a file; `name` is a `/`-separated path inside the archive.
    mutating func add(_ name: String, _ contents: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let crc = Self.crc32(contents)
        let offset = data.count
        // Local file header.
        data += Self.le32(0x0403_4b50)
        data += Self.le16(20)  // version needed: 2.0
        data += Self.le16(0x0800)  // flags: names are UTF-8
        data += Self.le16(0)  // method: stored
        data += Self.le16(0) + Self.le16(0x21)  // time 00:00, date 1980-01-01
        data += Self.le32(crc) + Self.le32(UInt32(contents.count)) + Self.le32(UInt32(contents.count))
        data += Self.le16(UInt16(nameBytes.count)) + Self.le16(0)
        data += nameBytes
        data += contents
        // Its central directory entry.
        central += Self.le32(0x0201_4b50)
        central += Self.le16(20) + Self.le16(20) + Self.le16(0x0800) + Self.le16(0)
        central += Self.le16(0) + Self.le16(0x21)
        central += Self.le32(crc) + Self.le32(UInt32(contents.count)) + Self.le32(UInt32(contents.count))
        central += Self.le16(UInt16(nameBytes.count)) + Self.le16(0) + Self.le16(0)  // name, extra, comment lengths
        central += Self.le16(0) + Self.le16(0) + Self.le32(0)  // disk, internal and external attributes
        central += Self.le32(UInt32(offset))
        central += nameBytes
        count += 1
    }

    /// The finished archive.
    func bytes() -> [UInt8] {
        var out = data + central
        out += Self.le32(0x0605_4b50) + Self.le16(0) + Self.le16(0)
        out += Self.le16(UInt16(count)) + Self.le16(UInt16(count))
        out += Self.le32(UInt32(central.count)) + Self.le32(UInt32(data.count)) + Self.le16(0)
        return out
    }

    private static let crcTable: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// CRC-32 (IEEE 802.3, as zip uses it).
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = crcTable[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    private static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private static func le32(_ v: UInt32) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)] }
}
