/// Binary search in a sorted array of strings: used by the build (its sorted list of noted files) and by
/// assembly (names that continue another, in `LikelyDuplicates`).
extension Array where Element == String {
    /// Where `s` is or would go in this sorted array.
    func partitionIndex(_ s: String) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid] < s { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
