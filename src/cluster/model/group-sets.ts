/**
 * Group sets and group-level dependencies ([MS-CMRP] 3.1.1.1.5, 3.1.4.2.146-165): named containers
 * of groups with start-ordering dependencies between sets, groups depending on groups (an AND-only
 * expression) and on at most one set. The cluster model owns transactions and events; this class
 * holds the rules and the two collections it persists in.
 */
import { ClusterStatus, Win32 } from '../../errors/status.js';
import type { JsonValue, Store } from '../../store/store.js';
import { ClusterError } from './errors.js';
import type { ClusterEvent } from './events.js';
import { MAX_OBJECT_NAME, foldName, sameName } from './names.js';
import type { CommonPropertyDef, Property, PropertyBag, PropValue } from './properties.js';
import { dword, readCommon, sz, ularge, writeCommon } from './properties.js';
import type { ClusterGroup } from './types.js';
import { GroupState, GroupType } from './types.js';

export const GroupSetCollections = {
  /** One document per set, keyed by set id. */
  sets: 'cluster.groupsets',
  /** One document per group that has group-level dependencies, keyed by group id. */
  groupDeps: 'cluster.groupdeps',
} as const;

export interface GroupSetDomain {
  readonly fault: number;
  readonly update: number;
}

export interface ClusterGroupSet {
  readonly id: string;
  readonly name: string;
  /** Member group ids in the order they joined; a group belongs to at most one set. */
  readonly groups: readonly string[];
  /** Ids of the sets this set depends on (all must be ready before it starts). */
  readonly providers: readonly string[];
  /** Fault and update domain of members placed with ApiAddGroupToGroupSetEx, by group id. */
  readonly domains: { readonly [groupId: string]: GroupSetDomain };
  readonly common: PropertyBag;
}

export interface GroupDependencies {
  /** Provider group ids (the AND of ApiSetGroupDependencyExpression). */
  readonly groups: readonly string[];
  /** The one set the group depends on (ApiAddGroupToGroupSetDependency), if any. */
  readonly groupSet: string | null;
}

/** CLUSGRPGROUPSET_STATUS_* bits of the read-only StatusInformation property. */
export const GroupSetStatus = {
  GROUPS_PENDING: 1,
  GROUPS_ONLINE: 2,
  OS_HEARTBEAT: 4,
  APPLICATION_READY: 8,
} as const;

/** GROUPSET_READY_SETTING_* values of StartupSetting. */
export const GroupSetReadySetting = { DELAY: 1, ONLINE: 2, OS_HEARTBEAT: 3, APPLICATION_READY: 4 } as const;

type SetView = ClusterGroupSet & { readonly status: number };

/**
 * Common properties as Windows names them (CLUSREG_NAME_GROUPSET_*). Defaults are what
 * New-ClusterGroupSet reports on Windows Server 2016 (StartupDelayTrigger Delay, StartupCount
 * 4294967295, IsGlobal False, StartupDelay 20 — the Failover Clustering team's "Sets for Start
 * Ordering" post, 2016); bounds from the "Groupset Common Properties" reference.
 */
export const GROUPSET_COMMON: readonly CommonPropertyDef<SetView>[] = [
  { name: 'Name', type: 'sz', compute: (s) => sz(s.name) },
  {
    name: 'StartupSetting',
    type: 'dword',
    default: dword(GroupSetReadySetting.DELAY),
    min: GroupSetReadySetting.DELAY,
    max: GroupSetReadySetting.APPLICATION_READY,
  },
  { name: 'StartupCount', type: 'dword', default: dword(0xffffffff) },
  { name: 'StartupDelay', type: 'dword', default: dword(20) },
  { name: 'IsGlobal', type: 'dword', default: dword(0), min: 0, max: 1 },
  { name: 'StatusInformation', type: 'ularge_integer', compute: (s) => ularge(s.status) },
];

export const GROUPSET_LIMITS = { sets: 1024, providerGroups: 256, expression: 64 * 1024 } as const;

