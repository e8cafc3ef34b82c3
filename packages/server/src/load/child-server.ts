// A server in a process of its own, as it runs in production: the built
// command (dist/cli.js, which `npm run load` builds first) or the floor. Its
// memory is then its own, not the load client's, and the two do not share an
// event loop.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { freePort } from '../test-support/databases.js';

export interface ChildServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startChild(script: string, env: Record<string, string>): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [script], {
    // Only what is given: a DATABASE_URL in the caller's environment must not pick the engine.
    env: { PATH: process.env['PATH'] ?? '', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  // Ready when /readyz answers (PGlite's new data directory takes a few seconds).
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) throw new Error(`${script} ended: ${stderr}`);
    if (waited > 60_000) throw new Error(`${script} not ready after a minute`);
    const ready = await fetch(`${url}/readyz`).catch(() => undefined);
    if (ready?.ok) break;
    await sleep(100);
  }
  return {
    url,
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** The reference server as its command starts it, with `env` as its whole configuration. */
export function realServer(env: Record<string, string>): Promise<ChildServer> {
  const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
  if (!existsSync(cli)) throw new Error(`${cli} is missing: npm run build:server first`);
  return startChild(cli, { AUTH: 'dev', LOG: 'silent', RATE_LIMIT_PER_MINUTE: '1000000', ...env });
}

/** The floor (floor-server.ts), bundled to one plain file, answering with `viewFile`'s view. */
export async function floorServer(viewFile: string): Promise<ChildServer> {
  const folder = mkdtempSync(join(tmpdir(), 'kollegalaering-floor-'));
  const outfile = join(folder, 'floor.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./floor-server.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  const floor = await startChild(outfile, { FLOOR_VIEW: viewFile });
  return {
    ...floor,
    stop: () => floor.stop().finally(() => rmSync(folder, { recursive: true, force: true })),
  };
}
