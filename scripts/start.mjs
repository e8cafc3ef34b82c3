// `npm start`: the reference server in dev mode on PGlite (./data), serving the
// demo intranet page whose <learning-contract> keeps contracts on it. Open two
// windows, pick a person in each, and work on one contract together.
import { spawn, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (script) =>
  execFileSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });

console.log('Building the server and the demo page …');
run('build:core');
run('build:server');
execFileSync('npx', ['vite', 'build', '--config', 'demo/vite.shared.config.ts'], {
  cwd: root,
  stdio: 'inherit',
});

const port = process.env.PORT ?? '8080';
const server = spawn(process.execPath, ['packages/server/dist/cli.js'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: {
    ...process.env,
    AUTH: 'dev',
    HOST: process.env.HOST ?? '127.0.0.1',
    PORT: port,
    DATA_DIR: process.env.DATA_DIR ?? 'data',
    STATIC_DIR: 'demo/shared/dist',
  },
});

// The server logs JSON; here a person reads it, so say the few things that matter in words.
server.stdout.setEncoding('utf8');
let buffered = '';
server.stdout.on('data', (chunk) => {
  buffered += chunk;
  const lines = buffered.split('\n');
  buffered = lines.pop() ?? '';
  for (const line of lines) {
    try {
      const { event, message, ms, url, engine } = JSON.parse(line);
      if (event === 'starting') console.log(`${message} …`);
      if (event === 'database-ready') console.log(`Database ready (${engine}) in ${ms} ms.`);
      if (event === 'listening') console.log(`\nThe demo is at ${url}/ (stop with Ctrl+C)\n`);
    } catch {
      console.log(line);
    }
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill('SIGTERM'));
server.on('exit', (code) => process.exit(code ?? 0));
