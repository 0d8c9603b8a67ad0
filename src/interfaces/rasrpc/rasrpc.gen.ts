// Generated from idl/rrasm.idl (interface rasrpc v1.0) by `npm run gen`.
// Do not edit: change the IDL (or idl/patches) or src/idl/emit*.ts and regenerate.

import {
  conformantArray,
  fixedArray,
  i32,
  lazy,
  pointer,
  range,
  string,
  struct,
  u32,
  u8,
  wchar,
} from '../../ndr/index.js';
import type { NdrType, Scope } from '../../ndr/index.js';
import { Win32 } from '../../errors/status.js';
import type { RpcCaller } from '../../rpc/caller.js';
import { callMethod, serveMethods } from '../../rpc/stubs.js';
import type { MethodSpec, MethodTable, StubServerOptions } from '../../rpc/stubs.js';
import type { CallContext, RpcServerInterface, SyntaxId } from '../../rpc/types.js';

// --- Types

export interface RASRPC_CALLBACKLIST {
  pszPortName: number[];
  pszDeviceName: number[];
  pszNumber: number[];
  dwDeviceType: number;
  pNext: RASRPC_CALLBACKLIST | null;
}
export const RASRPC_CALLBACKLIST_ndr: NdrType<RASRPC_CALLBACKLIST> = struct<RASRPC_CALLBACKLIST>(
  'RASRPC_CALLBACKLIST',
  [
    ['pszPortName', fixedArray(wchar, 17)],
    ['pszDeviceName', fixedArray(wchar, 129)],
    ['pszNumber', fixedArray(wchar, 129)],
    ['dwDeviceType', u32],
    [
      'pNext',
      pointer(
        'unique',
        lazy(() => RASRPC_CALLBACKLIST_ndr),
      ),
    ],
  ],
);

export interface RASRPC_LOCATIONLIST {
  dwLocationId: number;
  iPrefix: number;
  iSuffix: number;
  pNext: RASRPC_LOCATIONLIST | null;
}
export const RASRPC_LOCATIONLIST_ndr: NdrType<RASRPC_LOCATIONLIST> = struct<RASRPC_LOCATIONLIST>(
  'RASRPC_LOCATIONLIST',
  [
    ['dwLocationId', u32],
    ['iPrefix', u32],
    ['iSuffix', u32],
    [
      'pNext',
      pointer(
        'unique',
        lazy(() => RASRPC_LOCATIONLIST_ndr),
      ),
    ],
  ],
);

export interface RASRPC_PBUSER {
  fOperatorDial: number;
  fPreviewPhoneNumber: number;
  fUseLocation: number;
  fShowLights: number;
  fShowConnectStatus: number;
  fCloseOnDial: number;
  fAllowLogonPhonebookEdits: number;
  fAllowLogonLocationEdits: number;
  fSkipConnectComplete: number;
  fNewEntryWizard: number;
  dwRedialAttempts: number;
  dwRedialSeconds: number;
  dwIdleDisconnectSeconds: number;
  fRedialOnLinkFailure: number;
  fPopupOnTopWhenRedialing: number;
  fExpandAutoDialQuery: number;
  dwCallbackMode: number;
  pCallbacks: RASRPC_CALLBACKLIST | null;
  pszLastCallbackByCaller: number[];
  dwPhonebookMode: number;
  pszPersonalFile: number[];
  pszAlternatePath: number[];
  pPhonebooks: RASRPC_STRINGLIST | null;
  pAreaCodes: RASRPC_STRINGLIST | null;
  fUseAreaAndCountry: number;
  pPrefixes: RASRPC_STRINGLIST | null;
  pSuffixes: RASRPC_STRINGLIST | null;
  pLocations: RASRPC_LOCATIONLIST | null;
  dwXPhonebook: number;
  dwYPhonebook: number;
  pszDefaultEntry: number[];
  fInitialized: number;
  fDirty: number;
}
export const RASRPC_PBUSER_ndr: NdrType<RASRPC_PBUSER> = struct<RASRPC_PBUSER>('RASRPC_PBUSER', [
  ['fOperatorDial', i32],
  ['fPreviewPhoneNumber', i32],
  ['fUseLocation', i32],
  ['fShowLights', i32],
  ['fShowConnectStatus', i32],
  ['fCloseOnDial', i32],
  ['fAllowLogonPhonebookEdits', i32],
  ['fAllowLogonLocationEdits', i32],
  ['fSkipConnectComplete', i32],
  ['fNewEntryWizard', i32],
  ['dwRedialAttempts', u32],
  ['dwRedialSeconds', u32],
  ['dwIdleDisconnectSeconds', u32],
  ['fRedialOnLinkFailure', i32],
  ['fPopupOnTopWhenRedialing', i32],
  ['fExpandAutoDialQuery', i32],
  ['dwCallbackMode', u32],
  ['pCallbacks', pointer('unique', RASRPC_CALLBACKLIST_ndr)],
  ['pszLastCallbackByCaller', fixedArray(wchar, 129)],
  ['dwPhonebookMode', u32],
  ['pszPersonalFile', fixedArray(wchar, 260)],
  ['pszAlternatePath', fixedArray(wchar, 260)],
  [
    'pPhonebooks',
    pointer(
      'unique',
      lazy(() => RASRPC_STRINGLIST_ndr),
    ),
  ],
  [
    'pAreaCodes',
    pointer(
      'unique',
      lazy(() => RASRPC_STRINGLIST_ndr),
    ),
  ],
  ['fUseAreaAndCountry', i32],
  [
    'pPrefixes',
    pointer(
      'unique',
      lazy(() => RASRPC_STRINGLIST_ndr),
    ),
  ],
  [
    'pSuffixes',
    pointer(
      'unique',
      lazy(() => RASRPC_STRINGLIST_ndr),
    ),
  ],
  ['pLocations', pointer('unique', RASRPC_LOCATIONLIST_ndr)],
  ['dwXPhonebook', u32],
  ['dwYPhonebook', u32],
  ['pszDefaultEntry', fixedArray(wchar, 257)],
  ['fInitialized', i32],
  ['fDirty', i32],
]);

