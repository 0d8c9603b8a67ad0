#!/usr/bin/env bash
# Interop against software nobody here wrote: Samba's rpcclient talks to `winrpc serve` on the real
# endpoint mapper port (135) while the traffic is captured and dissected by tshark.
#
#   npm run test:interop        (root needed: port 135 and packet capture; otherwise SKIP)
#
# Checks: rpcclient exits 0 within a time bound (a client looping on ept_lookup fails the test
# instead of hanging it), lists every entry of the endpoint map exactly once with the right ports,
# ept_map resolves the endpoint mapper, and the capture has no malformed packets or expert errors.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
interop_prelude "interop"
# The shared capture tool lives beside the repository; without it run-all.sh uses a small
# built-in capture with the same verdict rule (malformed or expert error => fail).

WORK=$(mktemp -d /tmp/winrpc-interop.XXXXXX)

echo "### starting: node dist/src/cli/main.js serve --listen 127.0.0.1 --epm-port 135"
node dist/src/cli/main.js serve --listen 127.0.0.1 --epm-port 135 --state "$WORK/state" --log-level warn \
  >"$WORK/serve.out" 2>"$WORK/serve.err" &
SERVER_PID=$!
if ! await_serve_line '^listening services '; then
  echo "FAIL: winrpc serve did not start"; cat "$WORK/serve.out" "$WORK/serve.err"; exit 1
fi
grep '^listening ' "$WORK/serve.out"
DYN=$(sed -n 's/^listening services ncacn_ip_tcp:127\.0\.0\.1\[\([0-9]*\)\]$/\1/p' "$WORK/serve.out")
[ -n "$DYN" ] || { echo "FAIL: no dynamic port in the listening lines"; exit 1; }

# Our own view of the map, to compare against what rpcclient lists.
node dist/src/cli/main.js epm lookup 127.0.0.1 --port 135 --json >"$WORK/ours.json" \
  || { echo "FAIL: winrpc epm lookup"; exit 1; }

