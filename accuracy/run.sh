#!/bin/sh
# Reproduces every generated file of the accuracy measurement (see accuracy/README.md):
#   accuracy/converted/*.cspec                 the corpus contracts as .cspec
#   OUT/findings-TAG.tsv                       every finding shown by default
#   OUT/hints-TAG.tsv                          every finding shown only as a hint
#   OUT/sample-TAG.tsv, OUT/counts-TAG.tsv     the findings to judge and the counts (only with --sample)
#   OUT/sample-hints-TAG.tsv, OUT/counts-hints-TAG.tsv   the same for the hints (only with --sample)
#   accuracy/corpus/pronouns/split/*.tsv       the pronoun set's tuning and held-out parts
# OUT is accuracy/baseline for the starting commit e511696, accuracy/final for any other TAG; a
# sample drawn for another TAG carries the baseline verdict of every finding the baseline judged.
#
# Usage, from the repository root:  accuracy/run.sh [TAG] [--sample]
# TAG names the files; it defaults to the current commit's short hash. A sample is drawn only with
# --sample: a committed sample that is being judged must never be redrawn over.
set -eu
cd "$(dirname "$0")/.."

tag="${1:-$(git rev-parse --short HEAD)}"
sample="${2:-}"
out=accuracy/final
[ "$tag" = "e511696" ] && out=accuracy/baseline
mkdir -p "$out"

# -am builds core from this checkout: never measure a stale cspec-core from ~/.m2.
mvn -B -q package -pl accuracy -am -DskipTests
jar=accuracy/target/cspec-accuracy.jar

java -cp "$jar" cspec.accuracy.ContractConverter accuracy/corpus/contracts accuracy/converted
java -cp "$jar" cspec.accuracy.FindingsReport accuracy/converted "$out/findings-$tag.tsv" "$out/hints-$tag.tsv"
if [ "$sample" = "--sample" ]; then
    judged=""
    [ "$out" = "accuracy/final" ] && judged=accuracy/baseline/sample-e511696.tsv
    java -cp "$jar" cspec.accuracy.Sample "$out/findings-$tag.tsv" "$out/sample-$tag.tsv" "$out/counts-$tag.tsv" $judged
    java -cp "$jar" cspec.accuracy.Sample "$out/hints-$tag.tsv" "$out/sample-hints-$tag.tsv" \
        "$out/counts-hints-$tag.tsv" $judged
fi
java -cp "$jar" cspec.accuracy.PronounSplit accuracy/corpus/pronouns/training.tsv \
    accuracy/corpus/pronouns/split/tuning.tsv accuracy/corpus/pronouns/split/heldout.tsv
java -cp "$jar" cspec.accuracy.PronounEval accuracy/corpus/pronouns/split/tuning.tsv
