#!/usr/bin/env bash
# Authenticated interop: Samba's rpcclient signs and seals (NTLMSSP, SPNEGO) against `winrpc serve`
# with an account added by `winrpc accounts add`; tshark, given the password, decrypts and dissects
# every captured frame (no malformed packets or expert errors) and sees rpcclient's verification
# trailer. A wrong password is refused; winrpc's own client seals too.
#
#   test/interop/auth.sh       (called by run-all.sh; root needed: TCP 135 and packet capture)
set -uo pipefail
. "$(dirname "$0")/lib.sh"
interop_prelude "auth interop"
[ -n "$CAPTOOL" ] || { echo "SKIP auth interop: capture-and-dissect.sh not found (set WINRPC_CAPTURE_TOOL)"; exit 0; }
WINRPC=(node dist/src/cli/main.js)

WORK=$(mktemp -d /tmp/winrpc-interop-auth.XXXXXX)
STATE="$WORK/state"
ADMIN_PW='Adm1n!Interop-pw'
USER_NAME=interop
USER_PW='Us3r!Interop-pw'

echo "### starting: winrpc serve --epm-port 135 --admin-password … --state $STATE"
"${WINRPC[@]}" serve --listen 127.0.0.1 --epm-port 135 --state "$STATE" --admin-password "$ADMIN_PW" \
  --log-level warn >"$WORK/serve.out" 2>"$WORK/serve.err" &
SERVER_PID=$!
if ! await_serve_line '^listening services '; then
  echo "FAIL: winrpc serve did not start"; cat "$WORK/serve.out" "$WORK/serve.err"; exit 1
fi
DYN=$(sed -n 's/^listening services ncacn_ip_tcp:127\.0\.0\.1\[\([0-9]*\)\]$/\1/p' "$WORK/serve.out")
if grep -q 'generated password' "$WORK/serve.out"; then fail "serve generated a password although --admin-password was given"
else pass "serve took the Administrator password from --admin-password"; fi

if "${WINRPC[@]}" accounts add "$USER_NAME" --password "$USER_PW" --state "$STATE"; then
  pass "winrpc accounts add $USER_NAME (server running)"
else
  fail "winrpc accounts add"; exit 1
