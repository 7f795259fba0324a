/// Finds a 发文字号 in a line and writes it the standard way, `机关代字〔年份〕序号号`
/// (GB/T 9704-2012 §7.2.4): brackets `[ ]`, `［ ］`, `【 】`, `( )`, `（ ）` become `〔 〕`,
/// a `第` before the serial and spaces are dropped, a lost closing bracket restored
/// (`侯政办〔2016151号` → `侯政办〔2016〕151号`).
enum ImportedDocumentNumber {
    nonisolated(unsafe) private static let pattern = #/(?<org>[\p{Han}A-Za-z]{1,20})\s*[〔\[［【(（]\s*(?<year>(?:19|20)\d{2})\s*[〕\]］】)）]?\s*第?\s*(?<serial>\d{1,5})\s*号/#

    /// The normalised 文号 in `line`, and whether the line was only that (with a `签发人` or
    /// spaces around it).
    static func find(in line: String) -> (number: String, wholeLine: Bool)? {
        let text = ImportText.squeezed(line)
        guard let match = text.firstMatch(of: pattern) else { return nil }
        let number = "\(match.org)〔\(match.year)〕\(match.serial)号"
        let before = text[..<match.range.lowerBound]
        let after = text[match.range.upperBound...]
        let whole = ImportText.trim(String(before)).isEmpty
            && (ImportText.trim(String(after)).isEmpty || ImportText.trim(String(after)).hasPrefix("签发人"))
        return (number, whole)
    }
}
