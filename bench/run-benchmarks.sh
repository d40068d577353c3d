#!/usr/bin/env bash
# Every figure of docs/benchmarks.md that a command line or an editor feels, in one run, with the
# peers measured alongside:
#   1. cold `cspec lint` of one 100 KB contract, from the distribution folder the build made (its
#      class-data archive fits; named from the repository, alone in its folder, and from the work
#      folder with the batch corpus around it) and from a copy unpacked elsewhere (it does not),
#      against write-good, alex and proselint on the same text;
#   2. batch lint of 5,000 generated contracts of 10 to 20 KB (throughput and peak memory), the same
#      generator's corpus at 2,500 to 20,000 files (the fixed cost of a cold run and the rate of the
#      compiled analysis), and the peers on the first 100 of them;
#   3. the language server on a 5,000-line contract (LspLatency: edit to diagnostics beyond the
#      debounce, completion and hover asked right after each of 200 edits) and with 50 such
#      contracts open;
#   4. linearity: lint and the server at 1, 2, 4 and 8 MB, with peak memory (the server: 20 edits
#      each, their CPU per edit read from /proc as well as their time).
# Needs the normal build (mvn -B -DskipTests package builds the distribution folder and
# bench/target/benchmarks.jar), hyperfine and proselint (Debian: hyperfine python3-proselint), node
# and npm (write-good and alex are installed into the work folder). Prints the machine and its load
# before each part, because other builds share the cores: compare medians, and re-run when busy.
# With CSPEC_BEFORE_JAR set to the cspec.jar of an earlier build, that build is timed beside this
# one in parts 1 and 2 (run as it was launched then: java -jar).
#   bash bench/run-benchmarks.sh [WORK_DIR]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD
dist=$repo/dist/target/cspec-0.1.0
bench=$repo/bench/target/benchmarks.jar
app=$repo/server/app/target/cspec.jar
work=${1:-${CSPEC_BENCH_DIR:-/tmp/cspec-bench}}
[ -x "$dist/bin/cspec" ] && [ -f "$bench" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }
for tool in hyperfine proselint node npm; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install hyperfine python3-proselint nodejs npm)" >&2; exit 2; }
done

load() { echo "[$(date -u +%H:%M:%S) load average:$(uptime | sed 's/.*load average://')]"; }
median_of() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]
for x in r: print("%-70s median %7.3f s  mean %7.3f s ± %.3f  user %.3f s" % (x["command"][-70:], x["median"], x["mean"], x["stddev"], x["user"]))' "$1"; }
# Wall seconds, peak resident KB, and user and system CPU seconds: the wall clock depends on what
# else the machine runs, the CPU time much less, so both are printed.
peak() { /usr/bin/time -f "%e %M %U %S" "$@" 2>&1 >/dev/null | tail -1; }
cpu() { python3 -c "print(round($1 + $2, 2))"; }

rm -rf "$work" && mkdir -p "$work/one" "$work/batch" "$work/hundred" "$work/peers-batch" "$work/linear" "$work/peer"
java -cp "$bench" cspec.bench.CorpusWriter "$work/one" 1 100
java -cp "$bench" cspec.bench.CorpusWriter "$work/batch" 5000 10-20
cp "$work/one/generated-0.cspec" "$work/one/contract.txt"
for i in $(seq 0 99); do
    cp "$work/batch/generated-$i.cspec" "$work/hundred/"
    cp "$work/batch/generated-$i.cspec" "$work/peers-batch/generated-$i.txt"
done
(cd "$work/peer" && npm init -y >/dev/null && npm install --silent write-good@1.0.8 alex@11.0.1 >/dev/null)
wg=$work/peer/node_modules/.bin/write-good
alex=$work/peer/node_modules/.bin/alex
elsewhere=$work/elsewhere && mkdir -p "$elsewhere" && tar xzf "$repo/dist/target/cspec-0.1.0.tar.gz" -C "$elsewhere"
one=$work/one/generated-0.cspec
txt=$work/one/contract.txt

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1), $(lscpu | sed -n 's/^Model name: *//p')"
echo "== 1. cold lint of one 100 KB contract (15 runs each) $(load)"
# Three places to lint the same contract from: named from the repository (its workspace is its own
# folder, one/, since the current folder does not hold it: what this part always measured), alone
# in a folder and run from there (what a pre-commit hook in a small repository does), and from
# the work folder, whose 5,000 batch files then share its workspace (a large repository).
mkdir -p "$work/alone" && cp "$one" "$work/alone/"
before=()
if [ -n "${CSPEC_BEFORE_JAR:-}" ]; then before=("java -jar $CSPEC_BEFORE_JAR lint --fail-on never $one"); fi
hyperfine -N --warmup 2 --runs 15 -i --export-json "$work/cold.json" ${before[@]+"${before[@]}"} \
    "$dist/bin/cspec lint --fail-on never $one" \
    "sh -c 'cd $work/alone && exec $dist/bin/cspec lint --fail-on never generated-0.cspec'" \
    "sh -c 'cd $work && exec $dist/bin/cspec lint --fail-on never one/generated-0.cspec'" \
    "$elsewhere/cspec-0.1.0/bin/cspec lint --fail-on never $one" \
    "$wg $txt" "proselint $txt" "$alex $txt" >/dev/null
median_of "$work/cold.json"
python3 -c 'import json,sys; r={x["command"]: x["median"] for x in json.load(open(sys.argv[1]))["results"]}
alone=[v for k, v in r.items() if "/alone" in k][0]
for k, v in r.items():
    if "cspec" not in k: print("cspec alone in its folder / %-10s %.2f" % (k.split()[0].split("/")[-1], alone / v))' "$work/cold.json"
