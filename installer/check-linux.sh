#!/usr/bin/env bash
# Checks the built .deb without installing it: unpacks it (dpkg -x) into a temporary folder, runs headless
# commands through `bellwether` as the PATH has it (lib/bellwether), checks that both launchers map the
# class-data archive the postinst makes, starts the console under Xvfb through the same `bellwether` until it
# reports its first frame, and checks that the console and the commands ran on their own heaps.
# Usage: installer/check-linux.sh   (after installer/build-linux.sh; Maven's -Pinstaller verify runs both)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/installer/console-until.sh"
deb=$(ls "$root"/target/installer/bellwether_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { echo "check-linux.sh: no .deb under target/installer (build it first)" >&2; exit 2; }
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -n 1)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg -x "$deb" "$work/pkg"
launcher="$work/pkg/opt/bellwether/bin/bellwether"
[ -x "$launcher" ] || { echo "check-linux.sh: no launcher in the package" >&2; exit 1; }
export HOME="$work/home" BELLWETHER_DB="$work/home/db/bellwether"
mkdir -p "$HOME"

if [ -f "$work/pkg/opt/bellwether/lib/app/bellwether.classlist" ]; then
  # What the postinst does where the package is installed, here where it was unpacked.
  "$work/pkg/opt/bellwether/lib/make-class-archive"
  for each in "$launcher" "$work/pkg/opt/bellwether/bin/bellwether-command"; do
    loaded=$(JAVA_TOOL_OPTIONS="-Xlog:class+load=info" "$each" --version 2>/dev/null | grep ' io.bellwether.Main ' || true)
    grep -q "shared objects file" <<<"$loaded" \
      || { echo "check-linux.sh: $(basename "$each") does not use the class-data archive: $loaded" >&2; exit 1; }
    echo "class-data archive: used by $(basename "$each") ($loaded)"
  done
else
  echo "check-linux.sh: the package has no class list (built without xvfb-run): class-data archive NOT checked"
fi

# `bellwether` on the PATH (the postinst links it to lib/bellwether): commands on the command line's launcher.
on_path="$work/pkg/opt/bellwether/lib/bellwether"
[ -x "$work/pkg/opt/bellwether/bin/bellwether-command" ] && [ -x "$on_path" ] \
  || { echo "check-linux.sh: no command launcher (bin/bellwether-command, lib/bellwether) in the package" >&2; exit 1; }
max_heap() {
  awk '$2 == "MaxHeapSize" { print $4 }' "$@"
}
command_heap=$(JAVA_TOOL_OPTIONS="-XX:+PrintFlagsFinal" "$on_path" --version 2>/dev/null | max_heap)
launcher="$on_path"

printed=$("$launcher" --version)
echo "bellwether --version: $printed"
grep -q "$version" <<<"$printed" || { echo "check-linux.sh: --version does not print $version" >&2; exit 1; }

case_file="$work/case.json"
cat > "$case_file" <<'JSON'
{"baseline": {"latency_p50": 0.035, "latency_p95": 0.05, "latency_p99": 0.075, "error_rate": 0.001, "requests_per_second": 1000.0},
 "current": {"latency_p50": 0.04, "latency_p95": 0.09, "latency_p99": 0.1, "error_rate": 0.02, "requests_per_second": 50.0},
 "config": {"enabled": true, "error_rate_threshold": 0.01, "latency_threshold_multiplier": 1.5, "min_requests_before_check": 1000, "check_interval_seconds": 60},
 "request_count": 5000}
JSON
set +e
verdict=$("$launcher" check "$case_file")
code=$?
set -e
echo "bellwether check: exit $code: $verdict"
[ "$code" -eq 3 ] || { echo "check-linux.sh: expected exit 3 (rollback) from check" >&2; exit 1; }
grep -q 'Error rate 2.00% exceeds threshold 1.00%' <<<"$verdict" || { echo "check-linux.sh: unexpected verdict" >&2; exit 1; }

if ! command -v xvfb-run >/dev/null; then
  echo "check-linux.sh: xvfb-run not installed: console start NOT checked (apt-get install xvfb)"
  exit 0
fi
log="$work/console.log"
if console_until "$on_path" "$HOME" "$log" "first frame" "-XX:+PrintFlagsFinal"; then
  echo "console: $(grep 'first frame' "$log" | head -n 1) (seen by this script after ${console_seen_ms} ms)"
else
  echo "check-linux.sh: the console did not report its first frame; its output:" >&2
  cat "$log" >&2
  exit 1
fi
console_heap=$(max_heap "$log")
echo "heap: console $((console_heap >> 20)) MB, commands $((command_heap >> 20)) MB"
trim_interval=$(awk '$2 == "TrimNativeHeapInterval" { print $4 }' "$log")
echo "native heap: the console trims it every ${trim_interval:-0} ms (0: never)"
[ "$command_heap" -lt "$console_heap" ] \
  || { echo "check-linux.sh: \`bellwether\` did not run the console and the commands on their own heaps" >&2; exit 1; }
