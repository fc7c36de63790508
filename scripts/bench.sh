#!/bin/sh
# `make bench`: builds the annals CLI and AnnalsBench in release mode, then runs the benchmark.
# Arguments go to AnnalsBench, e.g.  scripts/bench.sh --sizes 1000,10000
# SCRATCH selects the build folder (default .build). Generated archives are kept in bench-data/.
set -eu
cd "$(dirname "$0")/.."
SCRATCH="${SCRATCH:-.build}"
swift build -c release --scratch-path "$SCRATCH" --product annals
swift build -c release --scratch-path "$SCRATCH" --product AnnalsBench
exec "$SCRATCH/release/AnnalsBench" --annals "$SCRATCH/release/annals" "$@"
