/**
 * NDR engine throughput: encode/decode of an array of 100,000 structs
 * `{ u32 id; [string, unique] wchar_t* name; [unique] struct {u32 a; u16 b;}* extra; hyper stamp }`
 * in NDR20 and NDR64. MB/s counts stub bytes.
 */
import { timeIt } from './timing.js';
import {
  conformantArray,
  decode,
  encode,
  pointer,
  string,
  struct,
  u16,
  u32,
  u64,
  type NdrSyntax,
} from '../src/ndr/index.js';

interface Extra {
  a: number;
  b: number;
}
interface Item {
  id: number;
  name: string | null;
  extra: Extra | null;
  stamp: bigint;
}

const ExtraT = struct<Extra>('Extra', [
  ['a', u32],
  ['b', u16],
]);
const ItemT = struct<Item>('Item', [
  ['id', u32],
  ['name', pointer('unique', string('utf16'))],
  ['extra', pointer('unique', ExtraT)],
  ['stamp', u64],
]);
const ItemsT = pointer('ref', conformantArray(ItemT));

export function makeItems(n: number): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < n; i++) {
    items.push({
      id: i,
      name: i % 10 === 9 ? null : `object-${i}`,
      extra: i % 3 === 2 ? null : { a: i * 7, b: i & 0xffff },
      stamp: BigInt(i) * 1_000_003n,
    });
  }
  return items;
}

export async function bench(): Promise<void> {
  const items = makeItems(100_000);
  for (const syntax of ['ndr20', 'ndr64'] as NdrSyntax[]) {
    const bytes = encode(syntax, ItemsT, items);
    const mb = bytes.length / 1e6;
    const encMs = timeIt(() => encode(syntax, ItemsT, items), 1500);
    const decMs = timeIt(() => decode(bytes, syntax, ItemsT), 1500);
    console.log(`${syntax} encode 100k structs: ${(mb / (encMs / 1000)).toFixed(1)} MB/s`);
    console.log(`${syntax} decode 100k structs: ${(mb / (decMs / 1000)).toFixed(1)} MB/s`);
    console.log(`${syntax} stub size 100k structs: ${mb.toFixed(2)} MB`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await bench();
}