echo "peak memory of the cold lint (s, KB, user s, sys s): $(peak "$dist/bin/cspec" lint --fail-on never "$one")"

mb=$(du -sb "$work/batch" | awk '{printf "%.1f", $1/1000000}')
echo "== 2. batch lint of $mb MB (5,000 files), 3 runs $(load)"
for run in 1 2 3; do
    set -- $(peak "$dist/bin/cspec" lint --fail-on never "$work/batch")
    echo "run $run: $1 s, $(python3 -c "print(round($mb/$1, 1))") MB/s, $(cpu $3 $4) CPU-s, peak RSS $(($2 / 1024)) MB"
done
if [ -n "${CSPEC_BEFORE_JAR:-}" ]; then
    set -- $(peak java -jar "$CSPEC_BEFORE_JAR" lint --fail-on never "$work/batch")
    echo "before (one run): $1 s, $(python3 -c "print(round($mb/$1, 1))") MB/s, $(cpu $3 $4) CPU-s, peak RSS $(($2 / 1024)) MB"
fi
# Where the time of a batch goes: the same generator's first 2,500, 5,000, 10,000 and 20,000 files
# (one run each; the 5,000 are part 2's), and a least-squares line through wall time against size.
# Its intercept is the cost of a cold run whatever the size (mostly the JIT compiling the analysis),
# its slope the rate of the compiled analysis on both cores.
java -cp "$bench" cspec.bench.CorpusWriter "$work/scaling-20000" 20000 10-20
for n in 2500 10000; do
    mkdir -p "$work/scaling-$n"
    for ((i = 0; i < n; i++)); do echo "generated-$i.cspec"; done | (cd "$work/scaling-20000" && xargs cp -l -t "$work/scaling-$n")
done
echo "the same generator at 2,500 to 20,000 files, one run each $(load)"
for folder in "$work/scaling-2500" "$work/batch" "$work/scaling-10000" "$work/scaling-20000"; do
    size=$(du -sb "$folder" | awk '{printf "%.1f", $1/1000000}')
    set -- $(peak "$dist/bin/cspec" lint --fail-on never "$folder")
    echo "$(ls "$folder" | wc -l) files, $size MB: $1 s, $(python3 -c "print(round($size/$1, 1))") MB/s, $(cpu $3 $4) CPU-s, peak RSS $(($2 / 1024)) MB" \
        | tee -a "$work/scaling.txt"
done
python3 -c 'import re,sys
rows=[tuple(map(float, re.match(r"\d+ files, ([\d.]+) MB: ([\d.]+) s, [\d.]+ MB/s, ([\d.]+) CPU-s", l).groups())) for l in open(sys.argv[1])]
def line(pairs):
    n=len(pairs); mx=sum(x for x,_ in pairs)/n; my=sum(y for _,y in pairs)/n
    b=sum((x-mx)*(y-my) for x,y in pairs)/sum((x-mx)**2 for x,_ in pairs); return my-b*mx, b
a, b = line([(m, w) for m, w, _ in rows]); c, d = line([(m, u) for m, _, u in rows])
print("fixed cost of a cold run %.2f s (%.2f CPU-s); the compiled analysis %.1f MB/s on the cores (%.1f MB per CPU-s)" % (a, c, 1/b, 1/d))' "$work/scaling.txt"
echo "the first 100 files ($(du -sb "$work/peers-batch" | awk '{printf "%.1f", $1/1000000}') MB), cspec and the peers $(load)"
hyperfine -N --warmup 1 --runs 3 -i --export-json "$work/peers-batch.json" \
    "$dist/bin/cspec lint --fail-on never $work/hundred" \
    "bash -c '$wg $work/peers-batch/*.txt'" "bash -c 'proselint $work/peers-batch/*.txt'" \
    "bash -c '$alex $work/peers-batch/*.txt'" >/dev/null
median_of "$work/peers-batch.json"

echo "== 3. language server, 5,000-line contract, 200 ms debounce $(load)"
# 200 edits: a p95 of 40 is their second largest, and one slow round (the first ones, still
# compiling) moved it across the 20 ms target from run to run; of 200 it is the tenth largest.
(cd "$repo" && java -cp "$app:$repo/bench/target/classes" cspec.bench.LspLatency 200 200 1)
echo "with 50 such contracts open $(load)"
(cd "$repo" && java -cp "$app:$repo/bench/target/classes" cspec.bench.LspLatency 10 200 50)

echo "== 4. linearity $(load)"
for size in 1 2 4 8; do
    mkdir -p "$work/linear/$size" && java -cp "$bench" cspec.bench.CorpusWriter "$work/linear/$size" 1 $((size * 1024))
    set -- $(peak "$dist/bin/cspec" lint --fail-on never "$work/linear/$size/generated-0.cspec")
    echo "lint $size MB: $1 s, $(cpu $3 $4) CPU-s, peak RSS $(($2 / 1024)) MB"
done
for size in 1 2 4 8; do
    # 20 rounds: the first ones compile (at 8 MB round 1 costs 2 to 3 times a later one); compare the
    # CPU of the last three quarters and the time with the debounce included, which the analysis
    # overlaps (docs/benchmarks.md, issue 13 round 5); by mean, since at 4 and 8 MB a full collection
    # comes every few edits and a median hides it (round 6). The server runs with the launcher's heap
    # options (LspLatency reads them from ./cspec).
    (cd "$repo" && java -cp "$app:$repo/bench/target/classes" cspec.bench.LspLatency 20 200 1 $((size * 20000))) | sed "s/^/server $size MB: /"
done
