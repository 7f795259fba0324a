@testable import GongkaiCore
import Testing

@Suite("comparing strings by their UTF-8 bytes")
struct StringSameUTF8Tests {
    @Test("strings are the same bytes exactly when their UTF-8 views are equal: empty, small, long, Chinese, canonically equivalent")
    func sameBytes() {
        let texts = ["", "a", "ab", "政务", "政务公开", String(repeating: "信息公开", count: 20), "caf\u{E9}", "cafe\u{301}",
                     "123456789012345", "1234567890123456", String(repeating: "x", count: 200) + "y", String(repeating: "x", count: 200) + "z"]
        for a in texts {
            for b in texts {
                #expect(a.hasSameUTF8(as: b) == a.utf8.elementsEqual(b.utf8), "\(a) / \(b)")
            }
        }
        #expect("caf\u{E9}" == "cafe\u{301}" && !"caf\u{E9}".hasSameUTF8(as: "cafe\u{301}"))
        let bridged = String(decoding: Array("公开目录".utf8), as: UTF8.self)
        #expect(bridged.hasSameUTF8(as: "公开目录") && SearchTermKey(bridged) == SearchTermKey("公开目录"))
        #expect(SearchTermKey("公开") != SearchTermKey("公示"))
    }
}
