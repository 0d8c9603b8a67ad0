#!/usr/bin/env bash
# RRASM interop: `winrpc rras` (our SDK) manages `winrpc serve`'s RRAS over SMB2 — an encrypted SMB3
# session, \PIPE\ROUTER, DIMSVC and RASRPC bound with SPNEGO/NTLMSSP at packet privacy, as
# MS-RRASM 2.1.1.2 has the client do it — while the loopback traffic is captured. tshark, given the
# password, decrypts the SMB3 session and the sealed stubs; the capture must dissect with no
# malformed packets or expert errors, and tshark must name the DIMSVC operations ("rras").
#
#   test/interop/rras.sh    (called by run-all.sh; root needed for the packet capture)
#
# Every port is one the OS picks (no fixed 135/445), so this runs beside other servers.
# What tshark 4.0 can and cannot show:
#   - its rras dissector names DIMSVC opnums 0-42 only; RRasAdminConnectionEnumEx (45),
#     GetInfoEx (46) and UpdateConnection (48) appear as "Unknown operation N";
#   - it has no RASRPC dissector: those PDUs show as DCERPC with the interface UUID;
#   - our SMB2 NEGOTIATE response carries SPNEGO negHints, which tshark misreads as mechListMIC (a
#     BER error — Samba's responses trip the same one); NEGOTIATE frames are left out of the verdict,
#     as test/smb2/interop.test.ts does.
# The non-administrator's session uses the same password as the Administrator so that tshark can
# decrypt it too (tshark takes one NT password).
set -uo pipefail
. "$(dirname "$0")/lib.sh"
interop_prelude "rras interop"
[ -n "$CAPTOOL" ] || { echo "SKIP rras interop: capture-and-dissect.sh not found (set WINRPC_CAPTURE_TOOL)"; exit 0; }
WINRPC=(node dist/src/cli/main.js)

WORK=$(mktemp -d /tmp/winrpc-interop-rras.XXXXXX)
STATE="$WORK/state"
PW='Adm1n!Rras-pw'

start_server() {
  "${WINRPC[@]}" serve --listen 127.0.0.1 --epm-port 0 --service-port 0 --smb-port 0 --state "$STATE" \
    --admin-password "$PW" --log-level warn >"$WORK/serve.out" 2>"$WORK/serve.err" &
  SERVER_PID=$!
  await_serve_line ' smb-port '
  SMB=$(sed -n 's/^listening smb .* smb-port \([0-9]*\)$/\1/p' "$WORK/serve.out" | head -1)
  [ -n "$SMB" ] || { echo "FAIL: winrpc serve did not start"; cat "$WORK/serve.out" "$WORK/serve.err"; exit 1; }
}

echo "### starting: winrpc serve --smb-port 0 --state $STATE (demo RRAS)"
start_server
grep '^listening ' "$WORK/serve.out"
stop_server
"${WINRPC[@]}" accounts add alice --password "$PW" --state "$STATE" >/dev/null || { echo "FAIL: accounts add"; exit 1; }
start_server
echo "### SMB2 on port $SMB; user alice (not an administrator) added"

ADMIN=(-U "Administrator%$PW")
# NAME|EXPECTED EXIT|winrpc arguments after "rras"
RUNS=(
  "info|0|info"
  "ports|0|ports"
  "port|0|port 1"
  "connections|0|connections"
  "connection|0|connection 1"
  "update-endpoint|0|update-endpoint 1 --if-index 5 --remote 203.0.113.7"
  "connection-after|0|connection 1 --json"
  "ports-of-5|0|ports --connection 5 --json"
  "hangup|0|hangup 4"
  "interfaces|0|interfaces"
  "interface|0|interface Loopback"
  "create-interface|0|create-interface Interop-LAN"
  "delete-interface|0|delete-interface interop-lan"
  "transports|0|transports"
  "routes|0|routes"
  "devices|0|devices"
  "nonadmin-ports|1|ports"
  "nonadmin-info|1|info"
)
mkdir -p "$WORK/runs"
{
  echo 'cd "$(dirname "$0")/runs"'
  for run in "${RUNS[@]}"; do
    IFS='|' read -r name _ args <<<"$run"
    who=("${ADMIN[@]}")
    [[ $name == nonadmin-* ]] && who=(-U "alice%$PW")
    # shellcheck disable=SC2086
    printf 'cd %q && timeout %q node dist/src/cli/main.js rras %s --host 127.0.0.1 --smb-port %q %s >%q 2>&1; echo $? >%q\n' \
      "$ROOT" "$CALL_TIMEOUT" "$args" "$SMB" "$(printf '%q ' "${who[@]}")" "$WORK/runs/$name.txt" "$WORK/runs/$name.rc"
  done
  # The port of connection 5 is read from the previous run, so disconnect runs last.
  printf 'port=$(node -e %q %q)\n' 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"))[0].id)' "$WORK/runs/ports-of-5.txt"
  printf 'cd %q && timeout %q node dist/src/cli/main.js rras disconnect "$port" --host 127.0.0.1 --smb-port %q %s >%q 2>&1; echo $? >%q\n' \
    "$ROOT" "$CALL_TIMEOUT" "$SMB" "$(printf '%q ' "${ADMIN[@]}")" "$WORK/runs/disconnect.txt" "$WORK/runs/disconnect.rc"
} >"$WORK/runs.sh"
RUNS+=("disconnect|0|disconnect <port of connection 5>")

