/// Copies that share no storage with the original.
///
/// Reference counts are atomic: when both cores retain and release the same strings and
/// arrays for every page (template text, labels, list rows), each count's cache line
/// moves between the cores on every change. A rendering thread works with a theme of its
/// own (`SiteRenderer.workers`), so what it retains is touched by no other core.
extension String {
    func unsharedCopy() -> String {
        var source = self
        return source.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                _ = buffer.initialize(fromContentsOf: bytes)
                return bytes.count
            }
        }
    }
}
