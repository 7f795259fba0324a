/// "Did you mean …?" for keys and names; delegates to the checks' edit-distance matcher.
enum Suggestion {
    static func closest(to word: String, in candidates: [String]) -> String? {
        var best: (String, Int)?
        let a = Array(word)
        for candidate in candidates {
            let b = Array(candidate)
            var previous = Array(0...b.count)
            for i in 1...max(a.count, 1) where !a.isEmpty {
                var current = [i] + Array(repeating: 0, count: b.count)
                for j in stride(from: 1, through: b.count, by: 1) {
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
                previous = current
            }
            let distance = a.isEmpty ? b.count : previous[b.count]
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        guard let best, best.1 <= max(2, a.count / 2) else { return nil }
        return best.0
    }
}
