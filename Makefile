# Thin wrapper over the CMake presets. `make run` builds and starts Docket;
# `make test` builds and runs the whole test suite headless. Both install the
# Debian packages they need first and are safe to run again.
PRESET ?= $(if $(CI),ci,dev)
ARGS ?=

.PHONY: all deps build run test package asan fuzz bench format clean

all: build

deps:
	@packaging/install-deps.sh

build: deps
	cmake --preset $(PRESET)
	cmake --build --preset $(PRESET)

run: build
	build/$(PRESET)/app/docket $(ARGS)

test: build
	ctest --preset $(PRESET) -j2

package: build
	cmake --build --preset $(PRESET) --target package

asan: PRESET = asan
asan: build
	ctest --preset asan -j2

FUZZ_SECONDS ?= 60
fuzz:
	@packaging/install-deps.sh packaging/debian-build-deps.txt packaging/debian-bench-deps.txt
	tests/fuzz/run.sh $(FUZZ_SECONDS)

bench: build
	@packaging/install-deps.sh packaging/debian-build-deps.txt packaging/debian-bench-deps.txt
	tests/bench/run-all.sh build/$(PRESET)

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build
