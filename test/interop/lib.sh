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
