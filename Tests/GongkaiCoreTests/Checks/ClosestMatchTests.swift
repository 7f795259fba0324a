import Testing
@testable import GongkaiCore

@Suite("ClosestMatch")
struct ClosestMatchTests {
    static let frontMatterKeys = [
        "title", "index_no", "published", "written", "publisher", "doc_no", "topic", "genre",
        "status", "expires", "abolished", "keywords", "summary", "disclosure", "interprets",
        "interpretation_form", "attachments", "slug", "draft", "privacy_exempt",
    ]

    static let topics = [
        "国务院组织机构", "综合政务", "国民经济管理、国有资产监管", "财政、金融、审计", "国土资源、能源",
        "农业、林业、水利", "工业、交通", "商贸、海关、旅游", "市场监管、安全生产监管", "城乡建设、环境保护",
        "科技、教育", "文化、广电、新闻出版", "卫生、体育", "人口与计划生育、妇女儿童工作", "劳动、人事、监察",
        "公安、安全、司法", "民政、扶贫、救灾", "民族、宗教", "对外事务", "港澳台侨工作", "国防", "其他",
    ]

    @Test("suggests the known key a misspelt front matter key was meant to be", arguments: [
        ("index_n0", "index_no"),
        ("titel", "title"),
        ("publised", "published"),
        ("doc_num", "doc_no"),
        ("keyword", "keywords"),
        ("attachment", "attachments"),
        ("Title", "title"),
        ("interpretation_from", "interpretation_form"),
        ("privacy-exempt", "privacy_exempt"),
        ("draft", "draft"),
    ])
    func suggestsKnownKey(word: String, expected: String) {
        #expect(ClosestMatch.closest(to: word, in: Self.frontMatterKeys) == expected)
    }

    @Test("suggests nothing when no key is reasonably close", arguments: [
        "colour", "author", "category", "x", "zzzzzzzz", "",
    ])
    func suggestsNothingForFarWords(word: String) {
        #expect(ClosestMatch.closest(to: word, in: Self.frontMatterKeys) == nil)
    }

    @Test("works on Chinese names, counting each character as one edit", arguments: [
        ("综合正务", "综合政务"),
        ("综合", "综合政务"),
        ("工业交通", "工业、交通"),
        ("国房", "国防"),
        ("科技教育", "科技、教育"),
    ])
    func matchesChineseTopics(word: String, expected: String) {
        #expect(ClosestMatch.closest(to: word, in: Self.topics) == expected)
    }

    @Test("rejects a Chinese word that shares too little with every candidate")
    func rejectsUnrelatedChineseWord() {
        #expect(ClosestMatch.closest(to: "天气预报信息", in: Self.topics) == nil)
    }

    @Test("breaks ties by candidate order")
    func breaksTiesByOrder() {
        #expect(ClosestMatch.closest(to: "cat", in: ["bat", "cap", "car"]) == "bat")
        #expect(ClosestMatch.closest(to: "cat", in: ["cap", "bat", "car"]) == "cap")
        #expect(ClosestMatch.closest(to: "cat", in: ["dog", "cart", "cast"]) == "cart")
    }

    @Test("prefers an exact match to an earlier near match")
    func prefersExactMatch() {
        #expect(ClosestMatch.closest(to: "topic", in: ["topics", "topic"]) == "topic")
    }

    @Test("returns nil when there are no candidates")
    func emptyCandidates() {
        #expect(ClosestMatch.closest(to: "title", in: []) == nil)
    }

    @Test("a reusable matcher gives the same answers as the one-shot form")
    func reusableMatcher() {
        let matcher = ClosestMatch(candidates: Self.frontMatterKeys)
        #expect(matcher.candidates == Self.frontMatterKeys)
        for word in ["index_n0", "titel", "colour", "summery"] {
            #expect(matcher.closest(to: word) == ClosestMatch.closest(to: word, in: Self.frontMatterKeys))
        }
    }

    @Test("measures Levenshtein distance in characters", arguments: [
        ("", "", 0),
        ("", "abc", 3),
        ("abc", "", 3),
        ("kitten", "sitting", 3),
        ("flaw", "lawn", 2),
        ("index_n0", "index_no", 1),
        ("综合正务", "综合政务", 1),
        ("政务公开", "公开政务", 4),
        ("👨‍👩‍👧", "👨‍👩‍👦", 1),
    ])
    func measuresDistance(a: String, b: String, expected: Int) {
        #expect(ClosestMatch.distance(a, b) == expected)
        #expect(ClosestMatch.distance(b, a) == expected)
    }

    @Test("allows at most max(2, length / 2) edits", arguments: [
        (0, 2), (1, 2), (3, 2), (4, 2), (5, 2), (6, 3), (8, 4), (19, 9),
    ])
    func maximumDistance(length: Int, expected: Int) {
        #expect(ClosestMatch.maximumDistance(forLength: length) == expected)
    }

    @Test("accepts a candidate exactly at the limit and rejects one just past it")
    func limitIsInclusive() {
        // "abcdef" (6 characters) allows 3 edits.
        #expect(ClosestMatch.closest(to: "abcdef", in: ["abcxyz"]) == "abcxyz")
        #expect(ClosestMatch.closest(to: "abcdef", in: ["abwxyz"]) == nil)
    }
}
