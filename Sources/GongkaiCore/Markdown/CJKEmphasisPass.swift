import CCmark
import Foundation

/// CJK-friendly emphasis: matches `*` and `_` runs again with the flanking rules of the
/// "CommonMark CJK-friendly Amendments", so `**（一）加强组织领导。**各村` and
/// `这是**“重点”**内容` become bold.
///
/// The pass only touches a paragraph or heading when a run in it flanks differently under
/// the amended rules than under CommonMark's (`FlankingAgreement` decides that from the
/// subject's bytes before anything else is done); everything else keeps cmark's result exactly.
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
    /// skips the shortcuts, for checking the pass against cmark; `direct: false` aligns even
    /// blocks that `directTokens` could read straight from their subject, for checking that.
    @discardableResult
    static func apply(to block: OpaquePointer, source: MarkdownSource, rule: Rule = .cjkFriendly, rebuildAlways: Bool = false,
                      direct: Bool = true) -> Outcome {
        guard rebuildAlways || mayChange(block) else { return .skipped }
        guard let subject = InlineSubject(node: block, source: source) else { return .unaligned }
        // Every run flanks alike under both rules: cmark's tree is already the result.
        guard rebuildAlways || subject.bytes.withUnsafeBufferPointer(FlankingAgreement.mayDiffer) else { return .unchanged }

        var containers: [(node: OpaquePointer, tokens: [InlineToken])] = []
        // The text of every container's text tokens, which refer to it by byte range.
        var text: [UInt8] = []
        if direct, let tokens = subject.bytes.withUnsafeBufferPointer({ directTokens(of: block, subject: $0) }) {
            containers = [(block, tokens)]
            text = subject.bytes
        } else {
            guard let alignment = InlineSourceAlignment(container: block, subject: subject) else { return .unaligned }
            text.reserveCapacity(subject.bytes.count)
            collectContainers(block, alignment: alignment, subject: subject.bytes, text: &text, into: &containers)
        }

        var plans: [(node: OpaquePointer, tokens: [InlineToken], runs: [DelimiterRun], flanking: [DelimiterFlanking])] = []
        var changed = false
        for container in containers {
            let runs = DelimiterRun.runs(in: container.tokens)
            guard !runs.isEmpty else { continue }
            var flanking: [DelimiterFlanking] = []
            flanking.reserveCapacity(runs.count)
            for run in runs {
                let around = subject.bytes.withUnsafeBufferPointer { run.surroundings(in: $0) }
                let both = DelimiterFlanking.bothRules(run.character, around)
                let original = both.commonMark
                let amended = rule == .commonMark ? original : both.cjkFriendly
                if amended != original { changed = true }
                flanking.append(amended)
            }
            plans.append((container.node, container.tokens, runs, flanking))
        }
        guard changed || rebuildAlways else { return .unchanged }
        for plan in plans {
            EmphasisProcessor.rebuild(plan.node, tokens: plan.tokens, text: text, runs: plan.runs, flanking: plan.flanking)
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
                // libc's vectorised search, not a loop over every byte.
                if !hasDelimiter, strpbrk(literal, "*_") != nil { hasDelimiter = true }
                if !hasCJK { hasCJK = containsCJK(literal) }
            }
        }
        return hasDelimiter && hasCJK
    }

    /// True when the zero-terminated UTF-8 `literal` has a character that may affect
    /// flanking; stops at the first one.
    private static func containsCJK(_ literal: UnsafePointer<CChar>) -> Bool {
        literal.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
            var index = 0
            while bytes[index] != 0 {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                } else if byte < 0xE0 {
                    index += 2
                } else {
                    // Every CJK character and variation selector takes three or four bytes.
                    let (value, length) = UTF8Scalars.decode(bytes, at: index)
                    if let scalar = Unicode.Scalar(value), CJKCharacterClass.mayAffectFlanking(scalar) { return true }
                    index += length
                }
            }
            return false
        }
    }

    /// The tokens of a block read straight from its subject, without aligning cmark's nodes
    /// to it, when nothing but text and `*` or `_` runs can be there: one line (no breaks),
    /// no byte that starts an escape, entity, code span, HTML, autolink, link or image
    /// (backslash, `&`, backtick, `<`, `[`, `]`), and only text and emphasis nodes under the
    /// block. Then every `*` and `_` of the subject is a delimiter and the bytes between them
    /// are text, which is what the alignment would find; the subject is the text buffer.
    /// Most paragraphs of a Chinese document are such a line, often with a bold lead-in
    /// (bench/PERFORMANCE.md, “Emphasis read straight from the line”). As the alignment
    /// would, it checks that cmark read the same text: the text nodes, in order, must be the
    /// subject with only `*` and `_` left out. Nil otherwise.
    static func directTokens(of block: OpaquePointer, subject: UnsafeBufferPointer<UInt8>) -> [InlineToken]? {
        guard let base = subject.baseAddress else { return nil }
        let n = subject.count
        var tokens: [InlineToken] = []
        tokens.reserveCapacity(16)
        var runStart = 0
        var i = 0
        while i < n {
            // Eight bytes of CJK text hold none of these.
            if i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).hasOnlyHighBytes {
                i &+= 8
                continue
            }
            switch base[i] {
            case 0x0A, 0x0D, UInt8(ascii: "\\"), UInt8(ascii: "&"), UInt8(ascii: "`"), UInt8(ascii: "<"), UInt8(ascii: "["), UInt8(ascii: "]"):
                return nil
            case UInt8(ascii: "*"), UInt8(ascii: "_"):
                if runStart != i { tokens.append(.text(runStart..<i)) }
                tokens.append(.delimiter(Unicode.Scalar(base[i]), index: i))
                runStart = i &+ 1
            default:
                break
            }
            i &+= 1
        }
        if runStart != n { tokens.append(.text(runStart..<n)) }

        @inline(__always) func isDelimiter(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") }
        let iterator = cmark_iter_new(block)
        defer { cmark_iter_free(iterator) }
        var at = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), node != block else { continue }
            let type = CmarkNode.type(node)
            if type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG { continue }
            guard type == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node) else { return nil }
            let length = strlen(literal)
            guard length > 0 else { continue }
            // Delimiters cmark made emphasis of are in no text node.
            while at + length <= n, memcmp(base + at, literal, length) != 0 {
                guard isDelimiter(base[at]) else { return nil }
                at += 1
            }
            guard at + length <= n else { return nil }
            at += length
        }
        while at < n {
            guard isDelimiter(base[at]) else { return nil }
            at += 1
        }
        return tokens
    }

    /// Tokens for the block and for every link and image inside it, each its own container.
    private static func collectContainers(_ block: OpaquePointer, alignment: InlineSourceAlignment, subject: [UInt8],
                                          text: inout [UInt8], into result: inout [(node: OpaquePointer, tokens: [InlineToken])]) {
        var pending = [block]
        while let container = pending.popLast() {
            var nested: [OpaquePointer] = []
            result.append((container, tokens(of: container, alignment: alignment, subject: subject, text: &text, nested: &nested)))
            pending.append(contentsOf: nested.reversed())
        }
    }

    /// The tokens of one container: emphasis taken apart into its delimiters, links and
    /// images kept whole (reported in `nested`). Iterative, as emphasis can nest deeply.
    /// Text goes to `text`, which the text tokens refer to by byte range.
    private static func tokens(of container: OpaquePointer, alignment: InlineSourceAlignment, subject: [UInt8],
                               text: inout [UInt8], nested: inout [OpaquePointer]) -> [InlineToken] {
        var tokens: [InlineToken] = []
        tokens.reserveCapacity(16)
        let iterator = cmark_iter_new(container)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator), node != container else { continue }
            let type = CmarkNode.type(node)
            if type == CMARK_NODE_TEXT {
                let literal = CmarkNode.literalBytes(node)
                let base = text.count
                text.append(contentsOf: literal)
                // Text between delimiters is one token, not one per scalar.
                var runStart = 0
                for delimiter in alignment.textDelimiters[node] ?? [] {
                    if runStart != delimiter.offset { tokens.append(.text((base + runStart)..<(base + delimiter.offset))) }
                    tokens.append(.delimiter(Unicode.Scalar(literal[delimiter.offset]), index: delimiter.index))
                    runStart = delimiter.offset + 1
                }
                if runStart != literal.count { tokens.append(.text((base + runStart)..<(base + literal.count))) }
            } else if type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG, let positions = alignment.emphasisDelimiters[node] {
                let indices = event == CMARK_EVENT_ENTER ? positions.opener : positions.closer
                for index in indices { tokens.append(.delimiter(Unicode.Scalar(subject[index]), index: index)) }
            } else if event == CMARK_EVENT_ENTER {
                tokens.append(.atom(node))
                if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE { nested.append(node) }
                if cmark_node_first_child(node) != nil { cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT) }
            }
        }
        return tokens
    }
}
