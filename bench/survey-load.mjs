// The survey deadline rush, client side: virtual respondents, each with a
// link of their own, answer all five sections and submit, as many at once
// as --concurrency, for --seconds. Talks to 127.0.0.1 only.
//
//   node bench/survey-load.mjs --base http://127.0.0.1:PORT --tokens FILE \
//        --concurrency 64 --seconds 20 --accepted OUT
//
// FILE: one "team_id,link" per line (healthcheck survey invite --csv).
// OUT: the accepted links' team and token, one per line, for verification.
// Prints one JSON line: responses/s, request p50/p99, response p50/p99, and
// the client's own CPU time per response (it shares the machine).
import http from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';

const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, all) =>
  (v.startsWith('--') ? [...a, [v.slice(2), all[i + 1]]] : a), []));
const base = new URL(args.base);
if (base.hostname !== '127.0.0.1') throw new Error('the benchmark only talks to 127.0.0.1');
const concurrency = Number(args.concurrency ?? 64);
const seconds = Number(args.seconds ?? 20);
const links = readFileSync(args.tokens, 'utf8').trim().split('\n').filter((l) => !l.startsWith('team_id'))
  .map((l) => { const [team, link] = l.split(','); return { team, token: link.split('/s/')[1] }; });
const sections = JSON.parse(readFileSync(args.sections, 'utf8'));  // [[question ids], ...]

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
function request(method, path, body, cookie) {
  return new Promise((ok, fail) => {
    const headers = { };
    if (cookie) headers.cookie = cookie;
    if (body !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers['content-length'] = Buffer.byteLength(body);
    }
    const started = process.hrtime.bigint();
    const req = http.request({ host: base.hostname, port: base.port, method, path, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        requestMs.push(Number(process.hrtime.bigint() - started) / 1e6);
        ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() });
      });
    });
    req.on('error', fail);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const requestMs = [], responseMs = [], accepted = [];
let next = 0, errors = 0;
const deadline = Date.now() + seconds * 1000;

async function respondent() {
  while (Date.now() < deadline && next < links.length) {
    const link = links[next++];
    const started = process.hrtime.bigint();
    try {
      const path = `/s/${link.token}`;
      const first = await request('GET', `${path}/1`);
      const cookie = (first.headers['set-cookie'] ?? [])[0]?.split(';')[0];
      const csrf = first.body.match(/name="csrf" value="([0-9a-f]+)"/)?.[1];
      if (first.status !== 200 || !cookie || !csrf) throw new Error(`section 1: ${first.status}`);
      for (const [i, ids] of sections.entries()) {
        const form = ids.map((q) => `${q}=${q === 'comments' ? 'Busy+but+fine' : 1 + ((i + q.length) % 5)}`).join('&');
        const r = await request('POST', `${path}/${i + 1}`, `${form}&csrf=${csrf}`, cookie);
        if (r.status !== 303) throw new Error(`section ${i + 1}: ${r.status}`);
      }
      const done = await request('POST', `${path}/check`, `csrf=${csrf}`, cookie);
      if (done.status !== 303 || done.headers.location !== '/thank-you') throw new Error(`submit: ${done.status}`);
      accepted.push(`${link.team},${link.token}`);
      responseMs.push(Number(process.hrtime.bigint() - started) / 1e6);
    } catch (e) {
      if (errors++ < 5) console.error(`error: ${e.message}`);
    }
  }
}

const t0 = Date.now();
const cpu0 = process.cpuUsage();
await Promise.all(Array.from({ length: concurrency }, respondent));
const elapsed = (Date.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);  // this client's own share of the machine
agent.destroy();
const pct = (a, p) => { const s = [...a].sort((x, y) => x - y); return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : null; };
writeFileSync(args.accepted, accepted.join('\n') + (accepted.length ? '\n' : ''));
console.log(JSON.stringify({
  responses: accepted.length, errors, seconds: Number(elapsed.toFixed(2)),
  responses_per_s: Math.round(accepted.length / elapsed), requests_per_s: Math.round(requestMs.length / elapsed),
  request_p50_ms: Number(pct(requestMs, 0.5)?.toFixed(1)), request_p99_ms: Number(pct(requestMs, 0.99)?.toFixed(1)),
  response_p50_ms: Number(pct(responseMs, 0.5)?.toFixed(1)), response_p99_ms: Number(pct(responseMs, 0.99)?.toFixed(1)),
  client_cpu_ms_per_response: accepted.length ? Number(((cpu.user + cpu.system) / 1000 / accepted.length).toFixed(2)) : null,
}));
