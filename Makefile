# stakemap — make targets. The README's quick start is `make demo` then `make test`.
SWIFT     ?= swift
SAMPLE    ?= Samples/payments-migration.stakes
RELEASE   := .build/release/stakemap
APT_PKGS  := libgraphviz-dev graphviz pkg-config

.PHONY: deps test-deps build release test demo format lint docs bench bench-quick fuzz fuzz-build fuzz-seeds sanitize clean

## deps: install Graphviz's C library (libgraphviz-dev) when pkg-config cannot find libgvc
deps:
	@if pkg-config --exists libgvc 2>/dev/null; then \
	  echo "deps: libgvc $$(pkg-config --modversion libgvc) found"; \
	else \
	  echo "deps: Graphviz's libgvc is missing; installing $(APT_PKGS) with apt-get"; \
	  if ! command -v apt-get >/dev/null 2>&1; then \
	    echo "deps: error: apt-get is not available. Install Graphviz's development files (Debian/Ubuntu: libgraphviz-dev, Fedora: graphviz-devel, Homebrew: graphviz) and pkg-config, then run make again." >&2; \
	    exit 1; \
	  fi; \
	  SUDO=""; if [ "$$(id -u)" != 0 ]; then SUDO="sudo"; fi; \
	  ( $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $(APT_PKGS) >/dev/null ) || { \
	    echo "deps: error: could not install $(APT_PKGS). Install them by hand (as root: apt-get install $(APT_PKGS)) and run make again." >&2; \
	    exit 1; \
	  }; \
	  pkg-config --exists libgvc || { echo "deps: error: libgvc still not found after installing" >&2; exit 1; }; \
	  echo "deps: libgvc $$(pkg-config --modversion libgvc) installed"; \
	fi

## test-deps: what the tests need beyond deps: headless Chromium for the report's browser test
test-deps: deps
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then \
	  echo "test-deps: chromium found"; \
	else \
	  echo "test-deps: installing chromium (headless browser for the HTML report test)"; \
	  SUDO=""; if [ "$$(id -u)" != 0 ]; then SUDO="sudo"; fi; \
	  ( $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null ) || { \
	    echo "test-deps: error: could not install chromium; install it by hand (apt-get install chromium) and run make test again." >&2; \
	    exit 1; \
	  }; \
	fi

## build: debug build
build: deps
	$(SWIFT) build

## release: optimised build of the stakemap executable, with the Swift runtime linked
## in statically as `make install` builds it (it starts in about half the time)
release: deps
	$(SWIFT) build -c release --product stakemap --static-swift-stdlib

## test: the whole test suite (the command CI runs)
test: test-deps
	$(SWIFT) test

## demo: set up, build, and run stakemap on a bundled sample
demo: release
	@mkdir -p out
	@echo "== stakemap check $(SAMPLE)"
	@$(RELEASE) check $(SAMPLE)
	@echo
	@echo "== stakemap analyze $(SAMPLE)"
	@$(RELEASE) analyze $(SAMPLE)
	@$(RELEASE) render grid  $(SAMPLE) -o out/grid.svg
	@$(RELEASE) render graph $(SAMPLE) -o out/influence.svg
	@$(RELEASE) render deps  $(SAMPLE) -o out/dependencies.svg
	@$(RELEASE) report $(SAMPLE) -o out/report.html
	@echo
	@echo "Pictures: out/grid.svg out/influence.svg out/dependencies.svg; report: out/report.html"

## docs: regenerate the README's pictures under docs/ from the payments sample
docs: release
	@mkdir -p docs
	$(RELEASE) render grid  $(SAMPLE) -o docs/grid.svg
	$(RELEASE) render graph $(SAMPLE) -o docs/influence.svg
	$(RELEASE) render deps  $(SAMPLE) -o docs/dependencies.svg
	$(RELEASE) render grid  $(SAMPLE) -o docs/grid.png
	$(RELEASE) report $(SAMPLE) -o docs/report.html

## format: rewrite the Swift sources with swift-format
format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

## lint: check the Swift sources with swift-format, and the samples with stakemap fmt --check
lint: build
	$(SWIFT) format lint --recursive Sources Tests Package.swift
	@for f in Samples/*.stakes; do .build/debug/stakemap fmt --check "$$f" || exit 1; done

## bench: the benchmark suite (Benchmarks/); results in Benchmarks/results/RESULTS.md
bench: release
	$(MAKE) -C Benchmarks bench STAKEMAP=$(abspath $(RELEASE))

## bench-quick: the benchmark suite without the 100k cases
bench-quick: release
	$(MAKE) -C Benchmarks bench-quick STAKEMAP=$(abspath $(RELEASE))

## fuzz: build the libFuzzer target (Fuzz/) and fuzz the parser and printer; FUZZ_SECONDS=300 by default
FUZZ_SECONDS ?= 300
FUZZ_BUILD   := .build-fuzz
FUZZ_FLAGS   := -dict=Fuzz/stakes.dict -max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
fuzz-build: deps
	$(SWIFT) build --package-path Fuzz -c release --scratch-path $(abspath $(FUZZ_BUILD)) \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product FuzzParser
fuzz: fuzz-build
	@mkdir -p $(FUZZ_BUILD)/corpus fuzz-artifacts
	$(FUZZ_BUILD)/release/FuzzParser $(FUZZ_FLAGS) -max_total_time=$(FUZZ_SECONDS) \
	  -artifact_prefix=fuzz-artifacts/ $(FUZZ_BUILD)/corpus Fuzz/Seeds
	@echo "fuzz: no crash in $(FUZZ_SECONDS) s; findings would be in fuzz-artifacts/ (see Fuzz/README.md)"

## fuzz-seeds: rebuild the seed corpus Fuzz/Seeds from the samples and the tests' maps
fuzz-seeds:
	python3 Fuzz/make-seeds.py

## sanitize: the whole test suite under AddressSanitizer, then under ThreadSanitizer
# The stakemap processes the tests start are built with the same sanitizer. Leak
# detection is off: LeakSanitizer reports Graphviz's, glib's and Foundation's
# process-lifetime allocations at exit; leaks are measured by the render soak tests
# (Tests/StakeMapGraphvizTests/MemoryTests.swift) in the normal build instead.
sanitize: test-deps
	ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan
	TSAN_OPTIONS=halt_on_error=1 $(SWIFT) test --sanitize=thread --scratch-path .build-tsan

clean:
	rm -rf .build .build-fuzz .build-asan .build-tsan .build-install .build-install-manual

include mk/install.mk
