import CCmark

/// CommonMark's "process emphasis" procedure over the children of one inline container,
/// working on cmark nodes the way cmark's own `process_emphasis` and `S_insert_emph` do.
///
/// The lower bounds for opener searches are kept as cmark 0.30 keeps them (one for `_`,
/// one per run length modulo 3 for `*`), so that rebuilding a paragraph with CommonMark's
/// flanking gives exactly cmark's tree back.
struct EmphasisProcessor {
    private struct Delimiter {
        var node: OpaquePointer
        var character: Unicode.Scalar
        var count: Int
        var originalCount: Int
        var canOpen: Bool
        var canClose: Bool
        var previous: Int
        var next: Int
    }

    private var delimiters: [Delimiter] = []

    /// Replaces the children of `container` by `tokens` (their text in `text`), each run
    /// becoming one text node, then matches the runs with the given flanking and wraps
    /// what lies between matched runs in emphasis and strong nodes.
    static func rebuild(_ container: OpaquePointer, tokens: [InlineToken], text: [UInt8], runs: [DelimiterRun], flanking: [DelimiterFlanking]) {
        for case .atom(let node) in tokens { cmark_node_unlink(node) }
        while let child = cmark_node_first_child(container) { cmark_node_free(child) }

        var processor = EmphasisProcessor()
        processor.delimiters.reserveCapacity(runs.count)
        var pending: [UInt8] = []
        pending.reserveCapacity(text.count)
        func flush() {
            guard !pending.isEmpty else { return }
            pending.withUnsafeBufferPointer { cmark_node_append_child(container, CmarkNode.text(bytes: $0)) }
            pending.removeAll(keepingCapacity: true)
        }
        // Runs are in token order, so the next one is all that needs looking at.
        var nextRun = 0
        var position = 0
        while position < tokens.count {
            if nextRun < runs.count, runs[nextRun].tokenIndex == position {
                flush()
                let run = runs[nextRun]
                let node = cmark_node_new(CMARK_NODE_TEXT)!
                CmarkNode.setLiteral(node, repeating: UInt8(run.character.value), count: run.length)
                cmark_node_append_child(container, node)
                processor.push(node, run: run, flanking: flanking[nextRun])
                position += run.length
                nextRun += 1
                continue
            }
            switch tokens[position] {
            case .text(let range):
                pending.append(contentsOf: text[range])
            case .delimiter(let character, _):
                // Always `*` or `_`.
                pending.append(UInt8(character.value))
            case .atom(let node):
                flush()
                cmark_node_append_child(container, node)
            }
            position += 1
        }
        flush()
        processor.process()
    }

    private mutating func push(_ node: OpaquePointer, run: DelimiterRun, flanking: DelimiterFlanking) {
        let index = delimiters.count
        if index > 0 { delimiters[index - 1].next = index }
        delimiters.append(Delimiter(node: node, character: run.character, count: run.length, originalCount: run.length,
                                    canOpen: flanking.canOpen, canClose: flanking.canClose, previous: index - 1, next: -1))
    }

    private mutating func remove(_ index: Int) {
        let previous = delimiters[index].previous
        let next = delimiters[index].next
        if previous >= 0 { delimiters[previous].next = next }
        if next >= 0 { delimiters[next].previous = previous }
    }

    private mutating func process() {
        // One slot per `*` run length modulo 3, then one for `_`: four values, not an array
        // allocated per block.
        var openersBottom = SIMD4<Int>(repeating: -1)
        var closer = delimiters.isEmpty ? -1 : 0
        while closer >= 0 {
            let current = delimiters[closer]
            guard current.canClose else {
                closer = current.next
                continue
            }
            let slot = current.character == "*" ? current.originalCount % 3 : 3
            let bottom = openersBottom[slot]
            var opener = current.previous
            var found = false
            while opener >= 0, opener > bottom {
                let candidate = delimiters[opener]
                if candidate.canOpen, candidate.character == current.character {
                    let bothLengths = candidate.originalCount + current.originalCount
                    let oddMatch = (candidate.canClose || current.canOpen) && bothLengths % 3 == 0
                        && !(candidate.originalCount % 3 == 0 && current.originalCount % 3 == 0)
                    if !oddMatch {
                        found = true
                        break
                    }
                }
                opener = candidate.previous
            }
            if found {
                closer = insertEmphasis(opener: opener, closer: closer)
            } else {
                openersBottom[slot] = current.previous
                let next = current.next
                if !current.canOpen { remove(closer) }
                closer = next
            }
        }
    }

    /// Wraps the nodes between the two runs; returns the closer to look at next.
    private mutating func insertEmphasis(opener: Int, closer: Int) -> Int {
        let use = delimiters[opener].count >= 2 && delimiters[closer].count >= 2 ? 2 : 1
        delimiters[opener].count -= use
        delimiters[closer].count -= use
        let openerNode = delimiters[opener].node
        let closerNode = delimiters[closer].node
        let character = UInt8(delimiters[opener].character.value)
        CmarkNode.setLiteral(openerNode, repeating: character, count: delimiters[opener].count)
        CmarkNode.setLiteral(closerNode, repeating: character, count: delimiters[closer].count)

        let emphasis = cmark_node_new(use == 1 ? CMARK_NODE_EMPH : CMARK_NODE_STRONG)!
        var node = cmark_node_next(openerNode)
        while let current = node, current != closerNode {
            node = cmark_node_next(current)
            cmark_node_append_child(emphasis, current)
        }
        cmark_node_insert_after(openerNode, emphasis)

        // Delimiters between the two can no longer match.
        delimiters[opener].next = closer
        delimiters[closer].previous = opener

        if delimiters[opener].count == 0 {
            cmark_node_free(openerNode)
            remove(opener)
        }
        if delimiters[closer].count == 0 {
            cmark_node_free(closerNode)
            let next = delimiters[closer].next
            remove(closer)
            return next
        }
        return closer
    }
}
