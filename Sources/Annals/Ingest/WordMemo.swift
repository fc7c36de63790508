import Foundation

/// What the tokenizer made of each word spelling it met lately on this thread: the word's vocabulary id,
/// flags, length and match key. A word's token is a function of its letters alone (and of the lexicon), and
/// news prose repeats its words, so most words are looked up here instead of being worked out letter by
/// letter and then looked up in the vocabulary.
///
/// One per thread (so no locks), found through a thread-specific key; it forgets everything when full, and
/// when asked about another lexicon. Forgetting changes nothing but speed.
final class WordMemo {
    /// 48 bytes: a word of up to 8 bytes, and a key of up to 8, is answered from its entry alone.
    struct Entry {
        /// The spelling's first 8 bytes (zero beyond its end).
        var raw8: UInt64 = 0
        /// The match key's first 8 bytes (zero beyond its end).
        var key8: UInt64 = 0
        /// The hash's high half, never 0; 0 marks an empty slot.
        var tag: UInt32 = 0
        var id: WordID = 0
        var flags: UInt32 = 0
        /// Where the spelling and the key are in `pool` (for those longer than 8 bytes).
        var rawStart: Int32 = 0
        var keyStart: Int32 = 0
        var rawCount: UInt8 = 0
        var keyCount: UInt8 = 0
        var length: UInt8 = 0
    }

    /// Spellings longer than this are not kept (they are rare, and would crowd the pool).
    static let longestWord = 48
    private static let slotCount = 1 << 12
    private static let poolSize = 1 << 16

    private let slots: UnsafeMutablePointer<Entry>
    private let pool: UnsafeMutablePointer<UInt8>
    private var poolUsed = 0
    private var entries = 0
    private(set) var lexicon: Int

    private init(lexicon: Int) {
        self.lexicon = lexicon
        slots = .allocate(capacity: Self.slotCount)
        slots.initialize(repeating: Entry(), count: Self.slotCount)
        pool = .allocate(capacity: Self.poolSize + 8)
    }

    deinit {
        slots.deallocate()
        pool.deallocate()
    }

    /// This thread's memo for words of `lexicon` (its `Vocabulary.serial`).
    static func current(lexicon: Int) -> WordMemo {
        if let raw = pthread_getspecific(key) {
            let memo = Unmanaged<WordMemo>.fromOpaque(raw).takeUnretainedValue()
            if memo.lexicon != lexicon { memo.forget(); memo.lexicon = lexicon }
            return memo
        }
        let memo = WordMemo(lexicon: lexicon)
        pthread_setspecific(key, Unmanaged.passRetained(memo).toOpaque())
        return memo
    }

    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k) { raw in
            if let raw { Unmanaged<WordMemo>.fromOpaque(raw).release() }
        }
        return k
    }()

    func forget() {
        for i in 0..<Self.slotCount { slots[i].tag = 0 }
        poolUsed = 0
        entries = 0
    }

    /// The first 8 bytes of `p[0..<n]`, zero beyond `n`; `readable` bytes from `p` may be read.
    @inline(__always)
    static func head(_ p: UnsafePointer<UInt8>, _ n: Int, readable: Int) -> UInt64 {
        if n >= 8 { return UnsafeRawPointer(p).loadUnaligned(as: UInt64.self) }
        if readable >= 8 { return UnsafeRawPointer(p).loadUnaligned(as: UInt64.self) & ((1 << UInt64(8 * n)) &- 1) }
        var w: UInt64 = 0
        for i in 0..<n { w |= UInt64(p[i]) << UInt64(8 * i) }
        return w
    }

    /// The hash of `p[0..<n]` whose first 8 bytes are `head`.
    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ n: Int, head: UInt64, readable: Int) -> UInt64 {
        var h: UInt64 = (0x9E37_79B9_7F4A_7C15 ^ UInt64(n) ^ head) &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 29
        var i = 8
        while i < n {
            h = (h ^ Self.head(p + i, n - i, readable: readable - i)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        return h &* 0x94D0_49BB_1331_11EB
    }

    /// The entry for the spelling `raw` (of `n` bytes, at most `longestWord`, first 8 bytes `head`), or nil.
    @inline(__always)
    func find(_ raw: UnsafePointer<UInt8>, _ n: Int, head: UInt64, hash h: UInt64) -> UnsafeMutablePointer<Entry>? {
        let mask = Self.slotCount - 1
        let tag = Self.tag(h)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = slots + slot
            let t = e.pointee.tag
            if t == 0 { return nil }
            if t == tag, Int(e.pointee.rawCount) == n, e.pointee.raw8 == head,
               n <= 8 || memcmp(pool + Int(e.pointee.rawStart) + 8, raw + 8, n - 8) == 0 { return e }
            slot = (slot + 1) & mask
        }
    }

    /// The hash's high half, never 0 (which marks an empty slot).
    @inline(__always)
    private static func tag(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: h >> 32) | 1 }

    /// Appends an entry's match key to `sink`.
    @inline(__always)
    func appendKey(of e: UnsafeMutablePointer<Entry>, to sink: ByteSink) {
        let n = Int(e.pointee.keyCount)
        if n <= 8 { sink.append8(e.pointee.key8, count: n) } else { sink.append(pool + Int(e.pointee.keyStart), count: n) }
    }

    /// Keeps what was made of a spelling that `find` did not know.
    func add(_ raw: UnsafePointer<UInt8>, _ n: Int, head: UInt64, hash h: UInt64, key: UnsafeBufferPointer<UInt8>, id: WordID, flags: UInt32, length: Int32) {
        let needed = (n > 8 ? n : 0) + (key.count > 8 ? key.count : 0)
        if entries >= Self.slotCount / 2 || poolUsed + needed > Self.poolSize { forget() }
        var e = Entry(raw8: head, key8: Self.head(key.baseAddress!, key.count, readable: key.count), tag: Self.tag(h), id: id,
                      flags: flags, rawStart: 0, keyStart: 0, rawCount: UInt8(n), keyCount: UInt8(key.count), length: UInt8(length))
        if n > 8 {
            e.rawStart = Int32(poolUsed)
            (pool + poolUsed).update(from: raw, count: n)
            poolUsed += n
        }
        if key.count > 8 {
            e.keyStart = Int32(poolUsed)
            (pool + poolUsed).update(from: key.baseAddress!, count: key.count)
            poolUsed += key.count
        }
        let mask = Self.slotCount - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot].tag != 0 { slot = (slot + 1) & mask }
        slots[slot] = e
        entries += 1
    }
}