/** What the cluster model lends this class: its store, transactions, events and groups. */
export interface GroupSetHost {
  readonly store: Store;
  /** Runs `fn` as one transaction; events emitted inside are announced after commit. */
  mutate<T>(fn: () => T): T;
  emit(event: ClusterEvent): void;
  newId(): string;
  groups(): ClusterGroup[];
  /** A group by name or id; ERROR_GROUP_NOT_FOUND otherwise. */
  group(nameOrId: string): ClusterGroup;
  groupState(id: string): GroupState;
}

type SetDoc = {
  id: string;
  name: string;
  groups: string[];
  providers: string[];
  domains: Record<string, GroupSetDomain>;
  common: PropertyBag;
};
type DepsDoc = { groups: string[]; groupSet: string | null };

const S = ClusterStatus;
const { ERROR_INVALID_PARAMETER, ERROR_INVALID_NAME, ERROR_ALREADY_EXISTS } = Win32;

const fail = (status: number, detail?: string): never => {
  throw new ClusterError(status, detail);
};

function checkName(name: string): string {
  if (typeof name !== 'string' || name.length === 0) fail(ERROR_INVALID_NAME, 'name must not be empty');
  if (name.length > MAX_OBJECT_NAME || name.includes('\0'))
    fail(ERROR_INVALID_PARAMETER, 'name too long or contains NUL');
  return name;
}

/**
 * The AND-only expressions of 3.1.4.2.157 and .159: `[a] and [b]`, where "(", ")", "{" and "}"
 * only group and are ignored; "or" is refused (ERROR_INVALID_PARAMETER). Blank means "none".
 */
export function parseAndExpression(src: string): string[] {
  const bad = (why: string): never => fail(ERROR_INVALID_PARAMETER, `dependency expression: ${why}`);
  if (typeof src !== 'string' || src.length > GROUPSET_LIMITS.expression) bad('too long');
  const refs: string[] = [];
  let expectRef = true;
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c) || c === '(' || c === ')' || c === '{' || c === '}') {
      i++;
    } else if (c === '[') {
      if (!expectRef) bad(`"and" expected at offset ${i}`);
      const end = src.indexOf(']', i + 1);
      if (end < 0) bad('unterminated [');
      const ref = src.slice(i + 1, end);
      if (ref.length === 0) bad('empty reference');
      refs.push(ref);
      expectRef = false;
      i = end + 1;
    } else {
      const word = /^[A-Za-z]+/.exec(src.slice(i))?.[0] ?? '';
      const w = word.toLowerCase();
      if (w === 'or') bad('"or" is not allowed');
      if (w !== 'and' || expectRef) bad(`unexpected text at offset ${i}`);
      expectRef = true;
      i += word.length;
    }
  }
  if (refs.length > 0 && expectRef) bad('expression ends with "and"');
  return refs;
}

export function formatAndExpression(names: readonly string[]): string {
  return names.map((n) => `[${n}]`).join(' and ');
}

/**
 * The set the core cluster group is placed in by default. A global set is the one everything else
 * waits for ("All groups and group sets have an implicit dependency on a group set that is
 * designated as global", [MS-CMRP] 3.1.1.1.5; IsGlobal: "must be started and ready before any other
 * sets", Groupset Common Properties reference), which is the core group's role at cluster start.
 * Named after the group it holds; the exact name Windows gives it is not documented.
 */
export const CORE_GROUP_SET_NAME = 'Cluster Group';

/**
 * Gives a stored cluster without group sets its default core set (a schema migration for states
 * written before group sets existed). `groups` are the stored group documents.
 */
export function seedCoreGroupSet(
  store: Store,
  groups: readonly { id: string; groupType: number }[],
  newId: () => string,
): void {
  if (store.list(GroupSetCollections.sets).length > 0) return;
  const core = groups.find((g) => g.groupType === GroupType.CoreCluster);
  if (!core) return;
  const doc: SetDoc = {
    id: newId(),
    name: CORE_GROUP_SET_NAME,
    groups: [core.id],
    providers: [],
    domains: {},
    common: { IsGlobal: dword(1) },
  };
  store.put(GroupSetCollections.sets, doc.id, doc as unknown as JsonValue);
}

