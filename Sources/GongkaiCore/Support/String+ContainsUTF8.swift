extension String {
    /// Whether `needle` occurs in the string, comparing UTF-8 bytes (`UTF8Search`): what
    /// `contains` means for the markers and paths it is used on.
    func containsUTF8(_ needle: String) -> Bool {
        var text = self
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { UTF8Search.contains($0, in: haystack) }
        }
    }
}
