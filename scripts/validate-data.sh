#!/bin/sh
# Checks data/facilities.csv, data/sources.csv and data/aggregates.csv against the rules of data/README.md and
# prints per-column completeness. Independent of the app's parser (tests/data_rules.rs reads the files with `csv`).
set -e
cd "$(dirname "$0")/.."
exec cargo test --test data_rules -- --nocapture
