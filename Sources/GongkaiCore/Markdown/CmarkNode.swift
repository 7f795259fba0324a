import CCmark
import Foundation

/// Thin helpers over cmark's C node API so the Markdown passes read like Swift.
///
/// Every C string cmark *returns from a render call* must be freed; the getters used
/// here return pointers into the node and must not be freed.
enum CmarkNode {
    static func type(_ node: OpaquePointer) -> cmark_node_type {
        cmark_node_get_type(node)
    }

    static func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// The literal's UTF-8 bytes in cmark's own buffer: valid until the node's literal
    /// changes or the node is freed.
    static func literalBytes(_ node: OpaquePointer) -> UnsafeBufferPointer<UInt8> {
        guard let literal = cmark_node_get_literal(node) else { return UnsafeBufferPointer(start: nil, count: 0) }
        let count = strlen(literal)
        return literal.withMemoryRebound(to: UInt8.self, capacity: count) { UnsafeBufferPointer(start: $0, count: count) }
    }

    /// Sets the literal of `node` to `bytes` (UTF-8 without a terminating zero).
    static func setLiteral(_ node: OpaquePointer, bytes: UnsafeBufferPointer<UInt8>) {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { buffer in
            if let base = bytes.baseAddress {
                UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: base, byteCount: bytes.count)
            }
            buffer[bytes.count] = 0
            _ = cmark_node_set_literal(node, buffer.baseAddress)
        }
    }

    /// Sets the literal of `node` to `count` copies of the ASCII character `byte`.
    static func setLiteral(_ node: OpaquePointer, repeating byte: UInt8, count: Int) {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: count + 1) { buffer in
            buffer.baseAddress!.initialize(repeating: CChar(bitPattern: byte), count: count)
            buffer[count] = 0
            _ = cmark_node_set_literal(node, buffer.baseAddress)
        }
    }

    static func onEnter(_ node: OpaquePointer) -> String {
        cmark_node_get_on_enter(node).map { String(cString: $0) } ?? ""
    }

    static func fenceInfo(_ node: OpaquePointer) -> String {
        cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
    }

    static func startLine(_ node: OpaquePointer) -> Int { Int(cmark_node_get_start_line(node)) }
    static func endLine(_ node: OpaquePointer) -> Int { Int(cmark_node_get_end_line(node)) }
    static func startColumn(_ node: OpaquePointer) -> Int { Int(cmark_node_get_start_column(node)) }

    /// A new text node holding `text`.
    static func text(_ text: String) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_TEXT)!
        cmark_node_set_literal(node, text)
        return node
    }

    /// A new text node holding the UTF-8 `bytes`.
    static func text(bytes: UnsafeBufferPointer<UInt8>) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_TEXT)!
        setLiteral(node, bytes: bytes)
        return node
    }

    /// A custom block or inline node that renders `enter` before its children and `exit` after.
    static func custom(_ type: cmark_node_type, enter: String, exit: String) -> OpaquePointer {
        let node = cmark_node_new(type)!
        // withCString lends a native String's own bytes; passing the String itself made a copy.
        _ = enter.withCString { cmark_node_set_on_enter(node, $0) }
        _ = exit.withCString { cmark_node_set_on_exit(node, $0) }
        return node
    }

    /// Parses `text` as a whole document.
    static func parse(_ text: String, options: Int32) -> OpaquePointer {
        var text = text
        return text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, options)! }
        }
    }

    /// Moves every child of `from` to the end of `to`.
    static func moveChildren(from: OpaquePointer, to: OpaquePointer) {
        while let child = cmark_node_first_child(from) {
            cmark_node_append_child(to, child)
        }
    }

    /// The node and all its descendants in document order.
    static func descendants(of root: OpaquePointer, where include: (OpaquePointer) -> Bool) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            if include(node) { result.append(node) }
        }
        return result
    }

    /// The block nodes under `root` in document order, without walking into the inline
    /// content of paragraphs and headings (much cheaper than a full iteration).
    static func blocks(of root: OpaquePointer, where include: (OpaquePointer) -> Bool) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        // An explicit stack, not recursion: `- - - - …` nests lists thousands deep.
        var containers: [OpaquePointer] = []
        var next = cmark_node_first_child(root)
        while true {
            guard let current = next else {
                guard let container = containers.popLast() else { break }
                next = cmark_node_next(container)
                continue
            }
            if include(current) { result.append(current) }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_CUSTOM_BLOCK:
                containers.append(current)
                next = cmark_node_first_child(current)
            default:
                next = cmark_node_next(current)
            }
        }
        return result
    }

    static func isInlineContainer(_ type: cmark_node_type) -> Bool {
        type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING
    }
}