export class GroupSets {
  constructor(private readonly host: GroupSetHost) {}

  // ---------------------------------------------------------------- reads

  list(): ClusterGroupSet[] {
    return this.docs()
      .map((d) => this.view(d))
      .sort(byName);
  }

  /** A set by id or case-insensitive name; ERROR_GROUPSET_NOT_FOUND otherwise. */
  get(nameOrId: string): ClusterGroupSet {
    return this.view(this.doc(nameOrId));
  }

  find(nameOrId: string): ClusterGroupSet | undefined {
    const d = this.lookup(nameOrId);
    return d ? this.view(d) : undefined;
  }

  /** The set a group belongs to, if any. */
  setOf(group: string): ClusterGroupSet | undefined {
    const g = this.host.group(group);
    const d = this.docs().find((s) => s.groups.includes(g.id));
    return d ? this.view(d) : undefined;
  }

  members(set: string): ClusterGroup[] {
    return this.get(set).groups.map((id) => this.host.group(id));
  }

  providerSets(set: string): ClusterGroupSet[] {
    return this.get(set)
      .providers.map((id) => this.get(id))
      .sort(byName);
  }

  /**
   * Groups outside the set that its members depend on (CLUSCTL_GROUPSET_GET_PROVIDER_GROUPS): the
   * spec gives sets no direct group providers, so the set inherits its members' ones.
   */
  providerGroups(set: string): ClusterGroup[] {
    const s = this.get(set);
    const ids = new Set<string>();
    for (const m of s.groups) for (const p of this.depsOf(m).groups) if (!s.groups.includes(p)) ids.add(p);
    return [...ids].map((id) => this.host.group(id)).sort(byName);
  }

  /** The set's dependencies as ApiSetGroupSetDependencyExpression takes them, with names. */
  dependencyExpression(set: string): string {
    return formatAndExpression(this.providerSets(set).map((p) => p.name));
  }

  isGlobal(set: string): boolean {
    return isGlobalDoc(this.doc(set));
  }

  commonProperties(set: string): Property[] {
    const s = this.get(set);
    return readCommon(GROUPSET_COMMON, { ...s, status: this.status(s) }, s.common);
  }

  /** Provider groups and provider set of a group (CLUSCTL_GROUP_GET_PROVIDER_GROUPS / _GROUPSETS). */
  groupDependencies(group: string): { groups: ClusterGroup[]; groupSet: ClusterGroupSet | null } {
    const g = this.host.group(group);
    const d = this.depsOf(g.id);
    return {
      groups: d.groups.map((id) => this.host.group(id)).sort(byName),
      groupSet: d.groupSet ? this.get(d.groupSet) : null,
    };
  }

  groupDependencyExpression(group: string): string {
    return formatAndExpression(this.groupDependencies(group).groups.map((g) => g.name));
  }

  // ---------------------------------------------------------------- sets

  /** ApiCreateGroupSet: "" → ERROR_INVALID_NAME; a set's name or id → ERROR_OBJECT_ALREADY_EXISTS. */
  create(name: string, options: { isGlobal?: boolean } = {}): ClusterGroupSet {
    checkName(name);
    return this.host.mutate(() => {
      const all = this.docs();
      if (all.length >= GROUPSET_LIMITS.sets) fail(S.ERROR_CLUSTER_INVALID_REQUEST, 'too many group sets');
      if (all.some((s) => sameName(s.name, name) || sameName(s.id, name)))
        fail(S.ERROR_OBJECT_ALREADY_EXISTS, name);
      const doc: SetDoc = {
        id: this.host.newId(),
        name,
        groups: [],
        providers: [],
        domains: {},
        common: options.isGlobal ? { IsGlobal: dword(1) } : {},
      };
      this.put(doc);
      this.host.emit({ type: 'groupset', change: 'added', id: doc.id, name });
      return this.view(doc);
    });
  }

