/// Two published documents with one 索引号: an error at the later one's (by path) `index_no`.
struct DuplicateIndexNumberChecker: Checker {
    let readsDocumentBodies = false
    func check(_ site: Site) -> [Diagnostic] {
        site.duplicateIndexNumbers.map { duplicate -> Diagnostic in
            .error("index-no.duplicate", "索引号 \"\(duplicate.number)\" 重复：\(duplicate.first.sourcePath) 与 \(duplicate.second.sourcePath)",
                   at: duplicate.second.position(of: .indexNo), hint: "索引号在全站必须唯一；gongkai new 会分配下一个可用的索引号")
        }
    }
}
