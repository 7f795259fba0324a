import Foundation
import Testing
@testable import GongkaiCore

@Suite("a document's lifecycle: validity and relations")
struct DocumentLifecycleTests {
    @Test("valid through the day of 有效期至, 失效 from the day after", arguments: [
        ("2025-12-30", Document.Status.valid), ("2025-12-31", .valid), ("2026-01-01", .expired),
    ])
    func validUntilEdge(today: String, expected: Document.Status) throws {
        let site = try lifecycleSite(Dictionary(uniqueKeysWithValues: [policy(1, "valid_from: 2024-03-01\nvalid_until: 2025-12-31")]), today: today)
        let lifecycle = site.lifecycles[site.index(1)]
        #expect(lifecycle.status == expected)
        #expect(lifecycle.since == (expected == .expired ? Day(iso: "2026-01-01") : nil))
    }

    @Test("有效期至 on 29 February: 失效 on 1 March", arguments: [("2028-02-28", Document.Status.valid), ("2028-02-29", .valid), ("2028-03-01", .expired)])
    func leapDay(today: String, expected: Document.Status) throws {
        let site = try lifecycleSite(Dictionary(uniqueKeysWithValues: [policy(1, "有效期至: 2028年2月29日")]), today: today)
        #expect(site.status(of: site.index(1)) == expected)
    }

    @Test("the older 失效日期 (expires) works like 有效期至")
    func expiresIsValidUntil() throws {
        let site = try lifecycleSite(Dictionary(uniqueKeysWithValues: [policy(1, "expires: 2025-01-31")]), today: "2025-02-01")
        #expect(site.status(of: site.index(1)) == .expired)
        #expect(site.documents[site.index(1)].validityEnd == Day(iso: "2025-01-31"))
    }

    @Test("replaces makes the older document 废止 from the newer one's 施行日期, not before", arguments: [
        ("2025-03-31", Document.Status.valid), ("2025-04-01", .abolished), ("2025-04-02", .abolished),
    ])
    func replacedFromValidFrom(today: String, expected: Document.Status) throws {
        let site = try lifecycleSite(Dictionary(uniqueKeysWithValues: [
            policy(1, title: "旧办法（试行）", published: "2023-03-01"),
            policy(2, title: "新办法", published: "2025-03-10", "valid_from: 2025-04-01\nreplaces: [\"\(number(1))\"]"),
        ]), today: today)
        let old = site.lifecycles[site.index(1)]
        #expect(old.status == expected)
        if expected == .abolished {
            #expect(old.since == Day(iso: "2025-04-01"))
            #expect(old.relation?.source == site.index(2))
            #expect(old.relation?.kind == .replaces)
        }
        #expect(site.status(of: site.index(2)) == .valid)
    }

    @Test("without 施行日期 the relation takes effect on the newer document's 发布日期")
    func relationOnPublished() throws {
        let site = try lifecycleSite(Dictionary(uniqueKeysWithValues: [
            policy(1, published: "2023-03-01"), policy(2, published: "2025-03-10", "abolishes: \(number(1))"),
        ]), today: "2025-03-10")
        #expect(site.lifecycles[site.index(1)].status == .abolished)
        #expect(site.lifecycles[site.index(1)].since == Day(iso: "2025-03-10"))
    }

    @Test("revises gives 修订; a declared 部分失效 stays 部分失效 when replaced")
    func revisedAndPartly() throws {
        let site = try lifecycleSite(Dictionary(uniqueKeysWithValues: [
            policy(1, published: "2023-03-01"), policy(2, published: "2023-04-01", "status: 部分失效"),
            policy(3, published: "2025-01-10", "修订: [\"\(number(1))\"]\n代替: [\"\(number(2))\"]"),
        ]), today: "2025-06-30")
        #expect(site.status(of: site.index(1)) == .revised)
        #expect(site.status(of: site.index(2)) == .partlyExpired)
        #expect(site.lifecycles[site.index(2)].relation?.source == site.index(3))
    }

    @Test("a relation to a document that is itself replaced: each points to the document that replaced it")
    func chain() throws {
        let site = try lifecycleSite(Dictionary(uniqueKeysWithValues: [
            policy(1, title: "第一版", published: "2022-03-01"),
            policy(2, title: "第二版", published: "2023-03-01", "replaces: [\"\(number(1))\"]"),
            policy(3, title: "第三版", published: "2025-03-01", "replaces: [\"\(number(2))\"]"),
        ]), today: "2025-06-30")
        #expect(site.lifecycles[site.index(1)].relation?.source == site.index(2))
        #expect(site.lifecycles[site.index(1)].since == Day(iso: "2023-03-01"))
        #expect(site.lifecycles[site.index(2)].relation?.source == site.index(3))
        #expect(site.status(of: site.index(3)) == .valid)
        // On a day between the two, only the first is replaced.
        #expect(site.lifecycle(of: site.index(2), on: Day(iso: "2024-01-01")!).status == .valid)
        #expect(site.lifecycle(of: site.index(1), on: Day(iso: "2024-01-01")!).status == .abolished)
    }

    @Test("a document that expired before it was replaced stays 失效 from its own date")
    func expiredBeforeReplaced() throws {
        let site = try lifecycleSite(Dictionary(uniqueKeysWithValues: [
            policy(1, published: "2022-03-01", "valid_until: 2024-02-29"),
            policy(2, published: "2025-03-01", "replaces: [\"\(number(1))\"]"),
        ]), today: "2025-06-30")
        let old = site.lifecycles[site.index(1)]
        #expect(old.status == .expired)
        #expect(old.since == Day(iso: "2024-03-01"))
        #expect(old.relation == nil)
    }

    @Test("a 废止日期 alone makes a document 废止 from that day; a declared 废止 waits for its date")
    func abolishedDate() throws {
        let files = Dictionary(uniqueKeysWithValues: [policy(1, "abolished: 2025-05-01"), policy(2, "status: 废止\nabolished: 2025-05-01"), policy(3, "status: 废止")])
        let before = try lifecycleSite(files, today: "2025-04-30")
        #expect(before.status(of: before.index(1)) == .valid)
        #expect(before.status(of: before.index(2)) == .valid)
        #expect(before.status(of: before.index(3)) == .abolished)
        let on = try lifecycleSite(files, today: "2025-05-01")
        #expect(on.status(of: on.index(1)) == .abolished)
        #expect(on.status(of: on.index(2)) == .abolished)
        #expect(on.lifecycles[on.index(2)].since == Day(iso: "2025-05-01"))
    }

    @Test("Day adds years with 29 February becoming 1 March, and an N-year period ends the day before")
    func years() {
        #expect(Day(iso: "2024-02-29")!.adding(years: 1) == Day(iso: "2025-03-01"))
        #expect(Day(iso: "2024-02-29")!.adding(years: 4) == Day(iso: "2028-02-29"))
        #expect(Day(iso: "2024-02-29")!.lastDay(ofYears: 2) == Day(iso: "2026-02-28"))
        #expect(Day(iso: "2024-03-01")!.lastDay(ofYears: 2) == Day(iso: "2026-02-28"))
        #expect(Day(iso: "2025-01-01")!.lastDay(ofYears: 5) == Day(iso: "2029-12-31"))
    }
}
