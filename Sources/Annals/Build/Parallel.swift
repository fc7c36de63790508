import Dispatch
import Foundation

/// Order-preserving parallel map over all cores. Results land at their input's index,
/// so the output does not depend on which thread finished first.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    let n = items.count
    if n == 0 { return [] }
    let results = UnsafeMutableBufferPointer<R>.allocate(capacity: n)
    let box = UncheckedBox(results)
    let workers = min(n, max(1, ProcessInfo.processInfo.activeProcessorCount))
    // Many small chunks: items differ in cost (a feed of every article, a one-line page), and with few
    // large chunks one core finishes long before the other.
    let chunk = max(1, (n + workers * 32 - 1) / (workers * 32))
    let chunks = (n + chunk - 1) / chunk
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
        let lo = c * chunk, hi = min(n, lo + chunk)
        for i in lo..<hi { (box.value.baseAddress! + i).initialize(to: transform(items[i])) }
    }
    let array = Array(results)
    results.deinitialize()
    results.deallocate()
    return array
}

struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ v: T) { value = v }
}
