/**
 * `npm run bench`: runs every benchmark module in one process, one after another, so each ratio
 * compares against a baseline measured in the same run on the same machine.
 */
import os from 'node:os';

const modules = [
  './ndr.js',
  './rpc.js',
  './security.js',
  './gen.js',
  './smb2.js',
  './cluster.js',
  './cluster-registry.js',
] as const;

async function main(): Promise<void> {
  console.log(
    `winrpc bench — node ${process.version}, ${os.cpus().length} cpu(s): ${os.cpus()[0]?.model ?? '?'}`,
  );
  const only = process.argv.slice(2);
  for (const m of modules) {
    if (only.length > 0 && !only.some((o) => m.includes(o))) continue;
    console.log(`\n## ${m.replace(/^\.\/|\.js$/g, '')}`);
    const mod = (await import(m)) as { bench: () => Promise<void> };
    await mod.bench();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
