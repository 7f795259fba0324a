import Testing
@testable import GongkaiCore

@Suite("stored zip")
struct StoredZipTests {
    @Test("CRC-32 matches the standard check values")
    func crc() {
        #expect(StoredZip.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(StoredZip.crc32([]) == 0)
        #expect(StoredZip.crc32(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
    }

    @Test("entries come back with their names and bytes, and the archive is the same every time")
    func roundTrip() throws {
        func make() -> [UInt8] {
            var zip = StoredZip()
            zip.add("a.txt", Array("甲".utf8))
            zip.add("dir/b.xml", Array("<b/>".utf8))
            zip.add("empty", [])
            return zip.bytes()
        }
        let bytes = make()
        #expect(bytes == make())
        let entries = try StoredZipReader.entries(bytes)
        #expect(entries.map(\.name) == ["a.txt", "dir/b.xml", "empty"])
        #expect(entries[0].contents == Array("甲".utf8))
        #expect(entries[2].contents.isEmpty)
    }
}
