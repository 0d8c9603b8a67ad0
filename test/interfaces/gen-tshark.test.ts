/**
 * An independent oracle for the generated codecs: Wireshark's own dissectors (tshark; its clusapi,
 * epm and mgmt dissectors come from other people's IDL) must decode requests and responses built
 * by the generated method tables — random valid values for every method — without a malformed
 * packet or an expert error. NDR20 only: that is what tshark's interface dissectors decode (and
 * only clusapi v3 of the two ClusAPI versions; DIMSVC / RASRPC get opnum names only).
 * Skipped when tshark / text2pcap are not installed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compileIdl } from '../../src/idl/compile.js';
import { findInterface } from '../../src/idl/emit.js';
import { Clusapi3Methods } from '../../src/interfaces/clusapi3/clusapi3.gen.js';
import { EpmMethods } from '../../src/interfaces/epm/epm.gen.js';
import { MgmtMethods } from '../../src/interfaces/mgmt/mgmt.gen.js';
import { encodePdu, PfcFlags } from '../../src/rpc/pdu.js';
import { encodeRequest, encodeResponse, type MethodTable } from '../../src/rpc/stubs.js';
import { NDR20_SYNTAX, type SyntaxId } from '../../src/rpc/types.js';
import { repoRoot } from '../idl/helpers.js';
import { ValueArbitraries } from './gen-arbitrary.js';

const PORT = 49999;
const haveTools = ['tshark', 'text2pcap'].every((t) => spawnSync('which', [t]).status === 0);

interface Target {
  readonly file: string;
  readonly name: string;
  readonly version: string;
  readonly methods: MethodTable;
  /** Wireshark's display-filter name of the interface's dissector. */
  readonly proto: string;
  /**
   * Opnums where Wireshark's dissector (generated from Samba's IDL) disagrees with the spec IDL,
   * each with the reason; their traffic is still built, only not judged.
   */
  readonly divergent?: Readonly<Record<number, string>>;
  /** Makes a random value meaningful where the dissector looks inside opaque bytes. */
  readonly fixup?: (value: unknown) => unknown;
}

/** A well-formed one-floor protocol tower (ncacn_ip_tcp port 135) for the EPM dissector to parse. */
const VALID_TOWER = Uint8Array.of(1, 0, 1, 0, 0x07, 2, 0, 0, 0x87);

function withValidTowers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withValidTowers);
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  const o = value as Record<string, unknown>;
  if ('tower_length' in o && 'tower_octet_string' in o) {
    return { tower_length: VALID_TOWER.length, tower_octet_string: VALID_TOWER };
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, withValidTowers(v)]));
}

const TARGETS: readonly Target[] = [
  {
    file: 'cmrp.idl',
    name: 'clusapi',
    version: '3.0',
    methods: Clusapi3Methods,
    proto: 'clusapi',
    divergent: {
      87: 'ApiSetNetworkPriorityOrder: [string, size_is(n)] LPWSTR list[*] is n pointers to strings; Samba reads one string',
      139: 'ApiGetNotifyV2: NOTIFICATION_RPC.dwNotifyKey is DWORD_PTR (__int3264); Samba declares a pointer',
    },
  },
  { file: 'epm.idl', name: 'epm', version: '3.0', methods: EpmMethods, proto: 'epm', fixup: withValidTowers },
  { file: 'mgmt.idl', name: 'mgmt', version: '1.0', methods: MgmtMethods, proto: 'mgmt' },
];
const SAMPLES = 3;

function hexdump(bytes: Uint8Array, dir: 'I' | 'O'): string {
  const lines: string[] = [dir];
  for (let off = 0; off < bytes.length; off += 16) {
    const row = Array.from(bytes.subarray(off, off + 16), (b) => b.toString(16).padStart(2, '0')).join(' ');
    lines.push(`${off.toString(16).padStart(6, '0')} ${row}`);
  }
  return lines.join('\n') + '\n';
}

