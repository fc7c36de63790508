import Foundation

/// The terms of a run of consecutive documents and their postings, for `SearchIndex`: an open-addressing
/// table from term hash to term (one probe per syllable read; a dictionary took several times longer),
/// and each term's postings, `doc << 8 | v`, in document order. Used by one thread.
struct TermTable: Sendable {
    private(set) var keys: [UInt64] = []
    /// Per term: its postings, and whether it is a pair or a filter (postings without `v`).
    private(set) var postings: [[UInt32]] = []
    private(set) var tags: [Bool] = []
    /// Terms ordered by shard then hash, and where each shard's run starts in `order` (`sortForShards`).
    private(set) var order: [Int] = []
    private(set) var shardStart: [Int] = []

    private let shards: UInt64
    /// The documents it holds.
    let range: Range<Int>
    private var slots: [Int32]
    private var slotKeys: [UInt64]
    private var mask: Int

    init(shards: Int, range: Range<Int>) {
        self.shards = UInt64(shards)
        self.range = range
        slots = Array(repeating: -1, count: 1 << 14)
        slotKeys = Array(repeating: 0, count: 1 << 14)
        mask = (1 << 14) - 1
    }

    /// Whether shard `k` holds the same terms, postings and kinds in both tables (both sorted for shards).
    static func sameShard(_ a: TermTable, _ b: TermTable, _ k: Int) -> Bool {
        let ra = a.shardStart[k]..<a.shardStart[k + 1], rb = b.shardStart[k]..<b.shardStart[k + 1]
        guard ra.count == rb.count else { return false }
        for (i, j) in zip(ra, rb) {
            let ta = a.order[i], tb = b.order[j]
            guard a.keys[ta] == b.keys[tb], a.tags[ta] == b.tags[tb], a.postings[ta] == b.postings[tb] else { return false }
        }
        return true
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask }

    /// The term of `key`, added when new.
    @inline(__always) private mutating func term(_ key: UInt64, tag: Bool) -> Int {
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

    private mutating func grow() {
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

    /// Per term: the last document that has it and its `v` there, not yet in `postings` (so that a
    /// syllable read again in the same document touches two flat arrays, not the term's postings).
    private var lastDoc: [UInt32] = []
    private var lastValue: [UInt32] = []

    @inline(__always) private mutating func open(_ t: Int, _ doc: UInt32) -> Bool {
        if t == lastDoc.count { lastDoc.append(doc); lastValue.append(0); return true }
        if lastDoc[t] == doc { return false }
        postings[t].append(lastDoc[t] << 8 | lastValue[t])
        lastDoc[t] = doc
        lastValue[t] = 0
        return true
    }

    /// One syllable of `doc`, and the pair it ends.
    @inline(__always) mutating func add(_ key: UInt64, _ pair: UInt64?, doc: UInt32, title: Bool) {
        let t = term(key, tag: false)
        _ = open(t, doc)
        let v = lastValue[t]
        lastValue[t] = (v & 16) | (title ? 16 : 0) | min(15, (v & 15) + 1)
        if let pair { addTag(pair, doc: doc) }
    }

    /// A term that only says whether `doc` has it (a pair of syllables, a year, a person).
    @inline(__always) mutating func addTag(_ key: UInt64, doc: UInt32) {
        _ = open(term(key, tag: true), doc)
    }

    /// Orders the terms by shard (a counting sort) then by hash within each shard.
    mutating func sortForShards() {
        for t in lastDoc.indices { postings[t].append(lastDoc[t] << 8 | lastValue[t]) }
        lastDoc = []
        lastValue = []
        let mask = shards - 1   // a power of two
        var start = Array(repeating: 0, count: Int(shards) + 1)
        for key in keys { start[Int(key & mask) + 1] += 1 }
        for k in 0..<Int(shards) { start[k + 1] += start[k] }
        var next = start
        var order = Array(repeating: 0, count: keys.count)
        for (t, key) in keys.enumerated() {
            let k = Int(key & mask)
            order[next[k]] = t
            next[k] += 1
        }
        for k in 0..<Int(shards) where start[k + 1] - start[k] > 1 {
            order[start[k]..<start[k + 1]].sort { keys[$0] < keys[$1] }
        }
        self.order = order
        shardStart = start
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
