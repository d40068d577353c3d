#!/bin/sh
# Reproduces every generated file of the accuracy measurement (see accuracy/README.md):
#   accuracy/converted/*.cspec                 the corpus contracts as .cspec
#   accuracy/baseline/findings-TAG.tsv         every finding shown by default
#   accuracy/baseline/sample-TAG.tsv           the findings to judge (only with --sample)
#   accuracy/baseline/counts-TAG.tsv           findings and sample size per rule (only with --sample)
#   accuracy/corpus/pronouns/split/*.tsv       the pronoun set's tuning and held-out parts
#
# Usage, from the repository root:  accuracy/run.sh [TAG] [--sample]
# TAG names the findings file; it defaults to the current commit's short hash. A sample is drawn
# only with --sample: a committed sample that is being judged must never be redrawn over.
set -eu
cd "$(dirname "$0")/.."

tag="${1:-$(git rev-parse --short HEAD)}"
sample="${2:-}"

# -am builds core from this checkout: never measure a stale cspec-core from ~/.m2.
mvn -B -q package -pl accuracy -am -DskipTests
jar=accuracy/target/cspec-accuracy.jar

java -cp "$jar" cspec.accuracy.ContractConverter accuracy/corpus/contracts accuracy/converted
java -cp "$jar" cspec.accuracy.FindingsReport accuracy/converted "accuracy/baseline/findings-$tag.tsv"
if [ "$sample" = "--sample" ]; then
    java -cp "$jar" cspec.accuracy.Sample "accuracy/baseline/findings-$tag.tsv" \
        "accuracy/baseline/sample-$tag.tsv" "accuracy/baseline/counts-$tag.tsv"
fi
java -cp "$jar" cspec.accuracy.PronounSplit accuracy/corpus/pronouns/training.tsv \
    accuracy/corpus/pronouns/split/tuning.tsv accuracy/corpus/pronouns/split/heldout.tsv
