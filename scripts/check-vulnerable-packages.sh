#!/usr/bin/env bash
# Fails when any project of the solution uses a NuGet package (direct or transitive) with a known vulnerability.
# When the vulnerability database cannot be reached (offline machine, proxy), it warns and does not fail.
set -uo pipefail
cd "$(dirname "$0")/.."

output=$(dotnet list Entente.slnx package --vulnerable --include-transitive 2>&1)
status=$?
if grep -q "has the following vulnerable packages" <<<"$output"; then
  echo "$output"
  echo "Vulnerable packages found: update them in Directory.Packages.props (or pin the transitive one there)." >&2
  exit 1
fi

if [ $status -ne 0 ] || grep -qiE "unable to load|error|failed to retrieve|could not" <<<"$output"; then
  echo "warning: the NuGet vulnerability database could not be checked; packages were not audited this run:" >&2
  grep -iE "unable to load|error|failed|could not" <<<"$output" | head -n 5 >&2
  exit 0
fi

echo "No vulnerable packages (direct or transitive)."
