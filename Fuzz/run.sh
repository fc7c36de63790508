#!/usr/bin/env bash
# Builds the libFuzzer targets of Annals and runs each for a bounded time.
#
#   Fuzz/run.sh                       every target, 60 s each
#   FUZZ_SECONDS=300 Fuzz/run.sh      longer
#   FUZZ_TARGETS=frontmatter Fuzz/run.sh
#   Fuzz/run.sh --build-only          build, do not run
#
# Targets (one Swift file each, kept out of the package so SwiftPM never sees their entry point):
#   ingest       Fuzz/IngestFuzz.swift       bytes → TextDecoding → Ingest → DocumentWriter → DocumentReader
#   frontmatter  Fuzz/FrontMatterFuzz.swift  bytes → String (UTF-8, repaired) → DocumentReader
#   config       Fuzz/ConfigFuzz.swift       bytes → site.yml and people.yml (ConfigLoader) → a small site rendered
#   templates    Fuzz/TemplateFuzz.swift     bytes → up to four templates (Templates) → three pages rendered
#   (config and templates also compile Fuzz/FuzzSite.swift, the small archive they render.)
#
# Exits 1 when a fuzzer finds a crash (or a timeout, or runs out of memory), after printing the input
# it saved under Fuzz/crashes/. Replay one input with:  .build-fuzz/fuzzers/<target> Fuzz/crashes/<file>
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."   # the package root

FUZZ_SECONDS="${FUZZ_SECONDS:-60}"
FUZZ_TARGETS="${FUZZ_TARGETS:-ingest frontmatter config templates}"
FUZZ_CONFIG="${FUZZ_CONFIG:-debug}"       # debug or release; release runs faster, builds slower
SWIFT="${SWIFT:-swift}"
SWIFTC="${SWIFTC:-swiftc}"

SCRATCH=.build-fuzz                        # git-ignored by .build-*/
BIN="$SCRATCH/fuzzers"
CRASHES=Fuzz/crashes

case "$FUZZ_SECONDS" in ''|*[!0-9]*) echo "FUZZ_SECONDS must be a whole number of seconds" >&2; exit 2 ;; esac
case "$FUZZ_CONFIG" in debug|release) ;; *) echo "FUZZ_CONFIG must be debug or release" >&2; exit 2 ;; esac

source_of() {
    case "$1" in
        ingest) echo Fuzz/IngestFuzz.swift ;;
        frontmatter) echo Fuzz/FrontMatterFuzz.swift ;;
        config) echo Fuzz/ConfigFuzz.swift Fuzz/FuzzSite.swift ;;
        templates) echo Fuzz/TemplateFuzz.swift Fuzz/FuzzSite.swift ;;
        *) echo "unknown fuzz target '$1' (known: ingest frontmatter config templates)" >&2; exit 2 ;;
    esac
}
for t in $FUZZ_TARGETS; do source_of "$t" >/dev/null; done

if ! pkg-config --exists libcmark 2>/dev/null; then
    echo "libcmark-dev is missing (run 'make deps' or apt-get install libcmark-dev pkg-config)" >&2
    exit 2
fi

# 1. The library and its dependencies, instrumented.
#
# Not `--sanitize fuzzer`: SwiftPM applies it to every executable it links, including the build
# tool EmbedResources behind the EmbedTemplates plugin; it then compiles that tool's top-level
# main.swift with -parse-as-library (it fails) and would link libFuzzer's main into it. Instead the
# objects get AddressSanitizer plus the same coverage instrumentation -sanitize=fuzzer uses, and only
# the fuzzers below link libFuzzer. The tool runs under ASan at build time, hence detect_leaks=0.
COVERAGE=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table
echo "== building Annals with ASan and coverage ($FUZZ_CONFIG, $SCRATCH)"
# gold warns about every ASan thunk ("Cannot export local symbol '__asan_..."); harmless, filtered.
quiet() { grep -v "Cannot export local symbol '__asan" || true; }
if ! ASAN_OPTIONS=detect_leaks=0 "$SWIFT" build --scratch-path "$SCRATCH" -c "$FUZZ_CONFIG" --target Annals \
        -Xswiftc -sanitize=address -Xswiftc "-sanitize-coverage=$COVERAGE" \
        -Xcc -fsanitize=fuzzer-no-link,address 2>&1 | quiet; then
    echo "the instrumented build of Annals failed (see the errors above)" >&2
    exit 1
