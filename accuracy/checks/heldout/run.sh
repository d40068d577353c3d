#!/bin/sh
# Reproduces the held-out measurement of issue 10's checks (see README.md in this folder):
#   text/*.txt          the three CUAD v1 PDFs as text (pdftotext), only when a PDF folder is given
#   *.cspec             those texts converted by cspec.accuracy.ContractConverter
#   findings.tsv        every finding of the checks on them, by cspec.accuracy.ChecksReport
#
# Usage, from anywhere:  accuracy/checks/heldout/run.sh [PDF folder]
# Without a PDF folder the committed text/*.txt are used, so nothing outside the repository is read.
# MVN overrides the Maven command (e.g. MVN="mvn -B -o -q" offline).
set -eu
cd "$(dirname "$0")/../../.."
here=accuracy/checks/heldout

if [ $# -ge 1 ]; then
    pdftotext -v 2>&1 | head -1
    for name in GALACTICOMMTECHNOLOGIESINC_11_07_1997-EX-10.46-WEB_HOSTING_AGREEMENT \
        NETZEEINC_11_14_2002-EX-10.3-MAINTENANCE_AGREEMENT \
        TRIZETTOGROUPINC_08_18_1999-EX-10.17-TECHNICAL_INFRASTRUCTURE_MAINTENANCE_AGREEMENT; do
        pdftotext "$1/$name.PDF" "$here/text/$name.txt"
    done
fi

# -am builds core from this checkout: never measure a stale cspec-core from ~/.m2.
${MVN:-mvn -B -q} package -pl accuracy -am -DskipTests
jar=accuracy/target/cspec-accuracy.jar

java -cp "$jar" cspec.accuracy.ContractConverter "$here/text" "$here"
java -cp "$jar" cspec.accuracy.ChecksReport "$here" accuracy/checks/services-agreement.cspec \
    samples/out-of-hours-soc.cspec "$here/findings.tsv"
