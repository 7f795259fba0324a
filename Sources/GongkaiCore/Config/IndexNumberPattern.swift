/// The 索引号 pattern of site.json's `index_number.pattern`, parsed once (README “site.json 导览”).
///
/// `{code}/{year}-{serial:5}` knows three placeholders: `{code}` (the agency's code),
/// `{year}` (four digits) and `{serial:N}` (the yearly serial, zero-padded to N digits;
/// `{serial}` alone means no padding). Everything else is literal text.
public struct IndexNumberPattern: Sendable, Hashable, CustomStringConvertible {
    public enum Segment: Sendable, Hashable {
        case literal(String)
        case code
        case year
        case serial(width: Int)
    }

    /// Why a pattern could not be used, with a Chinese message for the editor.
    public enum ParseError: Error, Sendable, Hashable {
        case unknownPlaceholder(String)
        case unterminatedPlaceholder
        case badWidth(String)
        case missingSerial
        case repeatedPlaceholder(String)

        public var message: String {
            switch self {
            case .unknownPlaceholder(let name): return "索引号格式中的 {\(name)} 无法识别（可用：{code}、{year}、{serial:N}）"
            case .unterminatedPlaceholder: return "索引号格式中有没有闭合的 {"
            case .badWidth(let text): return "索引号格式中 {serial:\(text)} 的位数应为 1 到 12 的整数"
            case .missingSerial: return "索引号格式中缺少流水号 {serial:N}"
            case .repeatedPlaceholder(let name): return "索引号格式中 {\(name)} 出现了不止一次"
            }
        }
    }

    public static let standard = "{code}/{year}-{serial:5}"
    /// ``standard``, parsed.
    public static let standardPattern = try! IndexNumberPattern(standard)

    public let segments: [Segment]
    /// The text as written in site.json.
    public let source: String

    public init(_ text: String) throws(ParseError) {
        var segments: [Segment] = []
        var literal = ""
        var seen: Set<String> = []
        var rest = Substring(text)
        while let first = rest.first {
            guard first == "{" else {
                literal.append(first)
                rest = rest.dropFirst()
                continue
            }
            guard let close = rest.firstIndex(of: "}") else { throw .unterminatedPlaceholder }
            let inside = rest[rest.index(after: rest.startIndex)..<close]
            rest = rest[rest.index(after: close)...]
            let parts = inside.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]).trimmingCharacters(in: .whitespaces)
            let segment: Segment
            switch name {
            case "code" where parts.count == 1: segment = .code
            case "year" where parts.count == 1: segment = .year
            case "serial":
                if parts.count == 1 {
                    segment = .serial(width: 1)
                } else {
                    let widthText = String(parts[1]).trimmingCharacters(in: .whitespaces)
                    guard let width = Int(widthText), (1...12).contains(width) else { throw .badWidth(widthText) }
                    segment = .serial(width: width)
                }
            default:
                throw .unknownPlaceholder(String(inside))
            }
            guard seen.insert(name).inserted else { throw .repeatedPlaceholder(name) }
            if !literal.isEmpty {
                segments.append(.literal(literal))
                literal = ""
            }
            segments.append(segment)
        }
        if !literal.isEmpty { segments.append(.literal(literal)) }
        guard seen.contains("serial") else { throw .missingSerial }
        self.segments = segments
        self.source = text
    }

    /// Whether serials restart every year (the pattern has `{year}`).
    public var countsPerYear: Bool { segments.contains(.year) }

    /// The zero-padded width of the serial.
    public var serialWidth: Int {
        for case .serial(let width) in segments { return width }
        return 1
    }

    /// The 索引号 for a code, year and serial: `00822061-4/2024-00017`.
    public func format(code: String, year: Int, serial: Int) -> String {
        segments.map { segment in
            switch segment {
            case .literal(let text): return text
            case .code: return code
            case .year: return String(year).leftPadded(to: 4)
            case .serial(let width): return String(serial).leftPadded(to: width)
            }
        }.joined()
    }

    /// The parts of an 索引号 written with this pattern and this code, or nil when it does not fit.
    ///
    /// A serial may be wider than the pattern's width (after 99999 comes 100000) but not narrower.
    public func match(_ indexNumber: String, code: String) -> (year: Int?, serial: Int)? {
        var year: Int?
        var serial: Int?
        guard Self.match(Array(indexNumber), from: 0, segments: segments[...], code: Array(code), year: &year, serial: &serial),
              let serial else { return nil }
        return (year, serial)
    }

    /// The parts of an 索引号 written with this pattern and any agency code (at least one
    /// character, no spaces), or nil when it does not fit. Serials count per year across the
    /// site whatever code a number was issued under: the init placeholder
    /// `【请填写机构代码】`, or a code the agency had before.
    public func matchAnyCode(_ indexNumber: String) -> (year: Int?, serial: Int)? {
        // Real 索引号 are a few dozen characters; the matcher backtracks over the code.
        guard indexNumber.count <= Self.longestMatched else { return nil }
        var year: Int?
        var serial: Int?
        guard Self.match(Array(indexNumber), from: 0, segments: segments[...], code: nil, year: &year, serial: &serial),
              let serial else { return nil }
        return (year, serial)
    }

    /// Longer text is never taken for an 索引号 by ``matchAnyCode(_:)``.
    static let longestMatched = 120

    /// Whether an 索引号 fits this pattern for the code.
    public func matches(_ indexNumber: String, code: String) -> Bool {
        match(indexNumber, code: code) != nil
    }

    public var description: String { source }

    /// `code` nil matches any code.
    private static func match(_ text: [Character], from start: Int, segments: ArraySlice<Segment>, code: [Character]?,
                              year: inout Int?, serial: inout Int?) -> Bool {
        guard let segment = segments.first else { return start == text.count }
        let rest = segments.dropFirst()
        switch segment {
        case .literal(let literal):
            let chars = Array(literal)
            guard start + chars.count <= text.count, Array(text[start..<start + chars.count]) == chars else { return false }
            return match(text, from: start + chars.count, segments: rest, code: code, year: &year, serial: &serial)
        case .code:
            guard let code else {
                var end = start
                while end < text.count, !text[end].isWhitespace { end += 1 }
                while end > start {
                    if match(text, from: end, segments: rest, code: nil, year: &year, serial: &serial) { return true }
                    end -= 1
                }
                return false
            }
            guard !code.isEmpty, start + code.count <= text.count, Array(text[start..<start + code.count]) == code else { return false }
            return match(text, from: start + code.count, segments: rest, code: code, year: &year, serial: &serial)
        case .year:
            guard start + 4 <= text.count, text[start..<start + 4].allSatisfy(\.isASCIIDigit) else { return false }
            let saved = year
            year = Int(String(text[start..<start + 4]))
            if match(text, from: start + 4, segments: rest, code: code, year: &year, serial: &serial) { return true }
            year = saved
            return false
        case .serial(let width):
            var end = start
            while end < text.count, text[end].isASCIIDigit { end += 1 }
            // Longest run first, then shorter ones, in case digits follow the serial.
            var length = end - start
            while length >= width {
                let saved = serial
                serial = Int(String(text[start..<start + length]))
                if serial != nil, match(text, from: start + length, segments: rest, code: code, year: &year, serial: &serial) { return true }
                serial = saved
                length -= 1
            }
            return false
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
