import Foundation

/// The one byte-level substring search (bench/PERFORMANCE.md): the markers, paths and
/// placeholders the loader and the checks look for in every document, without
/// Foundation's locale-aware `range(of:)`, which showed up in profiles when run once per
/// document.
enum UTF8Search {
    /// Whether `needle` occurs in `haystack`, comparing bytes; an empty needle occurs in
    /// everything. libc's `memchr` jumps to each occurrence of the needle's last byte
    /// and the bytes before it are compared: a loop that stops at every occurrence of
    /// the first byte stopped at every lead byte like a Chinese marker's first.
    static func contains(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let lastByte = needle.last else { return true }
        guard needle.count <= haystack.count, let base = haystack.baseAddress, let pattern = needle.baseAddress else { return false }
        let last = needle.count - 1
        let end = base + haystack.count
        var p = base + last
        while p < end, let hit = memchr(p, Int32(lastByte), end - p) {
            let found = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(found - last, pattern, last) == 0 { return true }
            p = found + 1
        }
        return false
    }
}
