import Foundation

/// The terms of a run of consecutive documents and their postings, for `SearchIndex` (made by a
/// `TermBuilder`): each term's hash and kind, and its postings, `doc << 8 | v`, in document order, all
/// terms' end to end.
struct TermTable: Sendable {
    let keys: [UInt64]
    /// Per term: whether it is a pair or a filter (postings without `v`).
    let tags: [Bool]
    /// Term `t`'s postings are `flat[start[t]..<start[t + 1]]`.
    let flat: [UInt32]
    let start: [Int32]
    /// Terms ordered by shard then hash, and where each shard's run starts in `order`.
    let order: [Int32]
    let shardStart: [Int]
    /// The documents it holds.
    let range: Range<Int>

    @inline(__always) func postings(_ t: Int) -> ArraySlice<UInt32> { flat[Int(start[t])..<Int(start[t + 1])] }

    /// Whether shard `k` holds the same terms, postings and kinds in both tables.
    static func sameShard(_ a: TermTable, _ b: TermTable, _ k: Int) -> Bool {
        let ra = a.shardStart[k]..<a.shardStart[k + 1], rb = b.shardStart[k]..<b.shardStart[k + 1]
        guard ra.count == rb.count else { return false }
        for (i, j) in zip(ra, rb) {
            let ta = Int(a.order[i]), tb = Int(b.order[j])
            guard a.keys[ta] == b.keys[tb], a.tags[ta] == b.tags[tb], a.postings(ta) == b.postings(tb) else { return false }
        }
        return true
    }
}

/// Reads the terms of a run of documents into a `TermTable`, on one thread: an open-addressing table from
/// term hash to term (one probe per syllable read; a dictionary took several times longer), and each
/// posting appended to one buffer as its document closes, sorted by term at the end. Every syllable of
/// the archive passes here twice (itself and its pair), so the buffers are raw memory, not arrays (whose
/// copy-on-write checks cost more than the probe).
final class TermBuilder {
    private let shards: Int
    private let range: Range<Int>
    private var slotTerm: UnsafeMutablePointer<Int32>
    private var slotKey: UnsafeMutablePointer<UInt64>
    private var mask: Int
    /// Per term: its hash, kind, and the last document that has it with its `v` there, not yet posted.
    private var keys: UnsafeMutablePointer<UInt64>
    private var tags: UnsafeMutablePointer<Bool>
    private var lastDoc: UnsafeMutablePointer<UInt32>
    private var lastValue: UnsafeMutablePointer<UInt32>
    private var terms = 0, termCapacity = 1 << 12
    /// Postings as they close: `term << 32 | doc << 8 | v`.
    private var posted: UnsafeMutablePointer<UInt64>
    private var postedCount = 0, postedCapacity = 1 << 16

    init(shards: Int, range: Range<Int>) {
        (self.shards, self.range) = (shards, range)
        mask = (1 << 14) - 1
        slotTerm = .allocate(capacity: mask + 1)
        slotTerm.initialize(repeating: -1, count: mask + 1)
        slotKey = .allocate(capacity: mask + 1)
        slotKey.initialize(repeating: 0, count: mask + 1)
        keys = .allocate(capacity: termCapacity)
        tags = .allocate(capacity: termCapacity)
        lastDoc = .allocate(capacity: termCapacity)
        lastValue = .allocate(capacity: termCapacity)
        posted = .allocate(capacity: postedCapacity)
    }

    /// `p`'s first `count` items moved to a new buffer of `capacity`.
    private static func grown<T>(_ p: UnsafeMutablePointer<T>, count: Int, capacity: Int) -> UnsafeMutablePointer<T> {
        let q = UnsafeMutablePointer<T>.allocate(capacity: capacity)
        q.moveInitialize(from: p, count: count)
        p.deallocate()
        return q
    }

    deinit {
        slotTerm.deallocate(); slotKey.deallocate(); keys.deallocate(); tags.deallocate()
        lastDoc.deallocate(); lastValue.deallocate(); posted.deallocate()
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask }

    /// The term of `key`, added when new. When `doc` is the first of its documents or a new one, the
    /// document it was last seen in is posted.
    @inline(__always) private func open(_ key: UInt64, tag: Bool, doc: UInt32) -> Int {
        var i = slot(key)
        while true {
            let t = Int(slotTerm[i])
            if t < 0 { break }
            if slotKey[i] == key {
                if lastDoc[t] != doc {
                    post(UInt64(t) << 32 | UInt64(lastDoc[t] << 8 | lastValue[t]))
                    lastDoc[t] = doc
                    lastValue[t] = 0
                }
                return t
            }
            i = (i + 1) & mask
        }
        if terms == termCapacity { growTerms() }
        let t = terms
        terms += 1
        slotTerm[i] = Int32(t)
        slotKey[i] = key
        (keys[t], tags[t], lastDoc[t], lastValue[t]) = (key, tag, doc, 0)
        if terms * 2 > mask { growSlots() }
        return t
    }

    @inline(__always) private func post(_ p: UInt64) {
        if postedCount == postedCapacity {
            postedCapacity *= 2
            posted = Self.grown(posted, count: postedCount, capacity: postedCapacity)
        }
        posted[postedCount] = p
        postedCount += 1
    }

    private func growTerms() {
        let c = termCapacity * 2
        keys = Self.grown(keys, count: terms, capacity: c)
        tags = Self.grown(tags, count: terms, capacity: c)
        lastDoc = Self.grown(lastDoc, count: terms, capacity: c)
        lastValue = Self.grown(lastValue, count: terms, capacity: c)
        termCapacity = c
    }

    private func growSlots() {
        slotTerm.deallocate(); slotKey.deallocate()
        mask = (mask + 1) * 2 - 1
        slotTerm = .allocate(capacity: mask + 1)
        slotTerm.initialize(repeating: -1, count: mask + 1)
        slotKey = .allocate(capacity: mask + 1)
        slotKey.initialize(repeating: 0, count: mask + 1)
        for t in 0..<terms {
            var i = slot(keys[t])
            while slotTerm[i] >= 0 { i = (i + 1) & mask }
            slotTerm[i] = Int32(t)
            slotKey[i] = keys[t]
        }
    }

    /// One syllable of `doc`, and the pair it ends.
    @inline(__always) func add(_ key: UInt64, _ pair: UInt64?, doc: UInt32, title: Bool) {
        let t = open(key, tag: false, doc: doc)
        let v = lastValue[t]
        lastValue[t] = (v & 16) | (title ? 16 : 0) | min(15, (v & 15) + 1)
        if let pair { _ = open(pair, tag: true, doc: doc) }
    }

    /// A term that only says whether `doc` has it (a pair of syllables, a year, a person).
    @inline(__always) func addTag(_ key: UInt64, doc: UInt32) { _ = open(key, tag: true, doc: doc) }

    /// The table: postings grouped by term (a counting sort, which keeps each term's in document order),
    /// terms ordered by shard (another) then by hash within each shard.
    func finish() -> TermTable {
        for t in 0..<terms { post(UInt64(t) << 32 | UInt64(lastDoc[t] << 8 | lastValue[t])) }
        var start = [Int32](repeating: 0, count: terms + 1)
        for k in 0..<postedCount { start[Int(posted[k] >> 32) + 1] += 1 }
        for t in 0..<terms { start[t + 1] += start[t] }
        var next = start
        var flat = [UInt32](repeating: 0, count: postedCount)
        for k in 0..<postedCount {
            let t = Int(posted[k] >> 32)
            flat[Int(next[t])] = UInt32(truncatingIfNeeded: posted[k])
            next[t] += 1
        }
        let keys = Array(UnsafeBufferPointer(start: self.keys, count: terms))
        let smask = UInt64(shards - 1)   // a power of two
        var shardStart = Array(repeating: 0, count: shards + 1)
        for key in keys { shardStart[Int(key & smask) + 1] += 1 }
        for k in 0..<shards { shardStart[k + 1] += shardStart[k] }
        var at = shardStart
        var order = [Int32](repeating: 0, count: terms)
        for (t, key) in keys.enumerated() {
            let k = Int(key & smask)
            order[at[k]] = Int32(t)
            at[k] += 1
        }
        for k in 0..<shards where shardStart[k + 1] - shardStart[k] > 1 {
            order[shardStart[k]..<shardStart[k + 1]].sort { keys[Int($0)] < keys[Int($1)] }
        }
        return TermTable(keys: keys, tags: Array(UnsafeBufferPointer(start: tags, count: terms)), flat: flat, start: start,
                         order: order, shardStart: shardStart, range: range)
    }
}
