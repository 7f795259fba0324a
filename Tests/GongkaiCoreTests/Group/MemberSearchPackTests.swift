import Foundation
import Testing
@testable import GongkaiCore

@Suite("a member's search pack")
struct MemberSearchPackTests {
    @Test("files appended from many threads at once each read back as they were appended")
    func concurrentAppends() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = try MemberSearchPack(folder: folder)
        // Sizes from 0 to some 70 KB, so writes of different lengths overlap.
        let files = (0..<400).map { n in
            (path: URLBuilder.searchShardPath(n), bytes: (0..<(n * n % 70_001)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ n) })
        }
        let failures = Parallel.map(files.count) { i in files[i].bytes.withUnsafeBufferPointer { pack.append($0, as: files[i].path) } }
        #expect(failures.allSatisfy { $0 == nil })
        #expect(pack.count == files.count)
        #expect(pack.finish() == nil)
        let table = try #require(try MemberSearchPack.table(in: folder))
        for file in files {
            #expect(try MemberSearchPack.read(file.path, in: folder, table: table) == file.bytes, "\(file.path)")
        }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(MemberSearchPack.dataFile).path)[.size] as? Int)
        #expect(size == files.reduce(0) { $0 + $1.bytes.count })
    }
}
