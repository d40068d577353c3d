#!/bin/sh
# Makes the release folder's class-data archive, lib/cspec.jsa, from class lists, and
# lib/cspec.jsa.jdk, which names the JDK that can use it (dist/pom.xml runs this; the launcher
# bin/cspec reads both).
#   class-data-archive.sh JDK_HOME RELEASE_FOLDER CLASS_LIST...
set -eu
jdk=$1
release=$2
shift 2

# One list of every class the training runs loaded, each line once, in the order first met.
classlist=$(dirname "$1")/cspec-all.classlist
awk '!seen[$0]++' "$@" > "$classlist"

# The zip's time stamps have two-second steps and the JVM checks the jar's time to the second:
# a whole minute survives both archives.
touch -t "$(date +%Y%m%d%H%M).00" "$release/lib/cspec.jar"

# JDK 17 accepts an archive only where the class path it was made with names the same file. Opened
# as descriptor 9, the jar is /dev/fd/9 here and wherever the folder is unpacked, since the
# launcher opens it the same way.
"$jdk/bin/java" -Xshare:dump -XX:SharedClassListFile="$classlist" \
    -XX:SharedArchiveFile="$release/lib/cspec.jsa" "@$release/lib/jvm.options" -cp /dev/fd/9 \
    9<"$release/lib/cspec.jar"

# Any other JDK refuses the archive, and then runs without even its own, as does this JDK when the
# jar's time or size changed: the launcher passes it only to the JDK in this folder at this version,
# with the jar as it is here (its time in seconds and its size).
{
    (cd "$jdk" && pwd -P)
    grep '^JAVA_RUNTIME_VERSION=' "$jdk/release" || echo 'JAVA_RUNTIME_VERSION=unknown'
    stat -c '%Y %s' "$release/lib/cspec.jar" 2>/dev/null || echo 'unknown'
} > "$release/lib/cspec.jsa.jdk"
