# Sourced by build-linux.sh and check-linux.sh.
# console_until LAUNCHER HOME LOG LINE [JAVA_OPTIONS]: starts the console LAUNCHER under xvfb-run with a home
# of its own (HOME and Java's user.home, so the caller's console settings stay untouched) and its workspace
# in it, waits at most 90 s until its timing output (-Dbellwether.timing=true) shows LINE, then stops it.
# Succeeds when LINE was seen; the output is in LOG, and console_seen_ms holds how long the wait took.
console_until() {
  local launcher=$1 home=$2 log=$3 line=$4 options=${5:-} runner started
  started=$(date +%s%N)
  HOME="$home" BELLWETHER_DB="$home/db/bellwether" \
    JAVA_TOOL_OPTIONS="-Dbellwether.timing=true -Duser.home=$home $options" \
    xvfb-run -a -s "-screen 0 1280x800x24" timeout 120 "$launcher" > "$log" 2>&1 &
  runner=$!
  for _ in $(seq 1 180); do
    if grep -q "$line" "$log" || ! kill -0 "$runner" 2>/dev/null; then break; fi
    sleep 0.5
  done
  console_seen_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  # Through timeout, which hands the signal on: LAUNCHER may be a script that execs another launcher.
  pkill -TERM -P "$runner" -x timeout || true
  wait "$runner" 2>/dev/null || true
  grep -q "$line" "$log"
}
