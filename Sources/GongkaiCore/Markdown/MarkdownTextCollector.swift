import CCmark
import Foundation

/// Walks the finished tree once: collects the plain text, the first paragraph, the
/// headings and every link, and lets the caller rewrite link destinations on the way.
struct MarkdownTextCollector {
    /// A heading with the node it came from, before ids are assigned.
    struct FoundHeading {
        var node: OpaquePointer
        var level: Int
        var text: String
    }

    /// The plain text as UTF-8, straight from cmark's literals (valid UTF-8: the body
    /// was a Swift string, cmark cuts literals only at ASCII bytes and writes entities as
    /// whole characters). Never made a String, which would validate it again: only the
    /// search index and fragments read it, as bytes (bench/PERFORMANCE.md).
    var plainText: [UInt8] = []
    var firstParagraph: String?
    var headings: [FoundHeading] = []
    var links: [RenderedMarkdown.Link] = []
    /// True once a text literal outside every image has something besides white space.
    var hasTextOutsideImages = false

    init(root: OpaquePointer, linkPositions: [OpaquePointer: (line: Int, column: Int)], rewriteLink: (String, Bool) -> String?) {
        var paragraphText: String?
        var headingText: String?
        // The plain text is gathered as bytes straight from cmark's literals: a String
        // per text node cost more than the rest of this walk.
        var plain: [UInt8] = []
        // The links and images being walked (index into `links`, text so far), innermost last.
        var open: [(index: Int, text: [UInt8])] = []
        var imageDepth = 0
        var textOutsideImages = false
        func appendLiteral(_ literal: UnsafePointer<CChar>?) {
            guard let literal else { return }
            let count = strlen(literal)
            literal.withMemoryRebound(to: UInt8.self, capacity: count) { bytes in
                let buffer = UnsafeBufferPointer(start: bytes, count: count)
                plain.append(contentsOf: buffer)
                for k in open.indices { open[k].text.append(contentsOf: buffer) }
                if !textOutsideImages, imageDepth == 0 {
                    textOutsideImages = buffer.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
                }
            }
            if paragraphText != nil || headingText != nil {
                let text = String(cString: literal)
                paragraphText? += text
                headingText? += text
            }
        }
        func appendPlain(_ ascii: StaticString) {
            plain.append(contentsOf: UnsafeBufferPointer(start: ascii.utf8Start, count: ascii.utf8CodeUnitCount))
        }

        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = CmarkNode.type(node)
            let entering = event == CMARK_EVENT_ENTER
            switch type {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let isImage = type == CMARK_NODE_IMAGE
                guard entering else {
                    if let (index, text) = open.popLast() {
                        links[index].text = String(decoding: text, as: UTF8.self)
                        if isImage || Self.isScan(links[index].url) { imageDepth -= 1 }
                    }
                    break
                }
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                // Text inside a link to a scan (`[通知原文](files/通知.pdf)`) is not text of the body's own.
                if isImage || Self.isScan(url) { imageDepth += 1 }
                open.append((links.count, []))
                let position = linkPositions[node] ?? (CmarkNode.startLine(node), CmarkNode.startColumn(node))
                links.append(.init(url: url, isImage: isImage, line: position.line, column: position.column))
                if let replacement = rewriteLink(url, isImage) {
                    cmark_node_set_url(node, replacement)
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                appendLiteral(cmark_node_get_literal(node))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                appendPlain(" ")
                paragraphText? += " "
                headingText? += " "
            case CMARK_NODE_CODE_BLOCK:
                // Never inside a paragraph or heading: only the plain text gets it.
                appendLiteral(cmark_node_get_literal(node))
                appendPlain("\n")
            case CMARK_NODE_PARAGRAPH:
                if entering {
                    if firstParagraph == nil { paragraphText = "" }
                } else {
                    appendPlain("\n")
                    if let finished = paragraphText {
                        firstParagraph = finished
                        paragraphText = nil
                    }
                }
            case CMARK_NODE_HEADING:
                if entering {
                    headingText = ""
                } else {
                    headings.append(.init(node: node, level: Int(cmark_node_get_heading_level(node)), text: headingText ?? ""))
                    headingText = nil
                    appendPlain("\n")
                }
            case CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_CUSTOM_INLINE:
                guard !entering, let part = TableNodeBuilder.Part(node) else { break }
                switch part {
                case .cell: appendPlain(" ")
                case .row, .table: appendPlain("\n")
                }
            default:
                break
            }
        }
        plainText = plain
        hasTextOutsideImages = textOutsideImages
    }

    static let scanExtensions: Set<String> = ["pdf", "ofd", "jpg", "jpeg", "png", "gif", "webp", "tif", "tiff", "bmp"]

    /// Whether `url` names a PDF or image file (before any `?` or `#`). Fast path
    /// (bench/PERFORMANCE.md): an ASCII URL is read as bytes, anything else by `Character`s.
    static func isScan(_ url: String) -> Bool {
        var url = url
        if let answer = url.withUTF8(isScanASCII) { return answer }
        return isScanByCharacters(url)
    }

    /// `isScan` for a URL of ASCII bytes, where every `Character` is one byte (or `\r\n`,
    /// which is none of `? # . /`); nil when a byte is not ASCII.
    static func isScanASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var end = bytes.count, dot = -1, slashAfterDot = false
        for i in 0..<bytes.count {
            let byte = bytes[i]
            if byte >= 0x80 { return nil }
            guard i < end else { continue }
            switch byte {
            case UInt8(ascii: "?"), UInt8(ascii: "#"): end = i
            case UInt8(ascii: "."): dot = i; slashAfterDot = false
            case UInt8(ascii: "/"): slashAfterDot = true
            default: break
            }
        }
        guard dot >= 0, !slashAfterDot else { return false }
        let lowered = UnsafeBufferPointer(rebasing: bytes[(dot + 1)..<end]).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        return scanExtensions.contains(String(decoding: lowered, as: UTF8.self))
    }

    /// `isScan` as plainly written, by `Character`s.
    static func isScanByCharacters(_ url: String) -> Bool {
        let path = url.prefix { $0 != "?" && $0 != "#" }
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return scanExtensions.contains(path[path.index(after: dot)...].lowercased())
    }
}
