import Foundation

/// What the tokenizer made of each word spelling it met lately on this thread: the word's vocabulary id,
/// flags, length and match key. A word's token is a function of its letters alone (and of the lexicon), and
/// news prose repeats its words, so most words are looked up here instead of being worked out letter by
/// letter and then looked up in the vocabulary.
///
/// One per thread (so no locks), found through a thread-specific key; it forgets everything when full, and
/// when asked about another lexicon. Forgetting changes nothing but speed.
final class WordMemo {
    struct Entry {
        /// Where the spelling is in `pool`, and its length in bytes.
        var rawStart: Int32 = 0
        var rawCount: Int32 = 0
        /// Where the match key is in `pool` (the spelling itself when the word is its own key).
        var keyStart: Int32 = 0
        var keyCount: Int32 = 0
        var id: WordID = 0
        var flags: UInt32 = 0
        var length: Int32 = 0
    }

    /// Spellings longer than this are not kept (they are rare, and would crowd the pool).
    static let longestWord = 48
    private static let slotCount = 1 << 12
    private static let poolSize = 1 << 16

    private let slots: UnsafeMutablePointer<Entry>
    /// Per slot, the high half of its entry's hash (0: empty), in an array of its own: probing reads
    /// these 64 KB instead of the entries', which did not stay in the cache.
    private let tags: UnsafeMutablePointer<UInt32>
    private let pool: UnsafeMutablePointer<UInt8>
    private var poolUsed = 0
    private var entries = 0
    private(set) var lexicon: Int

    private init(lexicon: Int) {
        self.lexicon = lexicon
        slots = .allocate(capacity: Self.slotCount)
        slots.initialize(repeating: Entry(), count: Self.slotCount)
        tags = .allocate(capacity: Self.slotCount)
        tags.initialize(repeating: 0, count: Self.slotCount)
        pool = .allocate(capacity: Self.poolSize)
    }

    deinit {
        slots.deallocate()
        tags.deallocate()
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
        tags.update(repeating: 0, count: Self.slotCount)
        poolUsed = 0
        entries = 0
    }

    /// `readable`: how many bytes from `p` may be read (at least `n`); with 8 of them, the last few bytes of
    /// the word are read in one load and masked.
    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ n: Int, readable: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        var i = 0
        while i + 8 <= n {
            h = (h ^ UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        if i < n {
            var w: UInt64 = 0
            if i + 8 <= readable {
                w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & ((1 << UInt64(8 * (n - i))) &- 1)
            } else {
                var shift: UInt64 = 0
                while i < n { w |= UInt64(p[i]) << shift; shift += 8; i += 1 }
            }
            h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
        }
        return h &* 0x94D0_49BB_1331_11EB
    }

    /// The entry for the spelling `raw` (of `n` bytes, at most `longestWord`), with its hash, or nil.
    @inline(__always)
    func find(_ raw: UnsafePointer<UInt8>, _ n: Int, hash h: UInt64) -> UnsafeMutablePointer<Entry>? {
        let mask = Self.slotCount - 1
        let tag = Self.tag(h)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let t = tags[slot]
            if t == 0 { return nil }
            if t == tag {
                let e = slots + slot
                if Int(e.pointee.rawCount) == n, memcmp(pool + Int(e.pointee.rawStart), raw, n) == 0 { return e }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The hash's high half, never 0 (which marks an empty slot).
    @inline(__always)
    private static func tag(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: h >> 32) | 1 }

    /// The bytes of an entry's match key.
    @inline(__always)
    func key(of e: UnsafeMutablePointer<Entry>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: pool + Int(e.pointee.keyStart), count: Int(e.pointee.keyCount))
    }

    /// Keeps what was made of a spelling that `find` did not know.
    func add(_ raw: UnsafePointer<UInt8>, _ n: Int, hash h: UInt64, key: UnsafeBufferPointer<UInt8>, id: WordID, flags: UInt32, length: Int32) {
        let ownKey = key.count == n && (n == 0 || memcmp(key.baseAddress!, raw, n) == 0)
        let needed = n + (ownKey ? 0 : key.count)
        if entries >= Self.slotCount / 2 || poolUsed + needed > Self.poolSize { forget() }
        var e = Entry(rawStart: Int32(poolUsed), rawCount: Int32(n), keyStart: Int32(poolUsed), keyCount: Int32(key.count),
                      id: id, flags: flags, length: length)
        (pool + poolUsed).update(from: raw, count: n)
        poolUsed += n
        if !ownKey, key.count > 0 {
            e.keyStart = Int32(poolUsed)
            (pool + poolUsed).update(from: key.baseAddress!, count: key.count)
            poolUsed += key.count
        }
        let mask = Self.slotCount - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while tags[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = e
        tags[slot] = Self.tag(h)
        entries += 1
    }
}