echo
echo "### ${#RUNS[@]} winrpc rras runs in one capture (tshark decrypts with the password)"
VERDICT=$("$CAPTOOL" -q -i -X 'smb2.cmd==0' -P "$PW" -s "$SMB" -o "$WORK/cap" -- bash "$WORK/runs.sh" 2>&1)
PCAP="$WORK/cap/capture.pcapng"

for run in "${RUNS[@]}"; do
  IFS='|' read -r name want args <<<"$run"
  rc=$(cat "$WORK/runs/$name.rc" 2>/dev/null || echo '?')
  echo
  echo "### $name: winrpc rras $args   (exit $rc)"
  cat "$WORK/runs/$name.txt"
  if [ "$rc" = "$want" ]; then pass "$name: exit $rc"; else fail "$name: exit $rc, want $want"; fi
done

echo
echo "### what the runs say"
grep -q '"remoteEndpoint": "203.0.113.7"' "$WORK/runs/connection-after.txt" \
  && pass "MOBIKE: connection 1 now has remote endpoint 203.0.113.7" || fail "MOBIKE: endpoint not updated"
grep -q 'ERROR_ACCESS_DENIED' "$WORK/runs/nonadmin-ports.txt" \
  && pass "non-administrator: DIMSVC answers ERROR_ACCESS_DENIED" || fail "non-administrator: no ERROR_ACCESS_DENIED from DIMSVC"
grep -q 'RPC fault.*0x00000005\|RasRpcGetVersion.*0x00000005' "$WORK/runs/nonadmin-info.txt" \
  && pass "non-administrator: RASRPC faults with status 5" || fail "non-administrator: no RASRPC fault 5"

TS=(tshark -n -r "$PCAP" -d "tcp.port==$SMB,nbss" -o "ntlmssp.nt_password:$PW")
"${TS[@]}" -Y rras -T fields -e _ws.col.Info 2>/dev/null | sed -E 's/^.*(, )?RRAS: ?//' >"$WORK/rras-info.txt"
echo
echo "### rras operations as tshark names them:"
sed -E 's/ (request|response).*$//' "$WORK/rras-info.txt" | sort | uniq -c
for op in MprAdminServerGetInfo RasAdminPortEnum RasAdminPortGetInfo RasAdminPortDisconnect RouterInterfaceEnum \
  RouterInterfaceGetHandle RouterInterfaceGetInfo RouterInterfaceCreate RouterInterfaceDelete \
  RouterInterfaceTransportGetGlobalInfo MIBEntryGet RouterDeviceEnum; do
  grep -q "$op request" "$WORK/rras-info.txt" && grep -q "$op response" "$WORK/rras-info.txt" \
    && pass "tshark names $op (request and response)" || fail "tshark does not show $op"
done
n=$("${TS[@]}" -Y 'dcerpc.cn_bind_to_uuid == 20610036-fa22-11cf-9823-00a0c911e5df' -T fields -e frame.number 2>/dev/null | wc -l)
[ "$n" -gt 0 ] && pass "RASRPC bound on the same pipe ($n bind/alter_context PDUs)" || fail "no RASRPC binding in the capture"
n=$("${TS[@]}" -Y 'dcerpc.pkt_type == 3 && dcerpc.cn_status == 0x5' -T fields -e frame.number 2>/dev/null | wc -l)
[ "$n" -gt 0 ] && pass "a fault PDU with status 5 for the non-administrator ($n)" || fail "no fault PDU with status 5"
n=$("${TS[@]}" -Y 'dcerpc.auth_level == 6' -T fields -e frame.number 2>/dev/null | wc -l)
[ "$n" -gt 0 ] && pass "DCE/RPC at packet privacy ($n PDUs)" || fail "no packet-privacy PDUs"

echo
echo "### capture verdict (NEGOTIATE frames excluded, see the header)"
echo "$VERDICT"
if echo "$VERDICT" | grep -q '^RESULT: PASS'; then pass "the capture decrypts and dissects with no malformed packets or expert errors"
else fail "capture: $(echo "$VERDICT" | grep '^RESULT' || echo 'no verdict')"; fi

echo
echo "### restart on the same state: the changes are still there"
stop_server
start_server
out=$("${WINRPC[@]}" rras connections --json --host 127.0.0.1 --smb-port "$SMB" "${ADMIN[@]}" 2>&1)
echo "$out" | grep -q '"remoteEndpoint": "203.0.113.7"' && pass "after restart: the MOBIKE endpoint stays" || fail "after restart: endpoint lost"
echo "$out" | grep -q '"id": 4,' && fail "after restart: hung-up connection 4 is back" || pass "after restart: connection 4 stays hung up"
echo "$out" | grep -q '"id": 5,' && fail "after restart: disconnected connection 5 is back" || pass "after restart: connection 5 stays disconnected"

stop_server
echo
if [ "$FAILS" -gt 0 ]; then echo "rras interop: $FAILS failure(s); artefacts in $WORK"; exit 1; fi
echo "rras interop: all checks passed (artefacts in $WORK)"