  /**
   * ApiDeleteGroupSet: refused with ERROR_DIR_NOT_EMPTY while other sets or groups depend on it
   * (3.1.4.2.149) or while it still holds groups (as ApiDeleteGroup refuses a non-empty group).
   */
  delete(set: string): void {
    this.host.mutate(() => {
      const s = this.doc(set);
      const view = this.view(s);
      if (view.groups.length > 0) fail(S.ERROR_DIR_NOT_EMPTY, `${s.name} holds groups`);
      if (this.docs().some((o) => o.id !== s.id && this.live(o).providers.includes(s.id)))
        fail(S.ERROR_DIR_NOT_EMPTY, `a group set depends on ${s.name}`);
      if (this.allDeps().some(([, d]) => d.groupSet === s.id))
        fail(S.ERROR_DIR_NOT_EMPTY, `a group depends on ${s.name}`);
      this.host.store.delete(GroupSetCollections.sets, s.id);
      this.host.emit({ type: 'groupset', change: 'deleted', id: s.id, name: s.name });
    });
  }

  /**
   * ApiAddGroupToGroupSet(Ex): the group already in this set → ERROR_ALREADY_EXISTS, in another
   * set → ERROR_INVALID_STATE (move it instead); a resulting dependency cycle →
   * ERROR_INVALID_PARAMETER.
   */
  addGroup(set: string, group: string, domain?: GroupSetDomain): void {
    this.host.mutate(() => {
      const s = this.live(this.doc(set));
      const g = this.host.group(group);
      if (s.groups.includes(g.id)) fail(ERROR_ALREADY_EXISTS, `${g.name} is in ${s.name}`);
      const other = this.docs().find((o) => o.groups.includes(g.id));
      if (other) fail(S.ERROR_INVALID_STATE, `${g.name} is in group set ${other.name}`);
      this.join(s, g, domain);
    });
  }

  /** ApiRemoveGroupFromGroupSet: a group in no set → ERROR_INVALID_STATE. */
  removeGroup(group: string): void {
    this.host.mutate(() => {
      const g = this.host.group(group);
      const s = this.docs().find((o) => o.groups.includes(g.id));
      if (!s) fail(S.ERROR_INVALID_STATE, `${g.name} is in no group set`);
      this.leave(this.live(s!), g);
      this.checkAcyclic();
    });
  }

  /** ApiMoveGroupToGroupSet: add, or remove-then-add when the group is in another set. */
  moveGroup(set: string, group: string): void {
    this.host.mutate(() => {
      const s = this.live(this.doc(set));
      const g = this.host.group(group);
      if (s.groups.includes(g.id)) return;
      const from = this.docs().find((o) => o.groups.includes(g.id));
      if (from) this.leave(this.live(from), g);
      this.join(this.live(this.doc(s.id)), g);
    });
  }

  /**
   * ApiAddGroupSetDependency (3.1.4.2.153): a cycle, a global set depending on a non-global one,
   * or an empty set on either side → ERROR_INVALID_PARAMETER; twice → ERROR_DEPENDENCY_ALREADY_EXISTS.
   */
  addDependency(dependent: string, provider: string): void {
    this.host.mutate(() => {
      const d = this.live(this.doc(dependent));
      const p = this.live(this.doc(provider));
      if (d.groups.length === 0 || p.groups.length === 0)
        fail(ERROR_INVALID_PARAMETER, 'both group sets must hold groups');
      if (d.providers.includes(p.id)) fail(S.ERROR_DEPENDENCY_ALREADY_EXISTS, `${d.name} → ${p.name}`);
      this.replaceProviders(d, [...d.providers, p.id]);
    });
  }

  /** ApiRemoveGroupSetDependency: no such dependency → ERROR_DEPENDENCY_NOT_FOUND. */
  removeDependency(dependent: string, provider: string): void {
    this.host.mutate(() => {
      const d = this.live(this.doc(dependent));
      const p = this.doc(provider);
      if (!d.providers.includes(p.id)) fail(S.ERROR_DEPENDENCY_NOT_FOUND, `${d.name} → ${p.name}`);
      this.replaceProviders(
        d,
        d.providers.filter((x) => x !== p.id),
      );
    });
  }