# builtin_capture PORTS OUTDIR CMD... : dumpcap on lo, run CMD, tshark verdict.
builtin_capture() {
  local ports=$1 out=$2; shift 2
  local filter="" p
  for p in ${ports//,/ }; do filter="${filter:+$filter or }tcp port $p"; done
  mkdir -p "$out"
  dumpcap -q -i lo -f "$filter" -w "$out/capture.pcapng" >"$out/dumpcap.log" 2>&1 &
  local dpid=$!
  sleep 1
  "$@"
  local rc=$?
  sleep 0.5
  kill -INT "$dpid" 2>/dev/null; wait "$dpid" 2>/dev/null
  local decode=() n
  for p in ${ports//,/ }; do decode+=(-d "tcp.port==$p,dcerpc"); done
  n=$(tshark -n -r "$out/capture.pcapng" "${decode[@]}" -Y '_ws.malformed || _ws.expert.severity >= 0x00800000' \
    -T fields -e frame.number 2>/dev/null | wc -l)
  local frames
  frames=$(tshark -n -r "$out/capture.pcapng" -T fields -e frame.number 2>/dev/null | wc -l)
  echo "DISSECT frames=$frames malformed_or_errors=$n cmd_rc=$rc"
  if [ "$frames" -eq 0 ]; then echo "RESULT: FAIL (nothing captured)"; return 4; fi
  if [ "$n" -gt 0 ]; then echo "RESULT: FAIL ($n malformed/expert-error frame(s))"; return 2; fi
  if [ "$rc" -ne 0 ]; then echo "RESULT: FAIL (command exited $rc)"; return 3; fi
  echo "RESULT: PASS"
}

# run_captured NAME PROGRAM ARGS...: prints the command, its output and the capture verdict.
run_captured() {
  local name=$1; shift
  local out="$WORK/$name"
  mkdir -p "$out"
  echo
  echo "### $name: timeout $CALL_TIMEOUT $(printf '%q ' "$@")"
  local runner=(bash -c 'timeout "$0" "$@" >"$OUTFILE" 2>&1' "$CALL_TIMEOUT" "$@")
  local verdict
  if [ -n "$CAPTOOL" ]; then
    verdict=$(OUTFILE="$out/output.txt" "$CAPTOOL" -q -o "$out/cap" "135,$DYN" -- "${runner[@]}" 2>&1)
  else
    verdict=$(OUTFILE="$out/output.txt" builtin_capture "135,$DYN" "$out/cap" "${runner[@]}" 2>&1)
  fi
  echo "--- output:"
  cat "$out/output.txt"
  echo "--- capture verdict:"
  echo "$verdict"
  if echo "$verdict" | grep -q '^RESULT: PASS'; then pass "$name: command succeeded, capture dissects cleanly"
  else fail "$name: $(echo "$verdict" | grep '^RESULT' || echo 'no verdict')"; fi
}


run_captured epmlookup rpcclient 'ncacn_ip_tcp:127.0.0.1' -U% -c epmlookup
run_captured epmmap rpcclient 'ncacn_ip_tcp:127.0.0.1' -U% -c 'epmmap epmapper ncacn_ip_tcp'
run_captured epmmap-mgmt rpcclient 'ncacn_ip_tcp:127.0.0.1' -U% -c 'epmmap mgmt ncacn_ip_tcp'
# winrpc's own client against the same server, judged by tshark.
run_captured winrpc-epm-lookup node dist/src/cli/main.js epm lookup 127.0.0.1 --port 135

echo
echo "### checking the listed entries"
LOOKUP="$WORK/epmlookup/output.txt"
# rpcclient prints one "<object> <binding>: <annotation>" line per entry.
grep -E '^[0-9a-f-]{36} ' "$LOOKUP" | sed -E 's/^[0-9a-f-]{36} //' | sort >"$WORK/theirs.txt"
node -e '
  const rows = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  // rpcclient prints the tower binding with the interface as abstract_syntax=UUID/0xMINORMAJOR.
  for (const r of rows) {
    const [major, minor] = r.version.split(".").map(Number);
    const v = ((minor << 16) | major) >>> 0;
    const syntax = `abstract_syntax=${r.interface}/0x${v.toString(16).padStart(8, "0")}`;
    console.log(`${r.binding.replace(/\]$/, "," + syntax + "]")}: ${r.annotation}`);
  }
' "$WORK/ours.json" | sort >"$WORK/ours.txt"
echo "--- expected (winrpc epm lookup):"; cat "$WORK/ours.txt"
if diff -u "$WORK/ours.txt" "$WORK/theirs.txt"; then pass "epmlookup lists every entry of the map exactly once"
else fail "epmlookup entries differ from the endpoint map"; fi
EPM_AS="abstract_syntax=e1af8308-5d1f-11c9-91a4-08002b14a0fa/0x00000003"
MGMT_AS="abstract_syntax=afa8bd80-7d8a-11c9-bef4-08002b102989/0x00000001"
for want in "ncacn_ip_tcp:127.0.0.1[135,$EPM_AS]: Endpoint mapper" \
            "ncacn_ip_tcp:127.0.0.1[135,$MGMT_AS]: DCE/RPC remote management" \
            "ncacn_ip_tcp:127.0.0.1[$DYN,$MGMT_AS]: DCE/RPC remote management"; do
  if grep -qxF "$want" "$WORK/theirs.txt"; then pass "listed: $want"; else fail "missing: $want"; fi
done
if grep -q 'no more entries' "$LOOKUP"; then pass "epmlookup ended on EPT_S_NOT_REGISTERED"
else fail "epmlookup did not end with 'no more entries'"; fi

MAP="$WORK/epmmap/output.txt"
if grep -q '^num_tower\[1\]' "$MAP" && grep -qxF "tower[0] ncacn_ip_tcp:127.0.0.1[135,$EPM_AS]" "$MAP"; then
  pass "epmmap resolves epmapper to ncacn_ip_tcp:127.0.0.1[135]"
else
  fail "epmmap did not resolve epmapper to port 135"
fi

MAP2="$WORK/epmmap-mgmt/output.txt"
if grep -q '^num_tower\[2\]' "$MAP2" && grep -qxF "tower[0] ncacn_ip_tcp:127.0.0.1[135,$MGMT_AS]" "$MAP2" \
   && grep -qxF "tower[1] ncacn_ip_tcp:127.0.0.1[$DYN,$MGMT_AS]" "$MAP2"; then
  pass "epmmap resolves mgmt to both of its endpoints (135 and $DYN)"
else
  fail "epmmap did not resolve mgmt to ports 135 and $DYN"
fi

stop_server

# Authenticated interop (NTLMSSP / SPNEGO sign and seal, accounts) against a fresh server on 135.
echo
echo "### authenticated interop: test/interop/auth.sh"
WINRPC_CAPTURE_TOOL=${CAPTOOL:-${WINRPC_CAPTURE_TOOL:-}} "$ROOT/test/interop/auth.sh" || fail "authenticated interop (test/interop/auth.sh)"
WINRPC_CAPTURE_TOOL=${CAPTOOL:-${WINRPC_CAPTURE_TOOL:-}} "$ROOT/test/interop/cluster.sh" || fail "ClusAPI v3 interop (test/interop/cluster.sh)"
WINRPC_CAPTURE_TOOL=${CAPTOOL:-${WINRPC_CAPTURE_TOOL:-}} "$ROOT/test/interop/rras.sh" || fail "RRASM interop (test/interop/rras.sh)"

echo
if [ "$FAILS" -gt 0 ]; then echo "interop: $FAILS failure(s); artefacts in $WORK"; exit 1; fi
echo "interop: all checks passed (artefacts in $WORK)"
