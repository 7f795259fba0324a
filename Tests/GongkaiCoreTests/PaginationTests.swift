import Testing
@testable import GongkaiCore

@Suite("pagination of lists")
struct PaginationTests {
    @Test("pages hold `size` items each, the last one the rest, and an empty list has one empty page",
          arguments: [(0, 20, 1), (1, 20, 1), (20, 20, 1), (21, 20, 2), (45, 20, 3), (7, 3, 3)])
    func pages(count: Int, size: Int, pages: Int) {
        let p = Pagination(count: count, size: size)
        #expect(p.pages == pages)
        let all = (1...p.pages).flatMap { Array(p.items(onPage: $0)) }
        #expect(all == Array(0..<count))
        #expect((1...p.pages).dropLast().allSatisfy { p.items(onPage: $0).count == size })
    }
}
