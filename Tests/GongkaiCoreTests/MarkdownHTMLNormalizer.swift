/// Normalises HTML the way the CommonMark spec tests do (`normalize.py`) before comparing:
/// white space is collapsed outside `<pre>` and dropped around block-level tags, and
/// attributes are sorted. Entities for `<`, `>`, `&` and `"` are kept, numeric
/// references to other characters are decoded.
enum MarkdownHTMLNormalizer {
    private static let blockTags: Set<String> = [
        "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map", "button",
        "object", "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd", "progress", "div",
        "section", "dl", "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption",
        "th", "figure", "thead", "footer", "tr", "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video",
        "script", "style",
    ]

    private enum Last { case startTag, endTag, data, other }

    static func normalize(_ html: String) -> String {
        // gongkai writes the GFM spec's `align="…"` (not HTML5) as `style="text-align: …"`.
        var html = html
        for side in ["left", "center", "right"] {
            html = html.replacingOccurrences(of: " align=\"\(side)\"", with: " style=\"text-align: \(side)\"")
        }
        let s = Array(html.unicodeScalars)
        var output = String.UnicodeScalarView()
        var last = Last.startTag
        var lastTag = ""
        var inPre = false
        var i = 0
        var data = String.UnicodeScalarView()

        func rstripOutput() {
            while let c = output.last, c == " " || c == "\n" || c == "\t" || c == "\r" { output.removeLast() }
        }
        func flushData() {
            guard !data.isEmpty else { return }
            var text = String(data)
            data = String.UnicodeScalarView()
            let afterTag = last == .endTag || last == .startTag
            let afterBlockTag = afterTag && blockTags.contains(lastTag)
            if afterTag && lastTag == "br" { text = String(text.drop(while: { $0 == "\n" })) }
            if !inPre { text = collapse(text) }
            if afterBlockTag && !inPre {
                if last == .startTag {
                    text = String(text.drop(while: { $0 == " " }))
                } else {
                    text = text.trimmingSpaces()
                }
            }
            output.append(contentsOf: text.unicodeScalars)
            last = .data
        }
        func appendText(_ text: String) {
            data.append(contentsOf: text.unicodeScalars)
        }

        while i < s.count {
            let c = s[i]
            if c == "<", let (tag, end) = parseTag(s, at: i) {
                flushData()
                switch tag {
                case .start(let name, let attributes, let selfClosing):
                    if name == "pre" { inPre = true }
                    if blockTags.contains(name) { rstripOutput() }
                    var text = "<" + name
                    for (key, value) in attributes.sorted(by: { $0.0 < $1.0 }) {
                        text += " " + key
                        if let value { text += "=\"" + escape(value) + "\"" }
                    }
                    text += ">"
                    output.append(contentsOf: text.unicodeScalars)
                    lastTag = name
                    last = selfClosing ? .endTag : .startTag
                case .end(let name):
                    if name == "pre" {
                        inPre = false
                    } else if blockTags.contains(name) {
                        rstripOutput()
                    }
                    output.append(contentsOf: ("</" + name + ">").unicodeScalars)
                    lastTag = name
                    last = .endTag
                case .other(let raw):
                    output.append(contentsOf: raw.unicodeScalars)
                    last = .other
                }
                i = end
            } else if c == "&", let (text, end) = parseReference(s, at: i) {
                appendText(text)
                i = end
            } else {
                data.append(c)
                i += 1
            }
        }
        flushData()
        return String(output)
    }

    private enum Tag {
        case start(String, [(String, String?)], Bool)
        case end(String)
        case other(String)
    }

