/**
 * ClusAPI v3 resource-type methods ([MS-CMRP] 3.1.4.2.26, .27, .103): create, delete and the
 * per-type enumeration. An unknown type name is ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND.
 */
import type { ENUM_ENTRY } from '../../interfaces/clusapi3/clusapi3.gen.js';
import type { ClusterServerEnv, Res, SyncHandlers } from './call.js';
import { READ, WRITE, checkCaller, run } from './call.js';
import { ResourceTypeEnum, enumList, knownEnumBits } from './enums.js';

type ResourceTypeHandlers = SyncHandlers<
  'ApiCreateResourceType' | 'ApiDeleteResourceType' | 'ApiCreateResTypeEnum'
>;

export function resourceTypeHandlers(env: ClusterServerEnv): ResourceTypeHandlers {
  const { model } = env;
  return {
    ApiCreateResourceType(ctx, req) {
      return run<Res<'ApiCreateResourceType'>>(() => {
        checkCaller(env, ctx, WRITE);
        model.createResourceType(
          req.lpszTypeName,
          req.lpszDisplayName,
          req.lpszDllName,
          req.dwLooksAlive,
          req.dwIsAlive,
        );
        return {};
      }, {});
    },

    ApiDeleteResourceType(ctx, req) {
      return run<Res<'ApiDeleteResourceType'>>(() => {
        checkCaller(env, ctx, WRITE);
        model.deleteResourceType(req.lpszTypeName);
        return {};
      }, {});
    },

    ApiCreateResTypeEnum(ctx, req) {
      return run<Res<'ApiCreateResTypeEnum'>>(
        () => {
          checkCaller(env, ctx, READ);
          const type = model.resourceType(req.lpszTypeName);
          const t = knownEnumBits(req.dwType, ResourceTypeEnum.NODES | ResourceTypeEnum.RESOURCES);
          const entries: ENUM_ENTRY[] = [];
          // Every node has every registered type installed: the model keeps no per-node list.
          if (t & ResourceTypeEnum.NODES) {
            for (const n of model.nodes()) entries.push({ Type: ResourceTypeEnum.NODES, Name: n.name });
          }
          if (t & ResourceTypeEnum.RESOURCES) {
            for (const r of model.resourcesOfType(type.name))
              entries.push({ Type: ResourceTypeEnum.RESOURCES, Name: r.name });
          }
          return { ReturnEnum: enumList(entries) };
        },
        { ReturnEnum: null },
      );
    },
  };
}
