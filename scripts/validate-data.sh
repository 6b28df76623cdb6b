#!/bin/sh
# Checks data/facilities.csv, data/sources.csv and data/aggregates.csv against the rules of data/README.md and
# prints per-column completeness. Independent of the app's parser (tests/data_rules.rs reads the files with `csv`).
# Then checks the story (data/story.csv, data/aggregate-sources.csv) against them with the app's own reader
# (tests/story_rules.rs): every cited figure exists, every stated number is one of them, every view opens.
set -e
cd "$(dirname "$0")/.."
exec cargo test --test data_rules --test story_rules -- --nocapture
