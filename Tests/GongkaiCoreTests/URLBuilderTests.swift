import Testing
@testable import GongkaiCore

@Suite("URL builder")
struct URLBuilderTests {
    @Test("links carry the base path of base_url and fold index.html")
    func subPath() throws {
        let urls = try #require(URLBuilder(baseURL: "https://www.example.gov.cn/xxgk"))
        #expect(urls.basePath == "/xxgk/")
        #expect(urls.href("index.html") == "/xxgk/")
        #expect(urls.href("fdzdgknr/gzdt/index.html") == "/xxgk/fdzdgknr/gzdt/")
        #expect(urls.href("fdzdgknr/gzdt/index_2.html") == "/xxgk/fdzdgknr/gzdt/index_2.html")
        #expect(urls.absolute("sitemap.xml") == "https://www.example.gov.cn/xxgk/sitemap.xml")
        #expect(urls.domain == "www.example.gov.cn")
    }

    @Test("a bare path works as base_url")
    func barePath() throws {
        let urls = try #require(URLBuilder(baseURL: "/"))
        #expect(urls.href("a/b.html") == "/a/b.html")
        #expect(urls.origin == "")
    }

    @Test("non-ASCII path segments are percent-encoded")
    func encoding() throws {
        let urls = try #require(URLBuilder(baseURL: "/"))
        #expect(urls.href("topics/综合政务/index.html") == "/topics/%E7%BB%BC%E5%90%88%E6%94%BF%E5%8A%A1/")
        #expect(urls.href("a b.pdf") == "/a%20b.pdf")
    }

    @Test("invalid base URLs are rejected", arguments: ["ftp://x/", "www.example.gov.cn", "https:///x", "https://x/a?b=1"])
    func invalid(_ base: String) {
        #expect(URLBuilder(baseURL: base) == nil)
    }
}
