// A throwaway PostgreSQL server for tests and benchmarks: initdb into a temporary folder, pg_ctl
// start on a free port (TCP on 127.0.0.1, the unix socket inside the same folder), stopped and
// removed afterwards. Plain JavaScript so bench/ can use it too; test/postgres/throwaway.ts gives it
// types.
//
// Binaries are looked up on PATH, then in /usr/lib/postgresql/<version>/bin (Debian puts them there,
// off PATH). initdb refuses to run as root, so as root the folder is given to the `postgres` user
// (Debian's package creates it) and initdb and pg_ctl run through `runuser -u postgres --`.
// The cluster trusts local connections (it lives for one test file), never syncs to disk, and has a
// superuser named `dyad`.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const HOW_TO_RUN =
  'PostgreSQL binaries (initdb, pg_ctl) not found: install them (Debian: apt-get install -y postgresql) to run these tests; ' +
  'they are looked up on PATH and in /usr/lib/postgresql/*/bin. Set DYAD_REQUIRE_POSTGRES=1 to make their absence a failure (CI does).';

/** The folder holding initdb and pg_ctl, or null. */
export function findPostgresBin() {
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  const candidates = onPath ? [join(onPath, '..')] : [];
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  // A symlink on PATH (/usr/local/bin/initdb) points elsewhere; pg_ctl must sit beside the real initdb.
  for (const c of candidates) if (existsSync(join(c, 'initdb')) && existsSync(join(c, 'pg_ctl'))) return c;
  return null;
}

/**
 * Null when the tests can run; otherwise why not (for `describe.skip` titles). Throws when
 * DYAD_REQUIRE_POSTGRES=1 so CI cannot pass by skipping.
 */
export function postgresUnavailable() {
  if (findPostgresBin()) return null;
  if (process.env.DYAD_REQUIRE_POSTGRES === '1') throw new Error(`DYAD_REQUIRE_POSTGRES=1 but ${HOW_TO_RUN}`);
  return HOW_TO_RUN;
}

let databases = 0;

/** Starts a server; `settings` are extra `-c name=value` server settings. */
export async function startThrowawayPostgres(settings = {}) {
  const bin = findPostgresBin();
  if (!bin) throw new Error(HOW_TO_RUN);
  const dir = mkdtempSync(join(tmpdir(), 'dyad-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd, args) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  if (asRoot) {
    let uid;
    let gid;
    try {
      uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
      gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    } catch {
      rmSync(dir, { recursive: true, force: true });
      throw new Error('throwaway postgres: running as root, and initdb refuses root; create a `postgres` user (Debian\'s package does) or run the tests as another user');
    }
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  let started = false;
  const stop = () => {
    if (started) {
      started = false;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already gone; the folder is removed below either way
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  try {
    run('initdb', ['-D', data, '-U', 'dyad', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
    writeFileSync(join(dir, 'README'), 'A throwaway PostgreSQL cluster started by a Dyad test or benchmark; safe to delete.\n');
    const all = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '200', ...settings };
    const opts = [`-p ${port}`, `-k ${dir}`, '-c listen_addresses=127.0.0.1', ...Object.entries(all).map(([k, v]) => `-c ${k}=${v}`)];
    run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', opts.join(' '), 'start']);
    started = true;
  } catch (err) {
    stop();
    throw new Error(`throwaway postgres: ${err.stderr || err.message}`);
  }
  const adminUrl = `postgres://dyad@127.0.0.1:${port}/postgres`;
  return {
    adminUrl,
    port,
    dir,
    /** Creates an empty database and returns its URL. */
    async createDatabase() {
      const name = `dyad_test_${process.pid}_${++databases}`;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://dyad@127.0.0.1:${port}/${name}`;
    },
    stop,
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
