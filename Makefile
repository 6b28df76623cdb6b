# The two commands of the README's quick start. Both install what is missing first (scripts/setup.sh).
.PHONY: serve test build setup

PORT ?= 0

serve: setup build
	node tests/serve.mjs dist $(PORT)

test: setup
	./scripts/test.sh

build:
	TRUNK_SKIP_VERSION_CHECK=true trunk build --release

setup:
	./scripts/setup.sh
