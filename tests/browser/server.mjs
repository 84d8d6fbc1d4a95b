// Shared by the browser tests: start `healthcheck serve` on a free port and
// wait for its address, and the Chromium flags every test launches with.
//
//   const { base, server } = await startServer(binary, db, env);
import { spawn } from 'node:child_process';

export const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                              '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Resolves to { base: 'http://127.0.0.1:PORT', server } once the server
// says where it serves; rejects if it exits or is silent for 15 s.
export function startServer(binary, db, env, extraArgs = []) {
  const server = spawn(binary, ['--db', db, 'serve', '--port', '0', ...extraArgs],
                       { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stderr.on('data', (d) => { log += d; });
  return new Promise((ok, fail) => {
    let out = '';
    server.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/Serving on (http:\/\/[0-9.]+:\d+)\//);
      if (m) ok({ base: m[1], server });
    });
    server.on('exit', (code) => fail(new Error(`healthcheck serve exited ${code}: ${log}`)));
    setTimeout(() => fail(new Error('healthcheck serve did not start')), 15000);
  });
}
