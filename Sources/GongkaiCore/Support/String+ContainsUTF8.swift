import Foundation

extension String {
    /// Whether `needle` occurs in the string, comparing UTF-8 bytes: what `contains` means
    /// for the markers and paths it is used on, without Foundation's locale-aware search,
    /// which showed up in profiles when run once per document.
    func containsUTF8(_ needle: String) -> Bool {
        var text = self
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                guard let first = pattern.first else { return true }
                guard pattern.count <= haystack.count else { return false }
                let last = haystack.count - pattern.count
                var i = 0
                while i <= last {
                    if haystack[i] == first && memcmp(haystack.baseAddress! + i, pattern.baseAddress!, pattern.count) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }
}
