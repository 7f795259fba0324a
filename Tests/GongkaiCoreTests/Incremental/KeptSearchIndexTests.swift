import Foundation
import Testing
@testable import GongkaiCore

@Suite("the search index patched per document in serve (KeptSearchIndex)")
struct KeptSearchIndexTests {
    /// 240 documents in one node whose bodies are 600 characters drawn (seeded) from 400
    /// distinct ones: many distinct bigrams, so the index spreads over many shards.
    static func manyTermsSite() throws -> TestSite {
        let alphabet = Array("一二三四五六七八九十百千万亿上下左右前后东西南北中外内里天地人和山水田林湖草沙石土木火金银铜铁春夏秋冬风雨雷电云雾霜雪冰日月星辰年岁时分秒早晚昼夜阴阳明暗黑白红黄蓝绿紫青灰粉大小多少长短高低远近深浅宽窄厚薄新旧老少男女父母兄弟姐妹子孙家国城乡村镇街道路桥河江海港口岸船车马牛羊猪狗鸡鸭鱼虫鸟兽花果树叶根茎种苗米面油盐酱醋茶酒肉蛋奶菜饭汤粥饼糖学校教师生员工农商医药病护卫健康体育文化艺术科技信息网络数据资源环境保护安全生产应急管理财政税务审计统计民政社会救助养老就业培训住房建设规划交通运输水利农业林业畜牧渔业市场监督食品质量价格公共服务政务公开")
        var random = SeededGenerator(state: 2026)
        var files: [String: String] = [:]
        for n in 1...240 {
            let day = Day(year: 2023, month: 1, day: 1)!.adding(days: n)
            let body = String((0..<600).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
            files["content/gzdt/doc-\(n).md"] = document(n, title: "工作动态第\(n)条", published: day.description, body: body + "。")
        }
        return try TestSite(files: files)
    }

    func options(_ site: TestSite, _ folder: String) -> BuildOptions {
        var options = site.options(today: "2025-06-30")
        options.outputFolder = site.folder.appendingPathComponent(folder)
        return options
    }

    @Test("a body edit that adds a few terms serialises a handful of shards, and the output equals a clean build")
    func bodyEditSerialisesFewShards() throws {
        let site = try Self.manyTermsSite()
        defer { site.remove() }
        let session = SiteSession(options(site, "serve"))
        let first = session.update()
        #expect(first.report.wroteOutput && first.renderedEverything)
        #expect(first.searchShardsWritten >= 128, "\(first.searchShardsWritten) shards in the first build")

        let path = "content/gzdt/doc-120.md"
        let text = try String(contentsOf: site.folder.appendingPathComponent(path), encoding: .utf8)
        try site.write(path, text.replacingOccurrences(of: "。\n", with: "。审核通过\n"))
        let edit = session.update()
        #expect(edit.report.wroteOutput && !edit.renderedEverything && edit.documentPagesRendered == 1)
        // Four new characters and four bigrams at the end of the body: a word shard and a
        // phrase shard each at most.
        #expect(edit.searchShardsWritten > 0 && edit.searchShardsWritten <= 16, "\(edit.searchShardsWritten) of \(first.searchShardsWritten) shards")
        _ = SiteBuilder.build(options(site, "clean"))
        let difference = SiteSessionTests.firstDifference(SiteSessionTests.tree(site.folder.appendingPathComponent("serve")),
                                                          SiteSessionTests.tree(site.folder.appendingPathComponent("clean")))
        #expect(difference == nil, "first difference at \(difference ?? "")")

        // Taking the words out again gives back the shards of the first build.
        try site.write(path, text)
        let undo = session.update()
        #expect(undo.searchShardsWritten <= 16 && undo.filesWritten > 0)
        let again = session.update()
        #expect(again.searchShardsWritten == 0 && again.filesWritten == 0)
    }

    @Test("terms written in two canonically equivalent ways stay two terms in serve, as in a clean build")
    func equivalentSpellingsStayApart() throws {
        // 发布机构 and a body word in NFC in one document and NFD in the other: the clean
        // build's index keys terms by their bytes (`SearchTermKey`), so serve's must too.
        let site = try TestSite(files: [
            "content/gzdt/doc-1.md": document(1, title: "第一条", published: "2024-03-01", "publisher: Caf\u{00E9}中心", body: "Caf\u{00E9}活动。"),
            "content/gzdt/doc-2.md": document(2, title: "第二条", published: "2024-03-02", "publisher: Cafe\u{0301}中心", body: "Cafe\u{0301}活动。"),
        ])
        defer { site.remove() }
        let session = SiteSession(options(site, "serve"))
        #expect(session.update().report.wroteOutput)
        _ = SiteBuilder.build(options(site, "clean"))
        let difference = SiteSessionTests.firstDifference(SiteSessionTests.tree(site.folder.appendingPathComponent("serve")),
                                                          SiteSessionTests.tree(site.folder.appendingPathComponent("clean")))
        #expect(difference == nil, "first difference at \(difference ?? "")")
    }

    @Test("a posting is spliced into, replaced in and removed from an encoded list", arguments: [false, true])
    func splice(phrase: Bool) {
        func encoded(_ postings: [(Int, UInt8, [Int32])]) -> [UInt8] {
            var out: [UInt8] = []
            var last = 0
            for (d, f, p) in postings {
                KeptSearchLayer.encode(.init(fields: f, positions: p[...]), gap: d - last, phrase: phrase, into: &out)
                last = d
            }
            return out
        }
        let list = encoded([(0, 1, [3]), (5, 2, [1, 9]), (300, 4, [7])])
        let inserted = KeptSearchLayer.splice(list, document: 7, .init(fields: 8, positions: [2, 4]), phrase: phrase)
        #expect(inserted.0 == encoded([(0, 1, [3]), (5, 2, [1, 9]), (7, 8, [2, 4]), (300, 4, [7])]) && inserted.1 == 1)
        let replaced = KeptSearchLayer.splice(list, document: 5, .init(fields: 1, positions: [2]), phrase: phrase)
        #expect(replaced.0 == encoded([(0, 1, [3]), (5, 1, [2]), (300, 4, [7])]) && replaced.1 == 0)
        let removedFirst = KeptSearchLayer.splice(list, document: 0, nil, phrase: phrase)
        #expect(removedFirst.0 == encoded([(5, 2, [1, 9]), (300, 4, [7])]) && removedFirst.1 == -1)
        let removedLast = KeptSearchLayer.splice(list, document: 300, nil, phrase: phrase)
        #expect(removedLast.0 == encoded([(0, 1, [3]), (5, 2, [1, 9])]) && removedLast.1 == -1)
        let appended = KeptSearchLayer.splice(list, document: 400, .init(fields: 2, positions: [1]), phrase: phrase)
        #expect(appended.0 == encoded([(0, 1, [3]), (5, 2, [1, 9]), (300, 4, [7]), (400, 2, [1])]) && appended.1 == 1)
        let absent = KeptSearchLayer.splice(list, document: 6, nil, phrase: phrase)
        #expect(absent.0 == list && absent.1 == 0)
        #expect(KeptSearchLayer.splice([], document: 3, .init(fields: 1, positions: [0]), phrase: phrase).0 == encoded([(3, 1, [0])]))
    }
}