  /**
   * ApiSetGroupSetDependencyExpression (3.1.4.2.159): `[id] and [id]` (names are accepted too);
   * "" clears. Unknown sets → ERROR_GROUPSET_NOT_FOUND; cycles and the global rule →
   * ERROR_INVALID_PARAMETER.
   */
  setDependencyExpression(set: string, expression: string): void {
    const refs = parseAndExpression(expression);
    this.host.mutate(() => {
      const d = this.live(this.doc(set));
      const ids: string[] = [];
      for (const ref of refs) {
        const p = this.doc(ref);
        if (!ids.includes(p.id)) ids.push(p.id);
      }
      this.replaceProviders(d, ids);
    });
  }

  /** CLUSCTL_GROUPSET_SET_COMMON_PROPERTIES; making a set global must not close a cycle. */
  setCommonProperties(set: string, updates: Readonly<Record<string, PropValue>>): void {
    this.host.mutate(() => {
      const s = this.live(this.doc(set));
      const { bag, changed } = writeCommon(GROUPSET_COMMON, s.common, updates);
      s.common = bag;
      this.put(s);
      this.checkAcyclic();
      if (changed.length)
        this.host.emit({ type: 'groupset', change: 'property', id: s.id, name: s.name, properties: changed });
    });
  }

  // ---------------------------------------------------------------- group dependencies

  /**
   * ApiSetGroupDependencyExpression (3.1.4.2.157): `[group] and [group]` by name or id; "" clears.
   * Unknown groups → ERROR_GROUP_NOT_FOUND; "or", bad grammar and cycles → ERROR_INVALID_PARAMETER.
   */
  setGroupDependencyExpression(group: string, expression: string): void {
    const refs = parseAndExpression(expression);
    this.host.mutate(() => {
      const g = this.host.group(group);
      const ids: string[] = [];
      for (const ref of refs) {
        const p = this.host.group(ref);
        if (!ids.includes(p.id)) ids.push(p.id);
      }
      if (ids.length > GROUPSET_LIMITS.providerGroups)
        fail(S.ERROR_DEPENDENCY_TREE_TOO_COMPLEX, 'too many provider groups');
      this.putDeps(g, { ...this.depsOf(g.id), groups: ids });
    });
  }

  /** ApiRemoveClusterGroupDependency: no such dependency → ERROR_DEPENDENCY_NOT_FOUND. */
  removeGroupDependency(group: string, dependsOn: string): void {
    this.host.mutate(() => {
      const g = this.host.group(group);
      const p = this.host.group(dependsOn);
      const d = this.depsOf(g.id);
      if (!d.groups.includes(p.id)) fail(S.ERROR_DEPENDENCY_NOT_FOUND, `${g.name} → ${p.name}`);
      this.putDeps(g, { ...d, groups: d.groups.filter((x) => x !== p.id) });
    });
  }

  /**
   * ApiAddGroupToGroupSetDependency (3.1.4.2.154): "a cluster group can only be dependent on one
   * cluster group set" — the same set again → ERROR_DEPENDENCY_ALREADY_EXISTS, another →
   * ERROR_INVALID_PARAMETER, as is depending on the set the group is in (a cycle).
   */
  addGroupToGroupSetDependency(group: string, set: string): void {
    this.host.mutate(() => {
      const g = this.host.group(group);
      const s = this.doc(set);
      const d = this.depsOf(g.id);
      if (d.groupSet === s.id) fail(S.ERROR_DEPENDENCY_ALREADY_EXISTS, `${g.name} → ${s.name}`);
      if (d.groupSet) fail(ERROR_INVALID_PARAMETER, `${g.name} already depends on a group set`);
      this.putDeps(g, { ...d, groupSet: s.id });
    });
  }

