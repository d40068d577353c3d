#!/usr/bin/env bash
# The lint step of the cspec GitHub Action (action.yml runs it; dist's GithubActionIT runs it
# the same way). Prints one workflow command per finding, which GitHub turns into annotations on
# the pull request; GitHub shows only 10 annotations of each kind per step, so it says first
# how many more there are, and the job summary lists every finding. Exits as `cspec lint` does.
#   CSPEC          the distribution's bin/cspec
#   INPUT_PATHS    files or folders, separated by spaces (default .)
#   INPUT_FAIL_ON  error, warning, information, hint or never (default error)
#   INPUT_CONFIG   a cspec.json for every file (optional)
#   INPUT_SARIF    true: also write cspec.sarif and name it in the sarif-file output
set -uo pipefail

read -r -a paths <<< "${INPUT_PATHS:-.}"
config=()
if [ -n "${INPUT_CONFIG:-}" ]; then config=(--config "$INPUT_CONFIG"); fi
options=(--fail-on "${INPUT_FAIL_ON:-error}" ${config[@]+"${config[@]}"})
work="$(mktemp -d)"
annotations="$work/annotations"

"$CSPEC" lint --format github "${options[@]}" "${paths[@]}" > "$annotations"
status=$?
if [ "$status" -ge 2 ]; then
    # A usage or configuration error: cspec has said what is wrong on stderr.
    exit "$status"
fi

GITHUB_SHOWN=10
summary=()
for kind in error warning notice; do
    count="$(grep -c "^::$kind " "$annotations" || true)"
    echo "${kind}s=$count" >> "${GITHUB_OUTPUT:-/dev/null}"
    if [ "$count" -gt "$GITHUB_SHOWN" ]; then
        summary+=("$((count - GITHUB_SHOWN)) more ${kind}s than the $GITHUB_SHOWN annotations GitHub shows ($count in all)")
    fi
done
# The overflow note goes first, as a notice, so that it is among the annotations shown.
if [ "${#summary[@]}" -gt 0 ]; then
    note="$(IFS=';'; echo "${summary[*]}" | sed 's/;/; /g')"
    echo "::notice title=cspec::$note; the job summary lists every finding."
fi
cat "$annotations"

# The job summary: every finding, as `cspec lint` prints them.
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    {
        echo "### cspec"
        echo
        if [ -s "$annotations" ]; then
            echo '```'
            "$CSPEC" lint --format text "${options[@]}" "${paths[@]}" 2>&1
            echo '```'
        else
            echo "No findings."
        fi
    } >> "$GITHUB_STEP_SUMMARY"
fi

if [ "${INPUT_SARIF:-false}" = "true" ]; then
    sarif="${RUNNER_TEMP:-$work}/cspec.sarif"
    "$CSPEC" lint --format sarif --fail-on never ${config[@]+"${config[@]}"} "${paths[@]}" > "$sarif"
    echo "sarif-file=$sarif" >> "${GITHUB_OUTPUT:-/dev/null}"
fi
exit "$status"