    private static func parseTag(_ s: [Unicode.Scalar], at start: Int) -> (Tag, Int)? {
        func raw(_ end: Int) -> String { String(String.UnicodeScalarView(s[start..<end])) }
        func find(_ needle: String, from: Int) -> Int? {
            let n = Array(needle.unicodeScalars)
            var j = from
            while j + n.count <= s.count {
                if Array(s[j..<(j + n.count)]) == n { return j + n.count }
                j += 1
            }
            return nil
        }
        guard start + 1 < s.count else { return nil }
        let next = s[start + 1]
        if next == "!" {
            if s[start...].starts(with: "<!--".unicodeScalars), let end = find("-->", from: start + 4) { return (.other(raw(end)), end) }
            if s[start...].starts(with: "<![CDATA[".unicodeScalars), let end = find("]]>", from: start) { return (.other(raw(end)), end) }
            if let end = find(">", from: start) { return (.other(raw(end)), end) }
            return nil
        }
        if next == "?" {
            if let end = find(">", from: start) { return (.other(raw(end)), end) }
            return nil
        }
        var i = start + 1
        let closing = next == "/"
        if closing { i += 1 }
        let nameStart = i
        while i < s.count, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) || s[i] == "-" { i += 1 }
        guard i > nameStart, s[nameStart].properties.isAlphabetic else { return nil }
        let name = String(String.UnicodeScalarView(s[nameStart..<i])).lowercased()
        func skipSpace() { while i < s.count, s[i] == " " || s[i] == "\n" || s[i] == "\t" || s[i] == "\r" { i += 1 } }
        if closing {
            skipSpace()
            guard i < s.count, s[i] == ">" else { return nil }
            return (.end(name), i + 1)
        }
        var attributes: [(String, String?)] = []
        while true {
            skipSpace()
            guard i < s.count else { return nil }
            if s[i] == ">" { return (.start(name, attributes, false), i + 1) }
            if s[i] == "/", i + 1 < s.count, s[i + 1] == ">" { return (.start(name, attributes, true), i + 2) }
            let keyStart = i
            while i < s.count, !" \n\t\r=>/".unicodeScalars.contains(s[i]) { i += 1 }
            guard i > keyStart else { return nil }
            let key = String(String.UnicodeScalarView(s[keyStart..<i])).lowercased()
            skipSpace()
            if i < s.count, s[i] == "=" {
                i += 1
                skipSpace()
                guard i < s.count else { return nil }
                var value = ""
                if s[i] == "\"" || s[i] == "'" {
                    let quote = s[i]
                    i += 1
                    let valueStart = i
                    while i < s.count, s[i] != quote { i += 1 }
                    guard i < s.count else { return nil }
                    value = String(String.UnicodeScalarView(s[valueStart..<i]))
                    i += 1
                } else {
                    let valueStart = i
                    while i < s.count, !" \n\t\r>".unicodeScalars.contains(s[i]) { i += 1 }
                    value = String(String.UnicodeScalarView(s[valueStart..<i]))
                }
                attributes.append((key, decodeReferences(value)))
            } else {
                attributes.append((key, nil))
            }
        }
    }

    private static func parseReference(_ s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var i = start + 1
        guard i < s.count else { return nil }
        let named: [String: String] = ["lt": "&lt;", "gt": "&gt;", "amp": "&amp;", "quot": "&quot;"]
        if s[i] == "#" {
            i += 1
            var hex = false
            if i < s.count, s[i] == "x" || s[i] == "X" { hex = true; i += 1 }
            let digitsStart = i
            while i < s.count, s[i].properties.isASCIIHexDigit { i += 1 }
            guard i > digitsStart, i < s.count, s[i] == ";" else { return nil }
            let digits = String(String.UnicodeScalarView(s[digitsStart..<i]))
            guard let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value) else { return nil }
            let text: String
            switch scalar {
            case "<": text = "&lt;"
            case ">": text = "&gt;"
            case "&": text = "&amp;"
            case "\"": text = "&quot;"
            default: text = String(scalar)
            }
            return (text, i + 1)
        }
        let nameStart = i
        while i < s.count, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) { i += 1 }
        guard i > nameStart, i < s.count, s[i] == ";" else { return nil }
        let name = String(String.UnicodeScalarView(s[nameStart..<i]))
        return (named[name] ?? "&\(name);", i + 1)
    }

    private static func decodeReferences(_ value: String) -> String {
        let s = Array(value.unicodeScalars)
        var result = ""
        var i = 0
        while i < s.count {
            if s[i] == "&", let (text, end) = parseReference(s, at: i) {
                switch text {
                case "&lt;": result += "<"
                case "&gt;": result += ">"
                case "&amp;": result += "&"
                case "&quot;": result += "\""
                default: result += text
                }
                i = end
            } else {
                result.unicodeScalars.append(s[i])
                i += 1
            }
        }
        return result
    }

    private static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#x27;")
    }

    private static func collapse(_ text: String) -> String {
        var result = ""
        var inSpace = false
        for c in text.unicodeScalars {
            if c == " " || c == "\n" || c == "\t" || c == "\r" {
                if !inSpace { result += " " }
                inSpace = true
            } else {
                result.unicodeScalars.append(c)
                inSpace = false
            }
        }
        return result
    }
}

private extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