/** bind + bind_ack, then a request and response per sample per method, as text2pcap input. */
function conversation(
  syntax: SyntaxId,
  calls: readonly { opnum: number; req: Uint8Array; resp: Uint8Array }[],
): string {
  const flags = PfcFlags.FIRST_FRAG | PfcFlags.LAST_FRAG;
  const out: string[] = [
    hexdump(
      encodePdu({
        type: 'bind',
        callId: 1,
        flags,
        maxXmitFrag: 5840,
        maxRecvFrag: 5840,
        assocGroupId: 0,
        contexts: [{ contextId: 0, abstractSyntax: syntax, transferSyntaxes: [NDR20_SYNTAX] }],
      }),
      'O',
    ),
    hexdump(
      encodePdu({
        type: 'bind_ack',
        callId: 1,
        flags,
        maxXmitFrag: 5840,
        maxRecvFrag: 5840,
        assocGroupId: 0x1234,
        secAddr: String(PORT),
        results: [{ result: 0, reason: 0, transferSyntax: NDR20_SYNTAX }],
      }),
      'I',
    ),
  ];
  calls.forEach((c, i) => {
    const callId = i + 2;
    const base = { callId, flags, contextId: 0 };
    out.push(
      hexdump(
        encodePdu({ ...base, type: 'request', allocHint: c.req.length, opnum: c.opnum, stub: c.req }),
        'O',
      ),
    );
    out.push(
      hexdump(
        encodePdu({ ...base, type: 'response', allocHint: c.resp.length, cancelCount: 0, stub: c.resp }),
        'I',
      ),
    );
  });
  return out.join('');
}

describe(
  'generated codecs as Wireshark dissects them (NDR20)',
  { skip: !haveTools && 'tshark/text2pcap not installed' },
  () => {
    const root = repoRoot();
    const idlDir = join(root, 'idl');
    for (const t of TARGETS) {
      it(`${t.name} v${t.version}: every method's request and response dissect cleanly`, () => {
        const model = compileIdl(join(idlDir, t.file), {
          includeDirs: [idlDir],
          patchesDir: join(idlDir, 'patches'),
        });
        const iface = findInterface(model, t.name, t.version);
        const arbs = new ValueArbitraries(model);
        const calls: { opnum: number; req: Uint8Array; resp: Uint8Array }[] = [];
        for (const m of iface.methods) {
          const spec = t.methods[m.opnum];
          if (m.kind !== 'method' || !spec) continue;
          for (const drawn of fc.sample(arbs.method(m), { numRuns: SAMPLES, seed: m.opnum })) {
            const { req, resp } = (t.fixup ? t.fixup(drawn) : drawn) as typeof drawn;
            calls.push({
              opnum: m.opnum,
              req: Uint8Array.from(encodeRequest(spec, 'ndr20', req)),
              resp: Uint8Array.from(encodeResponse(spec, 'ndr20', req, resp)),
            });
          }
        }
        const dir = mkdtempSync(join(tmpdir(), 'winrpc-gen-tshark-'));
        try {
          const txt = join(dir, 'calls.txt');
          const pcap = join(dir, 'calls.pcap');
          writeFileSync(
            txt,
            conversation({ uuid: iface.uuid, major: iface.version.major, minor: iface.version.minor }, calls),
          );
          const conv = spawnSync('text2pcap', ['-q', '-D', '-T', `50000,${PORT}`, txt, pcap], {
            encoding: 'utf8',
          });
          assert.equal(conv.status, 0, conv.stderr);
          const ts = spawnSync(
            'tshark',
            [
              '-r',
              pcap,
              '-d',
              `tcp.port==${PORT},dcerpc`,
              '-Y',
              '_ws.malformed || _ws.expert.severity >= "error"',
              '-T',
              'fields',
              '-e',
              'frame.number',
              '-e',
              'dcerpc.opnum',
              '-e',
              '_ws.expert.message',
            ],
            { encoding: 'utf8', maxBuffer: 64 << 20 },
          );
          assert.equal(ts.status, 0, ts.stderr);
          const bad = ts.stdout
            .split('\n')
            .filter((line) => line && !(Number(line.split('\t')[1]) in (t.divergent ?? {})));
          assert.deepEqual(bad, [], `frames tshark flags (frame, opnum, message):\n${bad.join('\n')}`);
          // The interface dissector must actually have run on every request and response.
          const dissected = spawnSync(
            'tshark',
            [
              '-r',
              pcap,
              '-d',
              `tcp.port==${PORT},dcerpc`,
              '-Y',
              `${t.proto} && (dcerpc.pkt_type == 0 || dcerpc.pkt_type == 2)`,
              '-T',
              'fields',
              '-e',
              'frame.number',
            ],
            { encoding: 'utf8' },
          );
          assert.equal(
            dissected.stdout.trim().split('\n').filter(Boolean).length,
            2 * calls.length,
            `frames dissected as ${t.proto}`,
          );
        } finally {
          // GEN_TSHARK_KEEP=1 keeps the capture for a look with tshark -V.
          if (process.env.GEN_TSHARK_KEEP) console.log(`capture kept in ${dir}`);
          else rmSync(dir, { recursive: true, force: true });
        }
      });
    }
  },
);
