@testable import GongkaiCore
import Testing

@Suite("splitting by an ASCII separator's byte")
struct StringSplitASCIITests {
    @Test("pieces are exactly split(separator:maxSplits:)'s, for CJK, ASCII, empty pieces and text with combining marks")
    func sameAsCharacterSplit() {
        let texts = ["民政、扶贫、救灾/救灾", "综合政务/政务公开", "综合政务", "", "/", "//", "/a", "a/", "a//b", "a/b/c", "/a//b/",
                     "e/\u{301}x", "e\u{301}/x", "か/\u{3099}", "か\u{3099}/き", "\r\n/a", "a/\u{200D}b", "ｆｕｌｌ/ｗｉｄｔｈ", "政务/ﾊﾟ",
                     "国民经济管理、国有资产监管/经济运行/其他", "😀/政务", "a\u{0}/b"]
        for text in texts {
            for maxSplits in [0, 1, 2, Int.max] {
                #expect(text.splitASCII("/", maxSplits: maxSplits) == text.split(separator: "/", maxSplits: maxSplits), "\(text) \(maxSplits)")
            }
        }
    }
}
