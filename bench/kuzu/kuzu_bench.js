#!/usr/bin/env node
// The Kùzu peer of the stancegraph benchmark: loads the CSV files `sg_bench csv` writes with
// COPY FROM, then times the traversal questions of bench/store_queries.h in Cypher, with the
// parameters the store phase sampled. Prints JSON records (one a line) like the C++ phases.
//
// usage: node kuzu_bench.js --csv DIR --db PATH --params FILE [--runs 3] [--label 1e5]
//                           [--budget 120]
// One connection with one thread (the benchmark is single-threaded unless stated), a 1 GiB
// buffer pool. Ids are the store's 64-bit actor ids as signed INT64.
'use strict';
const fs = require('fs');
const path = require('path');
const kuzu = require('kuzu');

function parseArgs(argv) {
  const out = { runs: 3, label: '', budget: 120 };
  for (let i = 2; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    out[key] = argv[i + 1];
  }
  out.runs = Number(out.runs);
  out.budget = Number(out.budget);
  for (const required of ['csv', 'db', 'params']) {
    if (!out[required]) throw new Error(`--${required} is required`);
  }
  return out;
}

const now = () => Number(process.hrtime.bigint()) / 1e9;
const id = (s) => BigInt.asIntN(64, BigInt(s));

function diskBytes(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.size;
  return fs.readdirSync(p).reduce((sum, f) => sum + diskBytes(path.join(p, f)), 0);
}

function percentile(sorted, q) {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5));
  return sorted[i];
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

function emit(record, label) {
  if (label) record.scale = label;
  process.stdout.write(JSON.stringify(record) + '\n');
}

