import Foundation

/// The bytes of a page as a template renders it: a growable buffer.
///
/// Fast path (bench/PERFORMANCE.md): a page is some hundreds of small appends (text
/// between tags, escaped values); here an append is a capacity test and a `memcpy`.
///
/// It starts in the uninitialised storage of the array the page is returned in
/// (`page(capacity:_:)`), so a page that fits is never copied; one that outgrows it moves
/// to memory of its own, and only such a page is copied into an array at the end.
struct TemplateOutput: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    /// Whether `base` is memory of its own (after growing), not the array's storage.
    private var owned = false

    /// An empty output over `storage`, which it does not own.
    private init(over storage: UnsafeMutableBufferPointer<UInt8>) {
        base = storage.baseAddress!
        capacity = storage.count
    }

    deinit {
        if owned { base.deallocate() }
    }

    /// The bytes `write` puts into an output that starts with room for `capacity` bytes.
    static func page(capacity: Int, _ write: (inout TemplateOutput) -> Void) -> [UInt8] {
        var grown: [UInt8]?
        let page = [UInt8](unsafeUninitializedCapacity: max(64, capacity)) { storage, initialized in
            var out = TemplateOutput(over: storage)
            write(&out)
            if out.owned {
                grown = out.bytes()
                initialized = 0
            } else {
                initialized = out.count
            }
        }
        return grown ?? page
    }

    /// The byte at `index`, which must be below `count`.
    subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < count, "index out of range")
        return base[index]
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Inserts `bytes` at `index`, moving what follows.
    mutating func insert(_ bytes: [UInt8], at index: Int) {
        precondition(index >= 0 && index <= count, "index out of range")
        guard !bytes.isEmpty else { return }
        reserve(bytes.count)
        memmove(base + index + bytes.count, base + index, count - index)
        bytes.withUnsafeBufferPointer { (base + index).update(from: $0.baseAddress!, count: $0.count) }
        count += bytes.count
    }

    /// The bytes written, as an array of their own; the buffer is spent.
    private consuming func bytes() -> [UInt8] {
        let n = count
        return [UInt8](unsafeUninitializedCapacity: n) { buffer, initialized in
            if n > 0 { buffer.baseAddress!.initialize(from: base, count: n) }
            initialized = n
        }
    }

    /// Room for `extra` more bytes: a test on every append, inlined; growing is rare.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(toHold: count + extra) }
    }

    @inline(never)
    private mutating func grow(toHold needed: Int) {
        var grown = capacity * 2
        while grown < needed { grown *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        larger.initialize(from: base, count: count)
        if owned { base.deallocate() }
        base = larger
        capacity = grown
        owned = true
    }
}
