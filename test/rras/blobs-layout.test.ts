/**
 * Every hand-written offset table is checked against the C natural-alignment rules (MSVC: each
 * member on a multiple of its alignment, the structure padded to its largest member alignment).
 * A typo in an offset or a size therefore fails here before any vector is compared.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  U8,
  alignOf,
  alignUp,
  layoutAlign,
  nested,
  widthOf,
  type FieldSpec,
  type Layout,
} from '../../src/rras/blobs/layout.js';
import * as blobs from '../../src/rras/blobs/index.js';
import {
  IKEV2_PROJECTION_INFO_2_LAYOUT,
  PPP_PROJECTION_INFO_2_LAYOUT,
  RAS_CONNECTION_4_FIELDS,
  RAS_CONNECTION_4_PROJECTION,
} from '../../src/rras/blobs/connection.js';
import {
  PPP_ATCP_INFO_LAYOUT,
  PPP_CCP_INFO_LAYOUT,
  PPP_IPCP_INFO2_LAYOUT,
  PPP_IPCP_INFO_LAYOUT,
  PPP_IPV6_CP_INFO_LAYOUT,
  PPP_IPXCP_INFO_LAYOUT,
  PPP_LCP_INFO_LAYOUT,
  PPP_NBFCP_INFO_LAYOUT,
} from '../../src/rras/blobs/ppp.js';
import { MPR_DEVICE_1_LAYOUT } from '../../src/rras/blobs/device.js';

function checkCLayout(name: string, fields: readonly FieldSpec[], size: number): void {
  let end = 0;
  let maxAlign = 1;
  for (const f of fields) {
    const a = alignOf(f.kind);
    maxAlign = Math.max(maxAlign, a);
    assert.equal(f.offset, alignUp(end, a), `${name}.${f.field}: offset`);
    end = f.offset + widthOf(f.kind);
  }
  assert.equal(size, alignUp(end, maxAlign), `${name}: sizeof`);
}

const check = (l: Layout<object>): void => checkCLayout(l.name, l.fields, l.size);

describe('RRASM blob layouts follow C natural alignment', () => {
  const plain: Layout<object>[] = [
    blobs.MPR_SERVER_0_LAYOUT,
    blobs.MPR_SERVER_1_LAYOUT,
    blobs.MPR_SERVER_2_LAYOUT,
    PPP_NBFCP_INFO_LAYOUT,
    PPP_IPCP_INFO_LAYOUT,
    PPP_IPCP_INFO2_LAYOUT,
    PPP_IPXCP_INFO_LAYOUT,
    PPP_IPV6_CP_INFO_LAYOUT,
    PPP_ATCP_INFO_LAYOUT,
    PPP_CCP_INFO_LAYOUT,
    PPP_LCP_INFO_LAYOUT,
    blobs.PPP_INFO_LAYOUT,
    blobs.PPP_INFO_2_LAYOUT,
    blobs.PPP_INFO_3_LAYOUT,
    blobs.RASI_PORT_0_LAYOUT,
    blobs.RASI_PORT_1_LAYOUT,
    blobs.RASI_CONNECTION_0_LAYOUT,
    blobs.RASI_CONNECTION_1_LAYOUT,
    blobs.RASI_CONNECTION_2_LAYOUT,
    blobs.RASI_CONNECTION_3_LAYOUT,
    PPP_PROJECTION_INFO_2_LAYOUT,
    IKEV2_PROJECTION_INFO_2_LAYOUT,
    blobs.MPRI_INTERFACE_0_LAYOUT,
    blobs.MPRI_INTERFACE_1_LAYOUT,
    blobs.MPRI_INTERFACE_2_LAYOUT,
    blobs.MPRI_INTERFACE_3_LAYOUT,
    blobs.MPR_DEVICE_0_LAYOUT,
    MPR_DEVICE_1_LAYOUT,
    blobs.GLOBAL_INFO_LAYOUT,
    blobs.INTERFACE_STATUS_INFO_LAYOUT,
    blobs.MPR_FILTER_0_LAYOUT,
    blobs.MIB_IPFORWARDROW_LAYOUT,
    blobs.RAS_DEVICE_INFO_LAYOUT,
    blobs.RASMAN_PORT_32_LAYOUT,
    blobs.RASMAN_INFO_LAYOUTS[4],
    blobs.RASMAN_INFO_LAYOUTS[8],
  ];
  for (const l of plain) it(`${l.name} (${l.size} bytes)`, () => check(l));

  it('RAS_CONNECTION_4_IDL with its encapsulated union (1680 bytes)', () => {
    // The union arm as C sees it: { UCHAR projectionInfoType; union { PPP 200 | IKEv2 144 } }.
    const unionLayout: Layout<object> = {
      name: 'PROJECTION_INFO_IDL_2',
      size: RAS_CONNECTION_4_PROJECTION.size,
      fields: [
        { field: 'projectionInfoType', offset: 0, kind: U8 },
        { field: 'ProjectionInfoObject', offset: 8, kind: nested(PPP_PROJECTION_INFO_2_LAYOUT) },
      ],
    };
    check(unionLayout);
    assert.equal(layoutAlign(IKEV2_PROJECTION_INFO_2_LAYOUT), 8);
    assert.ok(IKEV2_PROJECTION_INFO_2_LAYOUT.size <= PPP_PROJECTION_INFO_2_LAYOUT.size);
    const fields = [...RAS_CONNECTION_4_FIELDS];
    const at = fields.findIndex((f) => f.field === 'hConnection');
    fields.splice(at, 0, {
      field: 'ProjectionInfo',
      offset: RAS_CONNECTION_4_PROJECTION.offset,
      kind: nested(unionLayout),
    });
    checkCLayout('RAS_CONNECTION_4_IDL', fields, blobs.RAS_CONNECTION_4_SIZE);
  });

  it('INTERFACE_ROUTE_INFO: both union arms fit 48 bytes and the common tail follows (72 bytes)', () => {
    const { v4, v6, common } = blobs.INTERFACE_ROUTE_INFO_LAYOUTS;
    const armEnd = (l: Layout<object>): number =>
      Math.max(...l.fields.map((f) => f.offset + widthOf(f.kind)));
    assert.equal(armEnd(v4), 36);
    assert.equal(armEnd(v6), 48);
    checkCLayout(
      'INTERFACE_ROUTE_INFO',
      [{ field: 'u', offset: 0, kind: { t: 'bytes', n: 48 } }, ...common.fields],
      72,
    );
    checkCLayout('v4 arm', v4.fields, 36);
    checkCLayout('v6 arm', v6.fields, 48);
  });

  it('exported sizes match the spec-derived numbers', () => {
    assert.deepEqual(
      {
        s0: blobs.MPR_SERVER_0_SIZE,
        s2: blobs.MPR_SERVER_2_SIZE,
        p0: blobs.RASI_PORT_0_SIZE,
        p1: blobs.RASI_PORT_1_SIZE,
        c0: blobs.RASI_CONNECTION_0_SIZE,
        c1: blobs.RASI_CONNECTION_1_SIZE,
        c2: blobs.RASI_CONNECTION_2_SIZE,
        c3: blobs.RASI_CONNECTION_3_SIZE,
        c4: blobs.RAS_CONNECTION_4_SIZE,
        i0: blobs.MPRI_INTERFACE_0_SIZE,
        i1: blobs.MPRI_INTERFACE_1_SIZE,
        i2: blobs.MPRI_INTERFACE_2_SIZE,
        i3: blobs.MPRI_INTERFACE_3_SIZE,
        d0: blobs.MPR_DEVICE_0_SIZE,
        d1: blobs.MPR_DEVICE_1_SIZE,
        rdi: blobs.RAS_DEVICE_INFO_SIZE,
        rp: blobs.RASMAN_PORT_32_SIZE,
        row: blobs.MIB_IPFORWARDROW_SIZE,
        info4: blobs.INFO_SIZE[4],
        info8: blobs.INFO_SIZE[8],
      },
      {
        s0: 16,
        s2: 24,
        p0: 380,
        p1: 64,
        c0: 1116,
        c1: 272,
        c2: 828,
        c3: 788,
        c4: 1680,
        i0: 540,
        i1: 544,
        i2: 2468,
        i3: 2508,
        d0: 292,
        d1: 556,
        rdi: 472, // the spec's own figure: "rdi (472 bytes)" in GetSetCalledId (2.2.1.2.220)
        rp: 208,
        row: 56,
        info4: 920,
        info8: 928,
      },
    );
  });
});
