#if canImport(CMimalloc)
import CMimalloc
#endif

/// How the process's allocator (mimalloc, Linux) hands memory back to the system.
enum AllocatorOptions {
    /// For a whole group's build (README “站群”): memory freed stays with the process for a second
    /// instead of mimalloc's 25 ms.
    ///
    /// A group build frees and takes memory in waves longer than 25 ms: each member's site is
    /// loaded, rendered and let go while the next one is loaded, so every page given back was
    /// soon taken again, at the cost of a page fault and a zeroed page each: 565,000 faults in a
    /// 50 × 2,000 group build, 143,000–190,000 with the longer delay (bench/PERFORMANCE.md, “Memory
    /// given back between members”). The second still gives memory back once the build has moved
    /// on, so peak memory keeps following the largest member, not the group. A single site keeps
    /// the default: it frees its pages' bodies as it goes, and giving that memory back at once
    /// is what keeps its peak low.
    static func keepFreedMemoryBetweenMembers() {
        #if canImport(CMimalloc)
        mi_option_set(mi_option_decommit_delay, 1_000)
        #endif
    }
}
