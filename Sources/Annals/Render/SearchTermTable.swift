import Foundation

/// The terms of a run of consecutive documents and their postings, for `SearchIndex`: an open-addressing
/// table from term hash to term (one probe per syllable read; a dictionary took several times longer),
/// and each term's postings, `doc << 8 | v`, in document order. Used by one thread.
final class TermTable: @unchecked Sendable {
    private(set) var keys: [UInt64] = []
    /// Per term: its postings, and whether it is a pair or a filter (postings without `v`).
    private(set) var postings: [[UInt32]] = []
    private(set) var tags: [Bool] = []
    /// Terms ordered by shard then hash, and where each shard's run starts in `order` (`sortForShards`).
    private(set) var order: [Int] = []
    private(set) var shardStart: [Int] = []

    private let shards: UInt64
    private var slots: [Int32]
    private var slotKeys: [UInt64]
    private var mask: Int

    init(shards: Int) {
        self.shards = UInt64(shards)
        slots = Array(repeating: -1, count: 1 << 14)
        slotKeys = Array(repeating: 0, count: 1 << 14)
        mask = (1 << 14) - 1
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask }

    /// The term of `key`, added when new.
    @inline(__always) private func term(_ key: UInt64, tag: Bool) -> Int {
        var i = slot(key)
        while true {
            let t = slots[i]
            if t < 0 { break }
            if slotKeys[i] == key { return Int(t) }
            i = (i + 1) & mask
        }
        let t = keys.count
        slots[i] = Int32(t)
        slotKeys[i] = key
        keys.append(key)
        postings.append([])
        tags.append(tag)
        if keys.count * 2 > mask { grow() }
        return t
    }

    private func grow() {
        let size = (mask + 1) * 2
        slots = Array(repeating: -1, count: size)
        slotKeys = Array(repeating: 0, count: size)
        mask = size - 1
        for (t, key) in keys.enumerated() {
            var i = slot(key)
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(t)
            slotKeys[i] = key
        }
    }

    /// One syllable of `doc`, and the pair it ends.
    @inline(__always) func add(_ key: UInt64, _ pair: UInt64?, doc: UInt32, title: Bool) {
        let t = term(key, tag: false)
        let flag: UInt32 = title ? 16 : 0
        if let last = postings[t].last, last >> 8 == doc {
            let tf = min(15, (last & 15) + 1)
            postings[t][postings[t].count - 1] = doc << 8 | (last & 16) | flag | tf
        } else {
            postings[t].append(doc << 8 | flag | 1)
        }
        if let pair { addTag(pair, doc: doc) }
    }

    /// A term that only says whether `doc` has it (a pair of syllables, a year, a person).
    @inline(__always) func addTag(_ key: UInt64, doc: UInt32) {
        let t = term(key, tag: true)
        if let last = postings[t].last, last >> 8 == doc { return }
        postings[t].append(doc << 8)
    }

    func sortForShards() {
        let s = shards
        order = keys.indices.sorted { (keys[$0] % s, keys[$0]) < (keys[$1] % s, keys[$1]) }
        shardStart = Array(repeating: 0, count: Int(s) + 1)
        for t in order { shardStart[Int(keys[t] % s) + 1] += 1 }
        for k in 0..<Int(s) { shardStart[k + 1] += shardStart[k] }
        slots = []
        slotKeys = []
    }
}

extension ByteSink {
    /// The decimal digits of `n` (not negative).
    func appendInt(_ n: Int) {
        if n < 10 { append(UInt8(0x30 + n)); return }
        var digits: (UInt64, UInt64) = (0, 0)
        var v = n, k = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            while v > 0, k < 16 { buf[15 - k] = UInt8(0x30 + v % 10); v /= 10; k += 1 }
            append(buf.baseAddress!.assumingMemoryBound(to: UInt8.self) + 16 - k, count: k)
        }
    }
}
