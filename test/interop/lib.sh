# Shared preamble of the interop scripts (sourced, not run): repository root, verdict counters,
# the root/tool checks, the capture tool, and a build when dist/ is missing or stale.
# Usage: . "$(dirname "$0")/lib.sh"; interop_prelude "label"
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1
ROOT=$(pwd)
CALL_TIMEOUT=${WINRPC_INTEROP_TIMEOUT:-30}
FAILS=0
fail() { echo "FAIL: $*"; FAILS=$((FAILS + 1)); }
pass() { echo "PASS: $*"; }

# Exits 0 with a SKIP line when not root, 1 when a tool is missing; sets CAPTOOL to the shared
# capture-and-dissect.sh beside the repository when there is one (empty otherwise).
interop_prelude() {
  local label=$1
  if [ "$(id -u)" != 0 ]; then
    echo "SKIP $label: needs root (listens on TCP 135 and captures loopback traffic)"
    exit 0
  fi
  local tool
  for tool in rpcclient tshark dumpcap timeout; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool not installed (apt-get install smbclient tshark)"; exit 1; }
  done
  CAPTOOL=""
  local c
  [ "${WINRPC_CAPTURE_BUILTIN:-0}" = 1 ] || for c in "${WINRPC_CAPTURE_TOOL:-}" "$ROOT/../shared/tools/capture-and-dissect.sh" /work/shared/tools/capture-and-dissect.sh; do
    if [ -n "$c" ] && [ -x "$c" ]; then CAPTOOL=$c; break; fi
  done
  if [ ! -f dist/src/cli/main.js ] || [ -n "$(find src -newer dist/src/cli/main.js -name '*.ts' -print -quit)" ]; then
    echo "### building"
    # Type errors are npm test's and lint's business; tsc still emits, and interop needs only the output.
    npm run build >"$(mktemp /tmp/winrpc-build.XXXXXX)" 2>&1 || echo "WARN: the build reported errors; using the emitted output"
    [ -f dist/src/cli/main.js ] || { echo "FAIL: build produced no dist/src/cli/main.js"; exit 1; }
  fi
}

# The `winrpc serve` a script starts (its pid in SERVER_PID) is stopped on exit, and by stop_server
# wherever a script restarts it or wants it gone before its verdict.
SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null
    wait "$SERVER_PID" 2>/dev/null
  fi
  SERVER_PID=""
}
trap stop_server EXIT

# Waits up to 10 s for the server to print a line matching the pattern in $WORK/serve.out; false
# when it never does (or the server exits first).
await_serve_line() {
  local pattern=$1
  for _ in $(seq 1 100); do
    grep -q "$pattern" "$WORK/serve.out" 2>/dev/null && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  grep -q "$pattern" "$WORK/serve.out" 2>/dev/null
}