fi
if grep -qaF "$USER_PW" "$STATE"/* || grep -qaF "$ADMIN_PW" "$STATE"/*; then fail "a password is stored in the state directory"
else pass "no password at rest in $STATE"; fi

# Sealed NTLMSSP inside SPNEGO (auth_type 9): Wireshark 4.0.17 decrypts only the first sealed request
# and the first sealed response of each connection and direction; later stubs dissect as garbage
# ("Malformed"). That is Wireshark's, not ours, shown independently (2026-11-22):
#  - Samba 4.17.12 as the server (samba-dcerpcd epmapper on 127.0.0.1[135]) with rpcclient
#    '[spnego,seal]' epmlookup: 76 sealed PDUs, 74 malformed; every one after the first pair. Plain
#    '[seal]' and '[spnego,sign]' against the same Samba dissect cleanly.
#  - Deriving the keys from the password and replaying [MS-NLMP] 3.4.3-3.4.4 (one RC4 stream per direction,
#    the stub and then the 8-byte checksum of each verifier) verifies every checksum in Samba's, our
#    server's and our client's sessions alike; in all three the first sealed message carries
#    SeqNum 1 (the mechListMIC used 0) and fresh RC4 state ([MS-SPNG] 3.3.5.1). tshark's decrypted
#    stubs are the ciphertext XOR the same stream at an offset that omits those 8 bytes per previous
#    message (Samba's request 2 at 112 instead of 120, and so on): on the SPNEGO path (packet-gssapi.c hands
#    a 16-byte 01000000 verifier to ntlmssp "data only" for the stub) the verifier's checksum never
#    advances its RC4 state, while plain NTLMSSP (auth_type 10) decrypts both and stays in step.
#    Directly visible: tshark -x shows a "Decrypted NTLMSSP Verifier" for 76 of 76 sealed PDUs of
#    Samba's '[seal]' session and for 0 of 76 of its '[spnego,seal]' session.
# So for SPNEGO+seal runs exactly the sealed request/response frames after the first of each TCP
# stream and direction are left out of the verdict; binds, alter_context, auth tokens and the first
# sealed call and reply are still judged, and tshark must still decrypt that first call.
SPNEGO_SEALED='dcerpc.auth_type == 9 && dcerpc.auth_level == 6 && (dcerpc.pkt_type == 0 || dcerpc.pkt_type == 2)'

# later_spnego_sealed_frames PCAP: comma-separated frames of SPNEGO-sealed requests/responses after the
# first one of their TCP stream and direction (the header fields used here are never encrypted).
later_spnego_sealed_frames() {
  tshark -n -r "$1" -d tcp.port==135,dcerpc -d "tcp.port==$DYN,dcerpc" -Y "$SPNEGO_SEALED" \
    -T fields -e frame.number -e tcp.stream -e tcp.srcport 2>/dev/null \
    | awk '{ if (seen[$2 ":" $3]++) printf "%s%s", (n++ ? "," : ""), $1 }'
}

# run_captured NAME PASSWORD PROGRAM ARGS...: the command under capture; tshark decrypts with PASSWORD.
# With SPNEGO_SEAL=1 the capture is judged again without the later SPNEGO-sealed stubs (see above).
run_captured() {
  local name=$1 pw=$2; shift 2
  local out="$WORK/$name"
  mkdir -p "$out"
  echo
  echo "### $name: $(printf '%q ' "$@")"
  local verdict
  verdict=$(OUTFILE="$out/output.txt" "$CAPTOOL" -q -P "$pw" -o "$out/cap" "135,$DYN" -- \
    bash -c 'timeout "$0" "$@" >"$OUTFILE" 2>&1' "$CALL_TIMEOUT" "$@" 2>&1)
  if [ "${SPNEGO_SEAL:-0}" = 1 ] && [ -f "$out/cap/capture.pcapng" ]; then
    local later rc
    later=$(later_spnego_sealed_frames "$out/cap/capture.pcapng")
    rc=$(echo "$verdict" | sed -n 's/^DISSECT .*cmd_rc=\([0-9]*\).*/\1/p')
    echo "--- full capture verdict (later SPNEGO-sealed frames: ${later:-none}):"; echo "$verdict"
    if [ -z "$rc" ]; then
      : # no dissection at all (nothing captured): the verdict already says why
    elif [ "$rc" != 0 ]; then
      verdict="RESULT: FAIL (command exited $rc)"
    elif [ -n "$later" ]; then
      verdict=$("$CAPTOOL" -q -P "$pw" -X "frame.number in {$later}" -o "$out/judged" -r "$out/cap/capture.pcapng" "135,$DYN" 2>&1)
    fi
  fi
  echo "--- output (tail):"; tail -n 4 "$out/output.txt"
  echo "--- capture verdict:"; echo "$verdict"
  if echo "$verdict" | grep -q '^RESULT: PASS'; then pass "$name: succeeded, capture decrypts and dissects cleanly"
  else fail "$name: $(echo "$verdict" | grep '^RESULT' || echo 'no verdict')"; fi
}

# tshark_count NAME FILTER: frames of NAME's capture matching FILTER (decrypted with the user's password).
tshark_count() {
  tshark -n -r "$WORK/$1/cap/capture.pcapng" -o "ntlmssp.nt_password:$USER_PW" \
    -d tcp.port==135,dcerpc -d "tcp.port==$DYN,dcerpc" -Y "$2" -T fields -e frame.number 2>/dev/null | wc -l
}

for b in sign seal spnego,sign spnego,seal; do
  name="rpcclient-${b/,/-}"
  spnego_seal=0
  [ "$b" = spnego,seal ] && spnego_seal=1
  SPNEGO_SEAL=$spnego_seal run_captured "$name" "$USER_PW" rpcclient "ncacn_ip_tcp:127.0.0.1[$b]" -U "$USER_NAME%$USER_PW" -c epmlookup
  if grep -q 'epm_Lookup no more entries' "$WORK/$name/output.txt" \
     && grep -q 'ncacn_ip_tcp:127.0.0.1\[135,abstract_syntax=e1af8308' "$WORK/$name/output.txt"; then
    pass "$name: epmlookup listed the map"
  else
    fail "$name: epmlookup did not list the map"
  fi
  if [ "$(tshark_count "$name" 'dcerpc.rpc_sec_vt.signature')" -gt 0 ]; then
    pass "$name: rpcclient sent a verification trailer and the call succeeded"
  else
    fail "$name: no verification trailer seen in the capture"
  fi
