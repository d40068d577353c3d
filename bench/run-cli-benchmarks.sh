#!/usr/bin/env bash
# Command-line figures for docs/benchmarks.md: cold `cspec lint` of one 100 KB contract, and
# batch lint of a 20 MB folder (200 contracts of 100 KB), with write-good (the npm prose linter
# that Vale's write-good style is modelled on) timed on the same files as the peer.
# Needs: the built jars (mvn -B -DskipTests package), hyperfine, node and npm.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jar=server/app/target/cspec.jar
bench=bench/target/benchmarks.jar
work=${CSPEC_BENCH_DIR:-/tmp/cspec-bench}
[ -f "$jar" ] && [ -f "$bench" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }

rm -rf "$work" && mkdir -p "$work/one" "$work/batch" "$work/peer"
java -cp "$bench" cspec.bench.CorpusWriter "$work/one" 1 100
java -cp "$bench" cspec.bench.CorpusWriter "$work/batch" 200 100
(cd "$work/peer" && npm init -y >/dev/null && npm install --silent write-good@1.0.8 >/dev/null)
peer="$work/peer/node_modules/.bin/write-good"
one="$work/one/generated-0.cspec"
mb=$(du -sb "$work/batch" | awk '{printf "%.1f", $1/1000000}')

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "cold lint of one 100 KB file:"
hyperfine --warmup 2 --runs 10 -i --export-markdown "$work/cold.md" \
    "java -jar $jar lint --fail-on never $one" "$peer $one"
echo "batch lint of $mb MB (200 files):"
hyperfine --warmup 1 --runs 3 -i --export-markdown "$work/batch.md" \
    "java -jar $jar lint --fail-on never $work/batch" "$peer $work/batch/*.cspec"
cat "$work/cold.md" "$work/batch.md"
