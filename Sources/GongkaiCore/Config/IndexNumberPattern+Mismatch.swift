extension IndexNumberPattern {
    /// Where an 索引号 that does not fit first departs from the pattern, as a Chinese phrase
    /// such as `序号应为 5 位数字（不足 5 位时前面补 0）`; nil when it fits.
    func mismatch(in indexNumber: String, code: String) -> String? {
        // Real 索引号 are a few dozen characters; the matcher backtracks over digit runs,
        // so absurdly long values are refused before it sees them.
        let longest = format(code: code, year: 9999, serial: 999_999_999_999).count + 20
        if indexNumber.count > longest { return "长度超过 \(longest) 个字符，不是有效的索引号" }
        guard !matches(indexNumber, code: code) else { return nil }
        var rest = Substring(indexNumber)
        func found() -> String { rest.isEmpty ? "，但索引号到此就结束了" : "，实际是 \"\(rest.prefix(12))\"" }
        for segment in segments {
            switch segment {
            case .literal(let text):
                guard rest.hasPrefix(text) else { return "此处应为 \"\(text)\"" + found() }
                rest = rest.dropFirst(text.count)
            case .code:
                guard !code.isEmpty else { return "site.json 的 agency.code（机构代码）为空，索引号无法含有机构代码" }
                guard rest.hasPrefix(code) else { return "应以本机关的机构代码 \"\(code)\" 开头（site.json 的 agency.code）" + found() }
                rest = rest.dropFirst(code.count)
            case .year:
                let run = rest.prefix(while: Self.isDigitLike)
                if run.contains(where: { !$0.isASCIIDigit }) { return "年份应使用半角阿拉伯数字" }
                guard run.count >= 4 else { return "年份应为四位数字" + found() }
                rest = rest.dropFirst(4)
            case .serial(let width):
                let run = rest.prefix(while: Self.isDigitLike)
                if run.contains(where: { !$0.isASCIIDigit }) { return "序号应使用半角阿拉伯数字" }
                guard !run.isEmpty else { return "缺少序号" + found() }
                guard run.count >= width else { return "序号应为 \(width) 位数字（不足 \(width) 位时前面补 0）" + found() }
                rest = rest.dropFirst(run.count)
            }
        }
        return rest.isEmpty ? "不符合" : "末尾多了 \"\(String(rest).shortened(to: 20))\""
    }

    /// Half-width and full-width digits, so that full-width ones can be named.
    private static func isDigitLike(_ c: Character) -> Bool {
        c.isASCIIDigit || ("０"..."９").contains(c)
    }
}
