// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Annals",
    // Linux only (Glibc, inotify, Debian's libcmark and mimalloc): no other platform is claimed.
    products: [
        .library(name: "Annals", targets: ["Annals"]),
        .executable(name: "annals", targets: ["AnnalsCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // Debian's libcmark-dev, found through pkg-config.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Debian's libmimalloc-dev (no pkg-config file): linked into the annals executable, whose malloc it
        // replaces; builds take about 6% less time than with glibc's (`make bench`, 10k and 100k).
        .systemLibrary(
            name: "CMimalloc",
            providers: [.apt(["libmimalloc-dev"])]
        ),
        .target(
            name: "Annals",
            dependencies: [
                "CCmark",
                .product(name: "Yams", package: "Yams"),
            ],
            plugins: ["EmbedTemplates"]
        ),
        // Templates/ compiled into the library: the binary carries its defaults, Templates/ stays the one source.
        .executableTarget(name: "EmbedResources"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["EmbedResources"]),
        // The preview server lives apart so the library never links Hummingbird.
        .target(
            name: "AnnalsServe",
            dependencies: [
                "Annals",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "AnnalsCLI",
            dependencies: [
                "Annals",
                "AnnalsServe",
                "CMimalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: generates realistic archives and measures builds (issue: speed at archive scale).
        // It drives the annals binary as a user would, so it does not link the library.
        .executableTarget(name: "AnnalsBench"),
        .testTarget(
            name: "AnnalsTests",
            // swift-mustache is the reference the template engine's output is checked against.
            dependencies: ["Annals", "AnnalsServe", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Fixtures"]
        ),
    ]
)