  /** ApiRemoveClusterGroupToGroupSetDependency: no such dependency → ERROR_DEPENDENCY_NOT_FOUND. */
  removeGroupToGroupSetDependency(group: string, set: string): void {
    this.host.mutate(() => {
      const g = this.host.group(group);
      const s = this.doc(set);
      const d = this.depsOf(g.id);
      if (d.groupSet !== s.id) fail(S.ERROR_DEPENDENCY_NOT_FOUND, `${g.name} → ${s.name}`);
      this.putDeps(g, { ...d, groupSet: null });
    });
  }

  // ================================================================ internals

  private join(s: SetDoc, g: ClusterGroup, domain?: GroupSetDomain): void {
    s.groups.push(g.id);
    if (domain) s.domains[g.id] = { fault: domain.fault >>> 0, update: domain.update >>> 0 };
    this.put(s);
    this.checkAcyclic();
    this.host.emit({ type: 'groupset', change: 'group-added', id: s.id, name: s.name, groupId: g.id });
  }

  private leave(s: SetDoc, g: ClusterGroup): void {
    s.groups = s.groups.filter((x) => x !== g.id);
    delete s.domains[g.id];
    this.put(s);
    this.host.emit({ type: 'groupset', change: 'group-removed', id: s.id, name: s.name, groupId: g.id });
  }

  private replaceProviders(d: SetDoc, ids: string[]): void {
    for (const id of ids) {
      const p = this.docs().find((x) => x.id === id)!;
      if (isGlobalDoc(d) && !isGlobalDoc(p))
        fail(ERROR_INVALID_PARAMETER, `global ${d.name} cannot depend on non-global ${p.name}`);
    }
    d.providers = ids;
    this.put(d);
    this.checkAcyclic();
    this.host.emit({ type: 'groupset', change: 'dependencies', id: d.id, name: d.name });
  }

  private putDeps(g: ClusterGroup, deps: DepsDoc): void {
    if (deps.groups.length === 0 && deps.groupSet === null) {
      this.host.store.delete(GroupSetCollections.groupDeps, g.id);
    } else {
      this.host.store.put(GroupSetCollections.groupDeps, g.id, deps as unknown as JsonValue);
    }
    this.checkAcyclic();
    this.host.emit({ type: 'group-dependencies', id: g.id, name: g.name });
  }

  /**
   * Refuses (ERROR_INVALID_PARAMETER, the code 3.1.4.2.153/.157/.159 give for cycles) any state in
   * which something waits for itself. "X waits for Y" edges: a group for its provider groups and
   * provider set and for its set's provider sets; a set for its members and provider sets; and
   * everything outside a global set for every global set (3.1.1.1.5's implicit dependency).
   */
  private checkAcyclic(): void {
    const groups = this.host.groups().map((g) => g.id);
    const known = new Set(groups);
    const rawDeps = new Map(
      this.host.store.list(GroupSetCollections.groupDeps).map((e) => [e.key, e.value as unknown as DepsDoc]),
    );
    const sets = this.docs().map((s) => this.live(s, known));
    const globals = sets.filter(isGlobalDoc).map((s) => `s:${s.id}`);
    const setOf = new Map<string, SetDoc>();
    for (const s of sets) for (const m of s.groups) setOf.set(m, s);
    const edges = new Map<string, string[]>();
    for (const s of sets) {
      const out = [...s.groups.map((m) => `g:${m}`), ...s.providers.map((p) => `s:${p}`)];
      if (!isGlobalDoc(s)) out.push(...globals);
      edges.set(`s:${s.id}`, out);
    }
    const setIds = new Set(sets.map((s) => s.id));
    for (const id of groups) {
      const d = rawDeps.get(id);
      const own = setOf.get(id);
      const out = (d?.groups ?? []).filter((p) => known.has(p)).map((p) => `g:${p}`);
      if (d?.groupSet && setIds.has(d.groupSet)) out.push(`s:${d.groupSet}`);
      if (own) out.push(...own.providers.map((p) => `s:${p}`));
      if (!own || !isGlobalDoc(own)) out.push(...globals);
      edges.set(`g:${id}`, out);
    }
    // Iterative three-colour DFS: chains can be thousands of groups long.
    const colour = new Map<string, 1 | 2>();
    for (const start of edges.keys()) {
      if (colour.has(start)) continue;
      const stack: [string, number][] = [[start, 0]];
      colour.set(start, 1);
      while (stack.length) {
        const top = stack[stack.length - 1]!;
        const next = edges.get(top[0])?.[top[1]++];
        if (next === undefined) {
          colour.set(top[0], 2);
          stack.pop();
          continue;
        }
        const c = colour.get(next);
        if (c === 1) fail(ERROR_INVALID_PARAMETER, 'the change would create a circular dependency');
        if (c === undefined) {
          colour.set(next, 1);
          stack.push([next, 0]);
        }
      }
    }
  }