done
# Sealed stubs must decrypt: tshark then dissects the epm_Lookup request inside.
for name in rpcclient-seal rpcclient-spnego-seal; do
  if [ "$(tshark_count "$name" 'epm.opnum == 2 && dcerpc.pkt_type == 0 && epm.inq_type == 0')" -gt 0 ]; then
    pass "$name: tshark decrypted the sealed epm_Lookup request"
  else
    fail "$name: tshark did not decrypt the sealed session"
  fi
done
if [ "$(tshark_count rpcclient-seal '_ws.malformed')" -eq 0 ] \
   && [ "$(tshark_count rpcclient-seal 'epm.opnum == 2 && dcerpc.pkt_type == 0 && epm.inq_type == 0')" -ge 4 ]; then
  pass "rpcclient-seal: every sealed epm_Lookup request decrypts and dissects"
else
  fail "rpcclient-seal: not every sealed request decrypted"
fi

echo
echo "### wrong password"
timeout "$CALL_TIMEOUT" rpcclient 'ncacn_ip_tcp:127.0.0.1[sign]' -U "$USER_NAME%wrong-password" -c epmlookup \
  >"$WORK/wrong.txt" 2>&1
tail -n 2 "$WORK/wrong.txt"
if grep -q 'abstract_syntax=' "$WORK/wrong.txt"; then fail "a wrong password was accepted"
elif grep -qE 'NT_STATUS_(RPC_SEC_PKG_ERROR|LOGON_FAILURE|ACCESS_DENIED)' "$WORK/wrong.txt"; then pass "a wrong password is refused"
else fail "a wrong password: unexpected result"; fi

echo
echo "### anonymous epm still works at level NONE"
if timeout "$CALL_TIMEOUT" rpcclient 'ncacn_ip_tcp:127.0.0.1' -U% -c epmlookup 2>&1 | grep -q 'no more entries'; then
  pass "anonymous epmlookup"
else
  fail "anonymous epmlookup"
fi

echo
echo "### named pipes on the default SMB port (serve without --smb-port listens on 445)"
if grep -q '^listening smb ncacn_np:127\.0\.0\.1\[\\PIPE\\epmapper\] smb-port 445$' "$WORK/serve.out"; then
  pass "serve listens for SMB2 on 445 by default"
else
  fail "serve did not report SMB2 on 445: $(grep '^listening smb' "$WORK/serve.out")"
fi
timeout "$CALL_TIMEOUT" rpcclient 'ncacn_np:127.0.0.1' -U "$USER_NAME%$USER_PW" -c epmlookup \
  >"$WORK/np-default-port.txt" 2>&1
tail -n 2 "$WORK/np-default-port.txt"
if grep -q 'abstract_syntax=' "$WORK/np-default-port.txt"; then
  pass "rpcclient ncacn_np:127.0.0.1 (port 445, no -p) epmlookup"
else
  fail "rpcclient over ncacn_np on 445"
fi

run_captured winrpc-epm-seal "$USER_PW" "${WINRPC[@]}" epm lookup 127.0.0.1 -U "$USER_NAME%$USER_PW" --seal
SPNEGO_SEAL=1 run_captured winrpc-epm-spnego-seal "$ADMIN_PW" "${WINRPC[@]}" epm lookup 'ncacn_ip_tcp:127.0.0.1[seal,spnego]' \
  -U "Administrator%$ADMIN_PW"
if "${WINRPC[@]}" epm lookup 127.0.0.1 -U "$USER_NAME%nope" --seal >"$WORK/ours-wrong.txt" 2>&1; then
  fail "winrpc epm lookup with a wrong password succeeded"
else
  pass "winrpc epm lookup with a wrong password fails ($(tail -n 1 "$WORK/ours-wrong.txt"))"
fi

stop_server
echo
if [ "$FAILS" -gt 0 ]; then echo "auth interop: $FAILS failure(s); artefacts in $WORK"; exit 1; fi
echo "auth interop: all checks passed (artefacts in $WORK)"