function main() {
  const args = parseArgs(process.argv);
  const params = JSON.parse(fs.readFileSync(args.params, 'utf8'));
  for (const suffix of ['', '.wal']) fs.rmSync(args.db + suffix, { recursive: true, force: true });

  const db = new kuzu.Database(args.db, 1 << 30);
  const conn = new kuzu.Connection(db, 1);
  // Every result is closed as soon as it is read: results left to the garbage collector kept
  // their buffer-pool memory, and the 2-hop pass failed at 10^4 claims with "The buffer pool is
  // full and no memory could be freed" in a 1 GiB pool.
  const run = (q) => {
    const result = conn.querySync(q);
    const rows = result.getAllSync();
    result.close();
    return rows;
  };
  run('CREATE NODE TABLE Actor(id INT64, name STRING, kind INT8, PRIMARY KEY(id))');
  run('CREATE NODE TABLE Claim(id INT64, date INT32, cue STRING, polarity INT8, form INT8, ' +
      'content STRING, PRIMARY KEY(id))');
  run('CREATE REL TABLE SAID(FROM Actor TO Claim)');
  run('CREATE REL TABLE ABOUT(FROM Claim TO Actor, stance INT8)');
  run('CREATE REL TABLE STANCE(FROM Actor TO Actor, sum INT64, n INT64)');
  const csv = (f) => path.resolve(args.csv, f).replace(/'/g, "\\'");
  const t0 = now();
  for (const [table, file] of [['Actor', 'actors.csv'], ['Claim', 'claims.csv'],
                               ['SAID', 'said.csv'], ['ABOUT', 'about.csv'],
                               ['STANCE', 'stance.csv']]) {
    run(`COPY ${table} FROM '${csv(file)}' (HEADER=true, PARALLEL=false)`);
  }
  const loadSeconds = now() - t0;
  const claims = Number(run('MATCH (c:Claim) RETURN count(*) AS n')[0].n);
  emit({
    metric: 'ingest', engine: 'kuzu', mode: 'COPY FROM CSV', claims,
    put_s: loadSeconds, claims_s: claims / loadSeconds,
    disk_after: diskBytes(args.db) + diskBytes(args.db + '.wal'),
    bytes_per_claim: (diskBytes(args.db) + diskBytes(args.db + '.wal')) / claims,
    peak_rss: process.resourceUsage().maxRSS * 1024,
  }, args.label);

  const prolific = [];
  for (let t = 0; t < 5; ++t) prolific.push(...params.prolific);
  const queries = [
    ['claims_about', params.pairs,
     'MATCH (x:Actor {id: $x})-[:SAID]->(c:Claim)-[a:ABOUT]->(y:Actor {id: $y}) ' +
     'RETURN c.id, c.date, a.stance, c.polarity, c.cue',
     (p) => ({ x: id(p[0]), y: id(p[1]) }), false],
    ['claims_by', prolific,
     'MATCH (x:Actor {id: $x})-[:SAID]->(c:Claim) RETURN c.id, c.date, c.polarity, c.form, c.cue',
     (p) => ({ x: id(p) }), false],
    ['claims_by_content', prolific,
     'MATCH (x:Actor {id: $x})-[:SAID]->(c:Claim) ' +
     'RETURN c.id, c.date, c.polarity, c.form, c.cue, c.content',
     (p) => ({ x: id(p) }), false],
    ['stance', params.pairs,
     'MATCH (a:Actor {id: $a})-[s:STANCE]->(b:Actor {id: $b}) RETURN s.sum, s.n',
     (p) => ({ a: id(p[0]), b: id(p[1]) }), false],
    ['hop2', params.starts,
     'MATCH (a:Actor {id: $a})-[:STANCE* SHORTEST 1..2]->(b:Actor) WHERE b.id <> $a ' +
     'RETURN count(DISTINCT b) AS n',
     (p) => ({ a: id(p) }), true],
    ['hop3', params.starts,
     'MATCH (a:Actor {id: $a})-[:STANCE* SHORTEST 1..3]->(b:Actor) WHERE b.id <> $a ' +
     'RETURN count(DISTINCT b) AS n',
     (p) => ({ a: id(p) }), true],
  ];
  for (const [name, list, cypher, bind, counts] of queries) {
    const stmt = conn.prepareSync(cypher);
    if (!stmt.isSuccess()) throw new Error(`${name}: ${stmt.getErrorMessage()}`);
    const ask = (p) => {
      const result = conn.executeSync(stmt, bind(p));
      const rows = result.getAllSync();
      result.close();
      return counts ? Number(rows[0].n) : rows.length;
    };
    const record = { metric: 'query', engine: 'kuzu', query: name, queries: list.length };
    const w0 = now();
    let skipped = false;
    for (const p of list) {
      ask(p);
      if (now() - w0 > args.budget) {
        skipped = true;
        break;
      }
    }
    if (skipped) {
      record.skipped = `warm-up pass over ${args.budget} s`;
      emit(record, args.label);
      continue;
    }
    const passes = [];
    for (let r = 0; r < args.runs; ++r) {
      const lat = [];
      let rows = 0;
      for (const p of list) {
        const q0 = now();
        rows += ask(p);
        lat.push((now() - q0) * 1e6);
      }
      lat.sort((a, b) => a - b);
      passes.push({ p50: percentile(lat, 0.5), p99: percentile(lat, 0.99),
                    mean: lat.reduce((a, b) => a + b, 0) / lat.length, rows: rows / list.length });
    }
    record.p50_us = median(passes.map((p) => p.p50));
    record.p99_us = median(passes.map((p) => p.p99));
    record.mean_us = median(passes.map((p) => p.mean));
    record.rows = median(passes.map((p) => p.rows));
    process.stderr.write(`  kuzu ${name}: p50 ${record.p50_us.toFixed(1)} us, ` +
                         `p99 ${record.p99_us.toFixed(1)} us, rows ${record.rows}\n`);
    emit(record, args.label);
  }
  emit({ metric: 'query_process', engine: 'kuzu', peak_rss: process.resourceUsage().maxRSS * 1024 },
       args.label);
}

main();