  /** GROUPS_ONLINE when every member is online, GROUPS_PENDING while any is pending. */
  private status(s: ClusterGroupSet): number {
    const states = s.groups.map((id) => this.host.groupState(id));
    let bits = 0;
    if (states.some((x) => x === GroupState.Pending)) bits |= GroupSetStatus.GROUPS_PENDING;
    if (states.length > 0 && states.every((x) => x === GroupState.Online))
      bits |= GroupSetStatus.GROUPS_ONLINE;
    return bits;
  }

  /** A document with references to deleted groups and sets dropped (ids are never reused). */
  private live(d: SetDoc, groups: ReadonlySet<string> = this.groupIds()): SetDoc {
    const sets = new Set(this.host.store.list(GroupSetCollections.sets).map((e) => e.key));
    const domains: Record<string, GroupSetDomain> = {};
    for (const [k, v] of Object.entries(d.domains ?? {})) if (groups.has(k)) domains[k] = v;
    return {
      ...d,
      groups: d.groups.filter((id) => groups.has(id)),
      providers: d.providers.filter((id) => sets.has(id)),
      domains,
    };
  }

  private view(d: SetDoc): ClusterGroupSet {
    return this.live(d);
  }

  private groupIds(): Set<string> {
    return new Set(this.host.groups().map((g) => g.id));
  }

  private depsOf(groupId: string): DepsDoc {
    const raw = this.host.store.get(GroupSetCollections.groupDeps, groupId) as unknown as DepsDoc | undefined;
    if (!raw) return { groups: [], groupSet: null };
    const groups = this.groupIds();
    const set =
      raw.groupSet && this.host.store.get(GroupSetCollections.sets, raw.groupSet) ? raw.groupSet : null;
    return { groups: raw.groups.filter((id) => groups.has(id)), groupSet: set };
  }

  private allDeps(): [string, DepsDoc][] {
    return this.host.store
      .list(GroupSetCollections.groupDeps)
      .map((e) => [e.key, this.depsOf(e.key)] as [string, DepsDoc]);
  }

  private docs(): SetDoc[] {
    return this.host.store.list(GroupSetCollections.sets).map((e) => e.value as unknown as SetDoc);
  }

  private lookup(nameOrId: string): SetDoc | undefined {
    if (typeof nameOrId !== 'string' || nameOrId.length === 0 || nameOrId.length > MAX_OBJECT_NAME)
      return undefined;
    const direct = this.host.store.get(GroupSetCollections.sets, nameOrId);
    if (direct !== undefined) return direct as unknown as SetDoc;
    const all = this.docs();
    return all.find((s) => sameName(s.id, nameOrId)) ?? all.find((s) => sameName(s.name, nameOrId));
  }

  private doc(nameOrId: string): SetDoc {
    return this.lookup(nameOrId) ?? fail(S.ERROR_GROUPSET_NOT_FOUND, nameOrId);
  }

  private put(d: SetDoc): void {
    this.host.store.put(GroupSetCollections.sets, d.id, d as unknown as JsonValue);
  }
}

function isGlobalDoc(d: { common: PropertyBag }): boolean {
  const v = Object.entries(d.common).find(([k]) => foldName(k) === 'ISGLOBAL')?.[1];
  return v?.type === 'dword' && v.value !== 0;
}

function byName(a: { name: string }, b: { name: string }): number {
  const x = foldName(a.name);
  const y = foldName(b.name);
  return x < y ? -1 : x > y ? 1 : 0;
}
