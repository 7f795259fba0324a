import Foundation

extension String {
    /// Whether the two strings are the same UTF-8 bytes, compared with `memcmp`. `==` on
    /// strings is canonical equivalence: two different Chinese strings are told apart only
    /// after normalising both (some thousands of instructions), where this is a few dozen.
    /// Callers that must keep `==`'s meaning try this first and fall back to `==`.
    func hasSameUTF8(as other: String) -> Bool {
        let same = utf8.withContiguousStorageIfAvailable { x in
            other.utf8.withContiguousStorageIfAvailable { y in
                x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
        return (same ?? nil) ?? utf8.elementsEqual(other.utf8)
    }
}