fi
OUT="$SCRATCH/$FUZZ_CONFIG"

# The object files of Annals and of every library it depends on: every <target>.build folder that
# holds objects, except the build tool's. Only Annals and its dependencies are built in $SCRATCH.
objects=()
for dir in "$OUT"/*.build; do
    name=$(basename "$dir" .build)
    case "$name" in *-tool|EmbedResources) continue ;; esac
    while IFS= read -r -d '' o; do objects+=("$o"); done < <(find "$dir" -name '*.o' -print0)
done

# The C modules (CCmark, CYaml) Annals' interface imports: the module maps SwiftPM passed when it
# compiled Annals, read from its build description.
mapflags=()
while IFS= read -r m; do mapflags+=(-Xcc "$m"); done < <(
    grep -F '"-module-name","Annals"' "$SCRATCH/$FUZZ_CONFIG.yaml" | grep -o -- '-fmodule-map-file=[^"]*' | sort -u)

# 2. The fuzzers: the entry point file plus those objects, linked with libFuzzer's main.
mkdir -p "$BIN"
optimize=-Onone; [ "$FUZZ_CONFIG" = release ] && optimize=-O
for t in $FUZZ_TARGETS; do
    echo "== linking $BIN/$t"
    read -r -a sources <<<"$(source_of "$t")"
    if ! "$SWIFTC" -sanitize=fuzzer,address -parse-as-library -g "$optimize" -swift-version 6 \
            -I "$OUT/Modules" "${mapflags[@]}" -module-cache-path "$SCRATCH/fuzzers/ModuleCache" \
            "${sources[@]}" "${objects[@]}" -lcmark -o "$BIN/$t" 2>&1 | quiet; then
        echo "building the $t fuzzer failed (see the errors above)" >&2
        exit 1
    fi
done

[ "${1:-}" = "--build-only" ] && exit 0

# 3. Run. New corpus entries go to $SCRATCH/corpus/<target> (kept between runs, never committed);
# Fuzz/corpus/<target> holds the seeds and is only read.
mkdir -p "$CRASHES" "$SCRATCH/logs"
# Swift's own crash backtracer trips over ASan's shadow memory; libFuzzer prints the stack instead.
export SWIFT_BACKTRACE=enable=no
# Globals made once and kept (see Fuzz/lsan.supp) are not leaks; every other leak still stops a run.
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
demangle() { if "$SWIFT" demangle --simplified </dev/null >/dev/null 2>&1; then "$SWIFT" demangle --simplified; else cat; fi; }
found=()
for t in $FUZZ_TARGETS; do
    work="$SCRATCH/corpus/$t"
    log="$SCRATCH/logs/$t.log"
    mkdir -p "$work"
    before=$(ls -1 "$CRASHES")
    echo "== fuzzing $t for ${FUZZ_SECONDS}s (log: $log)"
    status=0
    "$BIN/$t" "$work" "Fuzz/corpus/$t" \
        -dict="Fuzz/dict/$t.dict" -max_len=65536 -timeout=10 -max_total_time="$FUZZ_SECONDS" \
        -artifact_prefix="$CRASHES/$t-" -print_final_stats=1 >"$log" 2>&1 || status=$?
    grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb|new_units_added))' "$log" || true
    new=$(comm -13 <(echo "$before") <(ls -1 "$CRASHES") || true)
    if [ "$status" -ne 0 ] || [ -n "$new" ]; then
        echo "!! the $t fuzzer stopped with status $status; the report:"
        { grep -E -A 25 'Fatal error|^==[0-9]+== ?ERROR' "$log" || tail -40 "$log"; } | head -60 | demangle
        for f in $new; do
            echo "!! input saved as $CRASHES/$f ($(wc -c <"$CRASHES/$f") bytes); first bytes:"
            od -A d -c "$CRASHES/$f" | head -12
            found+=("$CRASHES/$f")
        done
        if [ -z "$new" ]; then found+=("$t (status $status, no input saved; see $log)"); fi
    fi
done

if [ "${#found[@]}" -gt 0 ]; then
    echo "FAILED: the fuzzers found ${#found[@]} problem(s):"
    printf '  %s\n' "${found[@]}"
    exit 1
fi
echo "OK: no crashes in ${FUZZ_SECONDS}s per target ($FUZZ_TARGETS)"
