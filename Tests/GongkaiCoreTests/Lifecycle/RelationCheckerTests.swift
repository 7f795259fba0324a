import Foundation
import Testing
@testable import GongkaiCore

@Suite("relation checks")
struct RelationCheckerTests {
    private func check(_ files: [(String, String)]) throws -> [Diagnostic] {
        try lifecycleFindings(of: RelationChecker(), files)
    }

    @Test("a target 索引号 that does not exist is an error at the key, with the closest one")
    func missing() throws {
        let found = try check([policy(1, published: "2023-03-01"), policy(2, "replaces: [\"12345678-9/2024-0001\"]")])
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.id == "relation.target-missing" && d.severity == .error)
        #expect(d.file == "content/fgwj/gfxwj/p2.md" && d.line == 5)
        #expect(d.hint == "是否应为 \"\(number(1))\"？")
        #expect(try check([policy(1, published: "2023-03-01"), policy(2, "replaces: [\"\(number(1))\"]")]).isEmpty)
    }

    @Test("a draft target is named as a draft")
    func draftTarget() throws {
        let found = try check([policy(1, published: "2023-03-01", "draft: true"), policy(2, "abolishes: \(number(1))")])
        #expect(found.first?.message.contains("是草稿或尚未到发布日期") == true)
    }

    @Test("a document that replaces itself is an error")
    func itself() throws {
        let found = try check([policy(1, "replaces: \(number(1))")])
        #expect(found.map(\.id) == ["relation.self"])
    }

    @Test("a cycle is one error naming the ring; a chain is not a cycle")
    func cycle() throws {
        let found = try check([
            policy(1, title: "甲", published: "2023-03-01", "replaces: \(number(2))"),
            policy(2, title: "乙", published: "2024-03-01", "revises: \(number(3))"),
            policy(3, title: "丙", published: "2025-03-01", "abolishes: \(number(1))"),
        ])
        #expect(found.map(\.id) == ["relation.cycle"])
        #expect(found.first?.file == "content/fgwj/gfxwj/p1.md")
        #expect(found.first?.message == "代替、修订、废止关系形成了循环：《甲》 → 《乙》 → 《丙》 → 《甲》")
        #expect(try check([
            policy(1, published: "2023-03-01"), policy(2, published: "2024-03-01", "replaces: \(number(1))"), policy(3, "replaces: \(number(2))"),
        ]).isEmpty)
    }

    @Test("two documents that abolish the same one on different dates conflict; on the same date they do not")
    func conflict() throws {
        let found = try check([
            policy(1, published: "2023-03-01"),
            policy(2, published: "2025-03-01", "replaces: \(number(1))"),
            policy(3, published: "2025-04-01", "abolishes: \(number(1))"),
        ])
        #expect(found.map(\.id) == ["relation.conflict"])
        #expect(found.first?.file == "content/fgwj/gfxwj/p3.md")
        #expect(try check([
            policy(1, published: "2023-03-01"),
            policy(2, published: "2025-03-01", "replaces: \(number(1))"),
            policy(3, published: "2025-04-01", "valid_from: 2025-03-01\nabolishes: \(number(1))"),
        ]).isEmpty)
        // A 修订 on another day is no conflict.
        #expect(try check([
            policy(1, published: "2023-03-01"), policy(2, published: "2024-03-01", "revises: \(number(1))"), policy(3, published: "2025-03-01", "replaces: \(number(1))"),
        ]).isEmpty)
    }

    @Test("a 废止日期 that disagrees with the relation is reported; one that agrees is not")
    func abolishedMismatch() throws {
        let found = try check([policy(1, published: "2023-03-01", "abolished: 2025-03-09"), policy(2, published: "2025-03-10", "replaces: \(number(1))")])
        #expect(found.map(\.id) == ["relation.abolished-mismatch"])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message == "废止日期写的是 2025-03-09，但《测试办法》代替本文件的日期是 2025-03-10")
        #expect(try check([policy(1, published: "2023-03-01", "abolished: 2025-03-10"), policy(2, published: "2025-03-10", "replaces: \(number(1))")]).isEmpty)
    }
}