export interface RASRPC_STRINGLIST {
  psz: number[];
  pNext: RASRPC_STRINGLIST | null;
}
export const RASRPC_STRINGLIST_ndr: NdrType<RASRPC_STRINGLIST> = struct<RASRPC_STRINGLIST>(
  'RASRPC_STRINGLIST',
  [
    ['psz', fixedArray(wchar, 256)],
    [
      'pNext',
      pointer(
        'unique',
        lazy(() => RASRPC_STRINGLIST_ndr),
      ),
    ],
  ],
);

// --- Interface syntax and opnums

export const RasrpcSyntax: SyntaxId = { uuid: '20610036-fa22-11cf-9823-00a0c911e5df', major: 1, minor: 0 };
/** Every opnum of rasrpc v1.0; index = opnum. */
export const RasrpcOpnums = {
  syntax: RasrpcSyntax,
  ops: [
    { opnum: 0, name: 'Opnum0NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 1, name: 'Opnum1NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 2, name: 'Opnum2NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 3, name: 'Opnum3NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 4, name: 'Opnum4NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 5, name: 'RasRpcDeleteEntry', kind: 'method' },
    { opnum: 6, name: 'Opnum6NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 7, name: 'Opnum7NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 8, name: 'Opnum8NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 9, name: 'RasRpcGetUserPreferences', kind: 'method' },
    { opnum: 10, name: 'RasRpcSetUserPreferences', kind: 'method' },
    { opnum: 11, name: 'RasRpcGetSystemDirectory', kind: 'method' },
    { opnum: 12, name: 'RasRpcSubmitRequest', kind: 'method' },
    { opnum: 13, name: 'Opnum13NotUsedOnWire', kind: 'notUsedOnWire' },
    { opnum: 14, name: 'RasRpcGetInstalledProtocolsEx', kind: 'method' },
    { opnum: 15, name: 'RasRpcGetVersion', kind: 'method' },
    { opnum: 16, name: 'Opnum16NotUsedOnWire', kind: 'notUsedOnWire' },
  ],
} as const;
export const RasrpcOpnum = {
  RasRpcDeleteEntry: 5,
  RasRpcGetUserPreferences: 9,
  RasRpcSetUserPreferences: 10,
  RasRpcGetSystemDirectory: 11,
  RasRpcSubmitRequest: 12,
  RasRpcGetInstalledProtocolsEx: 14,
  RasRpcGetVersion: 15,
} as const;

// --- Methods: request / response types and wire descriptions

export type RasRpcDeleteEntryRequest = {
  lpszPhonebook: string;
  lpszEntry: string;
};
export type RasRpcDeleteEntryResponse = {
  ret: number;
};
const RasRpcDeleteEntry_spec: MethodSpec<RasRpcDeleteEntryRequest, RasRpcDeleteEntryResponse> = {
  opnum: 5,
  name: 'RasRpcDeleteEntry',
  request: [
    ['lpszPhonebook', pointer('ref', string('utf16'))],
    ['lpszEntry', pointer('ref', string('utf16'))],
  ],
  response: [['ret', u32]],
  notImplemented: (_req: RasRpcDeleteEntryRequest): RasRpcDeleteEntryResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RasRpcGetUserPreferencesRequest = {
  pUser: RASRPC_PBUSER;
  dwMode: number;
};
export type RasRpcGetUserPreferencesResponse = {
  pUser: RASRPC_PBUSER;
  ret: number;
};
const RasRpcGetUserPreferences_spec: MethodSpec<
  RasRpcGetUserPreferencesRequest,
  RasRpcGetUserPreferencesResponse
> = {
  opnum: 9,
  name: 'RasRpcGetUserPreferences',
  request: [
    ['pUser', pointer('ref', RASRPC_PBUSER_ndr)],
    ['dwMode', u32],
  ],
  response: [
    ['pUser', pointer('ref', RASRPC_PBUSER_ndr)],
    ['ret', u32],
  ],
  notImplemented: (req: RasRpcGetUserPreferencesRequest): RasRpcGetUserPreferencesResponse => ({
    pUser: req.pUser,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RasRpcSetUserPreferencesRequest = {
  pUser: RASRPC_PBUSER;
  dwMode: number;
};
export type RasRpcSetUserPreferencesResponse = {
  ret: number;
};
const RasRpcSetUserPreferences_spec: MethodSpec<
  RasRpcSetUserPreferencesRequest,
  RasRpcSetUserPreferencesResponse
> = {
  opnum: 10,
  name: 'RasRpcSetUserPreferences',
  request: [
    ['pUser', pointer('ref', RASRPC_PBUSER_ndr)],
    ['dwMode', u32],
  ],
  response: [['ret', u32]],
  notImplemented: (_req: RasRpcSetUserPreferencesRequest): RasRpcSetUserPreferencesResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RasRpcGetSystemDirectoryRequest = {
  lpBuffer: string;
  uSize: number;
};
export type RasRpcGetSystemDirectoryResponse = {
  lpBuffer: string;
  ret: number;
};
const RasRpcGetSystemDirectory_spec: MethodSpec<
  RasRpcGetSystemDirectoryRequest,
  RasRpcGetSystemDirectoryResponse
> = {
  opnum: 11,
  name: 'RasRpcGetSystemDirectory',
  request: [
    ['lpBuffer', pointer('ref', string('utf16', { size: (s: Scope) => s.uSize as number }))],
    ['uSize', range(u32, 0, 260)],
  ],
  response: [
    ['lpBuffer', pointer('ref', string('utf16', { size: (s: Scope) => s.uSize as number }))],
    ['ret', u32],
  ],
};

export type RasRpcSubmitRequestRequest = {
  pReqBuffer: Uint8Array | null;
  dwcbBufSize: number;
};
export type RasRpcSubmitRequestResponse = {
  pReqBuffer: Uint8Array | null;
  ret: number;
};
const RasRpcSubmitRequest_spec: MethodSpec<RasRpcSubmitRequestRequest, RasRpcSubmitRequestResponse> = {
  opnum: 12,
  name: 'RasRpcSubmitRequest',
  request: [
    ['pReqBuffer', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.dwcbBufSize as number }))],
    ['dwcbBufSize', u32],
  ],
  response: [
    ['pReqBuffer', pointer('unique', conformantArray(u8, { size: (s: Scope) => s.dwcbBufSize as number }))],
    ['ret', u32],
  ],
  notImplemented: (req: RasRpcSubmitRequestRequest): RasRpcSubmitRequestResponse => ({
    pReqBuffer: req.pReqBuffer,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RasRpcGetInstalledProtocolsExRequest = {
  fRouter: number;
  fRasCli: number;
  fRasSrv: number;
};
export type RasRpcGetInstalledProtocolsExResponse = {
  ret: number;
};
const RasRpcGetInstalledProtocolsEx_spec: MethodSpec<
  RasRpcGetInstalledProtocolsExRequest,
  RasRpcGetInstalledProtocolsExResponse
> = {
  opnum: 14,
  name: 'RasRpcGetInstalledProtocolsEx',
  request: [
    ['fRouter', i32],
    ['fRasCli', i32],
    ['fRasSrv', i32],
  ],
  response: [['ret', u32]],
  notImplemented: (_req: RasRpcGetInstalledProtocolsExRequest): RasRpcGetInstalledProtocolsExResponse => ({
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

export type RasRpcGetVersionRequest = {
  pdwVersion: number;
};
export type RasRpcGetVersionResponse = {
  pdwVersion: number;
  ret: number;
};
const RasRpcGetVersion_spec: MethodSpec<RasRpcGetVersionRequest, RasRpcGetVersionResponse> = {
  opnum: 15,
  name: 'RasRpcGetVersion',
  request: [['pdwVersion', pointer('ref', u32)]],
  response: [
    ['pdwVersion', pointer('ref', u32)],
    ['ret', u32],
  ],
  notImplemented: (req: RasRpcGetVersionRequest): RasRpcGetVersionResponse => ({
    pdwVersion: req.pdwVersion,
    ret: Win32.ERROR_CALL_NOT_IMPLEMENTED,
  }),
};

/** Method wire descriptions by opnum; undefined for not-used-on-wire and reserved slots. */
export const RasrpcMethods: MethodTable = [
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  RasRpcDeleteEntry_spec,
  undefined,
  undefined,
  undefined,
  RasRpcGetUserPreferences_spec,
  RasRpcSetUserPreferences_spec,
  RasRpcGetSystemDirectory_spec,
  RasRpcSubmitRequest_spec,
  undefined,
  RasRpcGetInstalledProtocolsEx_spec,
  RasRpcGetVersion_spec,
  undefined,
];

// --- Client

export class RasrpcClient {
  constructor(private readonly caller: RpcCaller) {}
  RasRpcDeleteEntry(req: RasRpcDeleteEntryRequest): Promise<RasRpcDeleteEntryResponse> {
    return callMethod(this.caller, RasRpcDeleteEntry_spec, req);
  }
  RasRpcGetUserPreferences(req: RasRpcGetUserPreferencesRequest): Promise<RasRpcGetUserPreferencesResponse> {
    return callMethod(this.caller, RasRpcGetUserPreferences_spec, req);
  }
  RasRpcSetUserPreferences(req: RasRpcSetUserPreferencesRequest): Promise<RasRpcSetUserPreferencesResponse> {
    return callMethod(this.caller, RasRpcSetUserPreferences_spec, req);
  }
  RasRpcGetSystemDirectory(req: RasRpcGetSystemDirectoryRequest): Promise<RasRpcGetSystemDirectoryResponse> {
    return callMethod(this.caller, RasRpcGetSystemDirectory_spec, req);
  }
  RasRpcSubmitRequest(req: RasRpcSubmitRequestRequest): Promise<RasRpcSubmitRequestResponse> {
    return callMethod(this.caller, RasRpcSubmitRequest_spec, req);
  }
  RasRpcGetInstalledProtocolsEx(
    req: RasRpcGetInstalledProtocolsExRequest,
  ): Promise<RasRpcGetInstalledProtocolsExResponse> {
    return callMethod(this.caller, RasRpcGetInstalledProtocolsEx_spec, req);
  }
  RasRpcGetVersion(req: RasRpcGetVersionRequest): Promise<RasRpcGetVersionResponse> {
    return callMethod(this.caller, RasRpcGetVersion_spec, req);
  }
}

// --- Server

export interface RasrpcHandlers {
  RasRpcDeleteEntry(
    ctx: CallContext,
    req: RasRpcDeleteEntryRequest,
  ): Promise<RasRpcDeleteEntryResponse> | RasRpcDeleteEntryResponse;
  RasRpcGetUserPreferences(
    ctx: CallContext,
    req: RasRpcGetUserPreferencesRequest,
  ): Promise<RasRpcGetUserPreferencesResponse> | RasRpcGetUserPreferencesResponse;
  RasRpcSetUserPreferences(
    ctx: CallContext,
    req: RasRpcSetUserPreferencesRequest,
  ): Promise<RasRpcSetUserPreferencesResponse> | RasRpcSetUserPreferencesResponse;
  RasRpcGetSystemDirectory(
    ctx: CallContext,
    req: RasRpcGetSystemDirectoryRequest,
  ): Promise<RasRpcGetSystemDirectoryResponse> | RasRpcGetSystemDirectoryResponse;
  RasRpcSubmitRequest(
    ctx: CallContext,
    req: RasRpcSubmitRequestRequest,
  ): Promise<RasRpcSubmitRequestResponse> | RasRpcSubmitRequestResponse;
  RasRpcGetInstalledProtocolsEx(
    ctx: CallContext,
    req: RasRpcGetInstalledProtocolsExRequest,
  ): Promise<RasRpcGetInstalledProtocolsExResponse> | RasRpcGetInstalledProtocolsExResponse;
  RasRpcGetVersion(
    ctx: CallContext,
    req: RasRpcGetVersionRequest,
  ): Promise<RasRpcGetVersionResponse> | RasRpcGetVersionResponse;
}
/** Dispatches rasrpc calls to `handlers`; a missing handler answers ERROR_CALL_NOT_IMPLEMENTED. */
export function createRasrpcServer(
  handlers: Partial<RasrpcHandlers>,
  opts: StubServerOptions = {},
): RpcServerInterface {
  return serveMethods(
    { name: 'rasrpc', syntax: RasrpcSyntax, transferSyntaxes: ['ndr20'], methods: RasrpcMethods },
    handlers,
    opts,
  );
}
