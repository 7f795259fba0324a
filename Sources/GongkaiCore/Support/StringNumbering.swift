/// Numbers strings in the order they are first given, as a `[String: Int]` keyed by them would:
/// canonically equivalent strings get one number, and the first spelling is the one kept.
///
/// Fast path (bench/PERFORMANCE.md): a `String` key is hashed and compared by canonical
/// equivalence, which for Chinese text means normalising it on every look-up (thousands of
/// instructions for a publisher's name). Grouping documents by a front-matter value looks the
/// same few values up once per document, so each is looked up here by its bytes
/// (`SearchTermKey`) and only bytes not given before go through the `String` key.
struct StringNumbering {
    private var byBytes: [SearchTermKey: Int] = [:]
    private var byText: [String: Int] = [:]
    /// Each number's string, as first given.
    private(set) var values: [String] = []

    /// `text`'s number, a new one when no equivalent string was given before.
    mutating func number(of text: String) -> Int {
        let key = SearchTermKey(text)
        if let known = byBytes[key] { return known }
        let number: Int
        if let known = byText[text] {
            number = known
        } else {
            number = values.count
            values.append(text)
            byText[text] = number
        }
        byBytes[key] = number
        return number
    }
}
