import Foundation

extension DocumentImporter {
    /// What `gongkai import` prints under each file: every part of the 公文 or old page it
    /// recognised, and every part it looked for and did not find (with what it used instead).
    static func describe(_ document: ImportedDocument, published: Day, attachments: [(name: String, file: URL)],
                         config: SiteConfig) -> (found: [String], missing: [String]) {
        var found: [String] = []
        var missing: [String] = []
        if let title = document.title { found.append("标题：\(title)") } else { missing.append("标题（用文件名代替）") }
        if let number = document.indexNumber { found.append("索引号：\(number)（沿用原网站的索引号）") }
        if let docNumber = document.docNumber { found.append("文号：\(docNumber)") } else { missing.append("文号") }
        if let written = document.written { found.append("成文日期：\(written)") } else { missing.append("成文日期（用发布日期 \(published) 代替）") }
        if let day = document.published { found.append("发布日期：\(day)") }
        if let publisher = document.publisher {
            found.append("发布机构：\(publisher)")
        } else {
            missing.append("发文机关署名（发布机构用本机关 \(config.agency.name)）")
        }
        if let topic = document.topic {
            if config.topics.contains(topic) { found.append("主题分类：\(topic)") } else { missing.append("主题分类“\(topic)”不在本站的主题分类表中，没有填写") }
        }
        if let status = document.status { found.append("有效性：\(status)") }
        if let genre = DocumentTemplate.genre(inferredFrom: document.title ?? "", genres: config.genres) { found.append("体裁分类：\(genre)（根据标题）") }
        var counts: [Int: Int] = [:]
        var tables = 0
        var images = 0
        for block in document.blocks {
            switch block {
            case .heading(let level, _): counts[level, default: 0] += 1
            case .table: tables += 1
            case .image: images += 1
            default: break
            }
        }
        if !counts.isEmpty {
            found.append("小标题：" + counts.keys.sorted().map { "\(String(repeating: "#", count: $0)) \(counts[$0]!) 个" }.joined(separator: "，"))
        }
        if tables > 0 { found.append("表格：\(tables) 个") }
        if images > 0 { found.append("图片：\(images) 张（请为每张图片填写说明文字）") }
        if !document.attachmentNames.isEmpty {
            let attached = Set(attachments.map(\.name))
            found.append("附件说明：" + document.attachmentNames.joined(separator: "；"))
            for name in document.attachmentNames where !attached.contains(name) {
                missing.append("附件文件“\(name)”（与正文文件一起给出即可附上）")
            }
        }
        found += document.removed.map { "已从正文去掉：\($0)" }
        return (found, missing)
    }
}
