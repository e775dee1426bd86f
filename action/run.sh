#!/usr/bin/env bash
# The GitHub Action's work, run by action.yml (and by test/e2e/action.test.ts):
# installs the packaged journey CLI, checks the journeys with annotations on the
# right lines, writes the SARIF log, and writes the pull-request comment body with
# the semantic diff against the base revision. It never fails on findings: it
# reports the check's exit code as an output, and action.yml fails the job after
# the upload and the comment.
#
# Environment (action.yml sets it from the inputs):
#   JOURNEY_PATHS    files and directories to check, separated by spaces or newlines (default .)
#   JOURNEY_STRICT   'true': warnings fail the check too
#   JOURNEY_SARIF    'true': write the SARIF log
#   JOURNEY_BASE     a git revision: write the comment body with what changed since it
#   JOURNEY_PACKAGE  what `npm install` installs (default journey-dsl@<JOURNEY_VERSION>)
#   JOURNEY_VERSION  default: this action's own release, from its package.json
#   RUNNER_TEMP, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY: as on a GitHub runner
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="${RUNNER_TEMP:?RUNNER_TEMP is not set}/journey-dsl"
output="${GITHUB_OUTPUT:-/dev/null}"
summary="${GITHUB_STEP_SUMMARY:-/dev/null}"
mkdir -p "$work"

version="${JOURNEY_VERSION:-}"
if [ -z "$version" ]; then
    version="$(node -p "require('$here/../package.json').version")" || exit 2
fi
package="${JOURNEY_PACKAGE:-journey-dsl@$version}"
echo "::group::Install $package"
if ! npm install --prefix "$work/cli" --no-save --no-audit --no-fund --loglevel=error "$package"; then
    echo "::error::could not install $package"
    exit 2
fi
journey="$work/cli/node_modules/.bin/journey"
"$journey" --version
echo "::endgroup::"

set -f  # the paths are split on whitespace, never expanded as globs
paths=(${JOURNEY_PATHS:-.})
set +f
strict=()
[ "${JOURNEY_STRICT:-false}" = true ] && strict=(--strict)

# Annotations: GitHub reads the workflow commands from the standard output.
"$journey" check "${paths[@]}" --format github "${strict[@]}"
check=$?
echo "exit-code=$check" >> "$output"

if [ "${JOURNEY_SARIF:-false}" = true ]; then
    sarif="$work/journey.sarif"
    "$journey" check "${paths[@]}" --format sarif > "$sarif"
    if [ $? -le 1 ]; then
        echo "sarif-file=$sarif" >> "$output"
    fi
fi

if [ -n "${JOURNEY_BASE:-}" ]; then
    # A shallow checkout lacks the base commit: fetch just that one.
    if ! git cat-file -e "$JOURNEY_BASE^{commit}" 2>/dev/null; then
        git fetch --no-tags --quiet --depth=1 origin "$JOURNEY_BASE"
    fi
    comment="$work/journey-diff.md"
    diff_text="$("$journey" diff --git "$JOURNEY_BASE" "${paths[@]}" --format markdown --exit-code 2> "$work/diff.err")"
    changed=$?
    if [ $changed -le 1 ]; then
        # The marker lets the comment step find and update its own comment.
        printf '<!-- journey-dsl -->\n%s\n' "$diff_text" > "$comment"
        printf '%s\n' "$diff_text" >> "$summary"
        echo "comment-file=$comment" >> "$output"
        echo "changed=$([ $changed -eq 1 ] && echo true || echo false)" >> "$output"
    else
        echo "::warning::journey diff could not compare with $JOURNEY_BASE: $(head -c 500 "$work/diff.err" | tr '\n' ' ')"
    fi
fi
exit 0
