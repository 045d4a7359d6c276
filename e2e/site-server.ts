import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

export interface BuiltSite {
  /** `http://127.0.0.1:<port>/` */
  readonly base: string;
  /** The directory the site was written to (under tmp/). */
  readonly dir: string;
  stop(): void;
}

/**
 * Writes a site with one of the site scripts (scripts/corpus-site.ts, scripts/city-site.ts) from the current build
 * and serves it on a port of its own with scripts/serve.mjs — the same server a deployment uses — until `stop`.
 */
export async function serveBuiltSite(script: string, dirName: string, port: number): Promise<BuiltSite> {
  const dir = resolve(ROOT, 'tmp', dirName);
  const built = spawnSync(process.execPath, ['--import', 'tsx', script, dir], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error(`${script} failed (is there a build? npm run build)`);
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', dir], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 50; i++) {
    const ok = await fetch(base).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { base, dir, stop: () => server.kill() };
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`the site written by ${script} did not answer at ${base}`);
}
