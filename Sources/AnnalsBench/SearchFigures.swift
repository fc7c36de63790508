import Foundation

/// The search index of a built site (`search/`): its size, its share of the build (`--verbose`'s "search"
/// step) and the bytes a query loads, beside Pagefind's index of the same site when `pagefind` is on PATH.
/// A query loads `search/index.js`, the shards of its syllables and syllable pairs (the shard of a term is
/// its 64-bit FNV-1a hash modulo the shard count, as Annals' SearchTerms and search.js have it), the
/// document files of the ten results shown (`search/d/`) and the headline files of the people shown
/// (`search/p/`, about 1 KB each; not counted).
enum SearchFigures {
    static let queries = ["nguyen phu trong", "thu tuong", "pham minh chinh", "kinh te xa hoi", "hoi nghi"]

    static func fnv(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    static func size(_ path: String) -> Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
    }

    /// Prints the figures for the site in `output`; `verbose` is the stdout of a `build --verbose` of it.
    static func report(output: String, verbose: String) {
        print("")
        print("== search index")
        let search = (output as NSString).appendingPathComponent("search")
        let shardsDir = (search as NSString).appendingPathComponent("s"), docsDir = (search as NSString).appendingPathComponent("d")
        let shards = Tree.count(shardsDir), docs = Tree.count(docsDir), heads = Tree.count((search as NSString).appendingPathComponent("p"))
        let meta = size((search as NSString).appendingPathComponent("index.js"))
        var shardSizes: [Int64] = []
        Tree.walk(shardsDir) { _, st in shardSizes.append(Int64(st.st_size)) }
        shardSizes.sort()
        let total = shards.bytes + docs.bytes + heads.bytes + meta
        print("index: \(f(mb(total), 1)) MB in \(grouped(shards.files + docs.files + heads.files + 1)) files: index.js \(f(Double(meta) / 1e3, 1)) KB, "
              + "\(grouped(shards.files)) shards \(f(mb(shards.bytes), 1)) MB, \(grouped(docs.files)) document files \(f(mb(docs.bytes), 1)) MB, "
              + "\(grouped(heads.files)) headline files \(f(Double(heads.bytes) / 1e3, 1)) KB")
        if !shardSizes.isEmpty {
            print("shard size: median \(f(Double(shardSizes[shardSizes.count / 2]) / 1e3, 1)) KB, largest \(f(Double(shardSizes.last!) / 1e3, 1)) KB")
        }
        let count = shards.files
        let meanDoc = docs.files > 0 ? docs.bytes / Int64(docs.files) : 0
        var loads: [Int64] = []
        for q in queries where count > 0 {
            let words = q.split(separator: " ").map(String.init)
            var terms = words
            for i in 0..<max(0, words.count - 1) { terms.append(words[i] + " " + words[i + 1]) }
            let files = Set(terms.map { Int(fnv($0) % UInt64(count)) })
            let bytes = meta + files.reduce(0) { $0 + size((shardsDir as NSString).appendingPathComponent("\($1).js")) } + 10 * meanDoc
            loads.append(bytes)
            print("query \"\(q)\": \(files.count) shards, \(f(Double(bytes) / 1e3, 1)) KB with index.js and ten document files")
        }
        if !loads.isEmpty { print("typical query (median of those): \(f(Double(loads.sorted()[loads.count / 2]) / 1e3, 1)) KB") }
        if let line = verbose.split(separator: "\n").first(where: { $0.hasPrefix("time: ") }) {
            let steps = line.dropFirst(6).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            var sum = 0.0, search = 0.0
            for s in steps {
                let parts = s.split(separator: " ")
                guard parts.count >= 2, let v = Double(parts[1]) else { continue }
                sum += v
                if parts[0] == "search" { search = v }
            }
            print("index build (the search step of `annals build --verbose`): \(f(search)) s of \(f(sum)) s, \(f(sum > 0 ? 100 * search / sum : 0, 1))%")
        }
    }

    /// Pagefind over the same site, when installed (PyPI `pagefind[bin]`); its index goes to `into`.
    static func pagefind(site: String, into: String) {
        print("")
        print("== Pagefind")
        // The PyPI package installs a module (`python3 -m pagefind`) and, depending on the version, a command.
        var command: (String, [String])?
        if let exe = Subprocess.which("pagefind") ?? Subprocess.which("pagefind_extended") {
            command = (exe, [])
        } else if let py = Subprocess.which("python3"), (try? Subprocess.run(py, ["-m", "pagefind", "--version"]))?.ok == true {
            command = (py, ["-m", "pagefind"])
        }
        guard let (exe, prefix) = command else {
            print("pagefind is not installed: comparison skipped (pip install 'pagefind[bin]')")
            return
        }
        try? FileManager.default.removeItem(atPath: into)
        guard let m = try? Subprocess.run(exe, prefix + ["--site", site, "--output-path", into]), m.ok else {
            print("pagefind failed: comparison skipped")
            return
        }
        let t = Tree.count(into)
        print("pagefind --site: \(f(m.seconds)) s wall, peak RSS \(f(rssMB(m.maxRSSKiB), 1)) MB, index \(f(mb(t.bytes), 1)) MB in \(grouped(t.files)) files")
        try? FileManager.default.removeItem(atPath: into)
    }
}
