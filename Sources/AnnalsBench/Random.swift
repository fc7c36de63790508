/// Deterministic randomness for the generator: SplitMix64, seeded explicitly, never the system RNG.
/// Every article draws from its own stream derived from (seed, index), so an article's bytes do not
/// depend on how many articles are generated, in what order, or on how many threads.
struct SplitMix64 {
    private(set) var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A stream for one purpose: `stream` separates the people table, article 17, article 18, …
    init(seed: UInt64, stream: UInt64) {
        state = SplitMix64.mix(seed &+ SplitMix64.mix(stream &+ 0x632B_E59B_D9B4_E019))
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<n (n > 0); the multiply-high method, so no modulo bias worth speaking of.
    mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        return Int(next().multipliedFullWidth(by: UInt64(n)).high)
    }

    /// Uniform in lo...hi.
    mutating func int(_ lo: Int, _ hi: Int) -> Int { lo + below(hi - lo + 1) }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0) }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// `count` distinct indices below `n`, in draw order.
    mutating func distinct(_ count: Int, below n: Int) -> [Int] {
        var chosen: [Int] = []
        while chosen.count < min(count, n) {
            let i = below(n)
            if !chosen.contains(i) { chosen.append(i) }
        }
        return chosen
    }
}

/// Sampling by weight: cumulative sums and a binary search.
struct WeightedTable {
    private let cumulative: [Double]

    init(_ weights: [Double]) {
        var sum = 0.0
        cumulative = weights.map { sum += $0; return sum }
    }

    var count: Int { cumulative.count }

    func sample(_ rng: inout SplitMix64) -> Int {
        let target = rng.unit() * cumulative[cumulative.count - 1]
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > target { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}

/// A list of (value, weight) that samples its values.
struct Weighted<T> {
    let values: [T]
    let table: WeightedTable

    init(_ pairs: [(T, Double)]) {
        values = pairs.map(\.0)
        table = WeightedTable(pairs.map(\.1))
    }

    func sample(_ rng: inout SplitMix64) -> T { values[table.sample(&rng)] }
}
