import CCmark

/// CJK-friendly emphasis: matches `*` and `_` runs again with the flanking rules of the
/// "CommonMark CJK-friendly Amendments", so `**（一）加强组织领导。**各村` and
/// `这是**“重点”**内容` become bold.
///
/// The pass only touches a paragraph or heading when a run in it flanks differently under
/// the amended rules than under CommonMark's; everything else keeps cmark's result exactly.
enum CJKEmphasisPass {
    /// Which flanking rules decide the runs.
    enum Rule {
        case cjkFriendly
        /// CommonMark's own rules; rebuilding with them must give cmark's tree back.
        case commonMark
    }

    /// What the pass did to a block.
    enum Outcome: Equatable {
        /// No delimiter next to a CJK character: nothing to do.
        case skipped
        /// The inline nodes could not be matched against the source; left as cmark made them.
        case unaligned
        /// Every run flanks the same under both rules: left as cmark made it.
        case unchanged
        case rebuilt
    }

    /// Applies the pass to one paragraph or heading parsed from `source`. `rebuildAlways`
    /// skips the shortcuts, for checking the pass against cmark.
    @discardableResult
    static func apply(to block: OpaquePointer, source: MarkdownSource, rule: Rule = .cjkFriendly, rebuildAlways: Bool = false) -> Outcome {
        guard rebuildAlways || mayChange(block) else { return .skipped }
        guard let subject = InlineSubject(node: block, source: source),
              let alignment = InlineSourceAlignment(container: block, subject: subject) else { return .unaligned }

        var containers: [(node: OpaquePointer, tokens: [InlineToken])] = []
        collectContainers(block, alignment: alignment, subject: subject.scalars, into: &containers)

        var plans: [(node: OpaquePointer, tokens: [InlineToken], runs: [DelimiterRun], flanking: [DelimiterFlanking])] = []
        var changed = false
        for container in containers {
            let runs = DelimiterRun.runs(in: container.tokens)
            guard !runs.isEmpty else { continue }
            var flanking: [DelimiterFlanking] = []
            for run in runs {
                let around = run.surroundings(in: subject.scalars)
                let original = DelimiterFlanking.commonMark(run.character, around)
                let amended = rule == .commonMark ? original : DelimiterFlanking.cjkFriendly(run.character, around)
                if amended != original { changed = true }
                flanking.append(amended)
            }
            plans.append((container.node, container.tokens, runs, flanking))
        }
        guard changed || rebuildAlways else { return .unchanged }
        for plan in plans {
            EmphasisProcessor.rebuild(plan.node, tokens: plan.tokens, runs: plan.runs, flanking: plan.flanking)
        }
        cmark_consolidate_text_nodes(block)
        return .rebuilt
    }

    /// A cheap test: is there a delimiter or emphasis and a CJK character or variation selector?
    private static func mayChange(_ block: OpaquePointer) -> Bool {
        var hasDelimiter = false
        var hasCJK = false
        let iterator = cmark_iter_new(block)
        defer { cmark_iter_free(iterator) }
        while !(hasDelimiter && hasCJK) {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = CmarkNode.type(node)
            if type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG {
                hasDelimiter = true
            } else if type == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node) {
                literal.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
                    var index = 0
                    while bytes[index] != 0 {
                        let byte = bytes[index]
                        if byte < 0x80 {
                            if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") { hasDelimiter = true }
                            index += 1
                        } else if byte < 0xE0 {
                            index += 2
                        } else {
                            // Every CJK character and variation selector takes three or four bytes.
                            let length = byte < 0xF0 ? 3 : 4
                            if !hasCJK {
                                var value = UInt32(byte & (length == 3 ? 0x0F : 0x07))
                                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                                if let scalar = Unicode.Scalar(value) { hasCJK = CJKCharacterClass.mayAffectFlanking(scalar) }
                            }
                            index += length
                        }
                    }
                }
            }
        }
        return hasDelimiter && hasCJK
    }

    /// Tokens for the block and for every link and image inside it, each its own container.
    private static func collectContainers(_ container: OpaquePointer, alignment: InlineSourceAlignment, subject: [Unicode.Scalar],
                                          into result: inout [(node: OpaquePointer, tokens: [InlineToken])]) {
        var tokens: [InlineToken] = []
        var nested: [OpaquePointer] = []
        appendTokens(of: container, alignment: alignment, subject: subject, into: &tokens, nested: &nested)
        result.append((container, tokens))
        for link in nested {
            collectContainers(link, alignment: alignment, subject: subject, into: &result)
        }
    }

    private static func appendTokens(of node: OpaquePointer, alignment: InlineSourceAlignment, subject: [Unicode.Scalar],
                                     into tokens: inout [InlineToken], nested: inout [OpaquePointer]) {
        for child in CmarkNode.children(node) {
            let type = CmarkNode.type(child)
            if type == CMARK_NODE_TEXT {
                let delimiters = alignment.textDelimiters[child]
                var text = ""
                for (offset, scalar) in CmarkNode.literal(child).unicodeScalars.enumerated() {
                    if let delimiters, offset < delimiters.count, let index = delimiters[offset] {
                        if !text.isEmpty { tokens.append(.text(text)); text = "" }
                        tokens.append(.delimiter(scalar, index: index))
                    } else {
                        text.unicodeScalars.append(scalar)
                    }
                }
                if !text.isEmpty { tokens.append(.text(text)) }
            } else if type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG, let positions = alignment.emphasisDelimiters[child] {
                for index in positions.opener { tokens.append(.delimiter(subject[index], index: index)) }
                appendTokens(of: child, alignment: alignment, subject: subject, into: &tokens, nested: &nested)
                for index in positions.closer { tokens.append(.delimiter(subject[index], index: index)) }
            } else {
                tokens.append(.atom(child))
                if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE { nested.append(child) }
            }
        }
    }
}
