#!/usr/bin/env node
// Loads a stancegraph Cytoscape.js export with the real cytoscape package (headless) and checks
// it: cytoscape throws on an edge to a missing node and drops duplicate ids silently, so the
// counts it ends with are compared with the elements in the file and, when given, with the
// expectation written by tests/tools/check_export.py (node and edge counts, edges by kind, actor
// and claim labels, ABOUT stances, STANCE sums).
//
// Usage: node check_cytoscape.js EXPORT.json [EXPECT.json]
'use strict';
const fs = require('fs');
const path = require('path');
const cytoscape = require(path.join(__dirname, 'node_modules', 'cytoscape'));

const [file, expectFile] = process.argv.slice(2);
const failures = [];
const fail = (m) => failures.push(m);
const same = (name, got, want) => {
  const g = JSON.stringify(got), w = JSON.stringify(want);
  if (g !== w) fail(`${name}: got ${g.slice(0, 400)}, want ${w.slice(0, 400)}`);
};

const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
if (!doc.elements || !Array.isArray(doc.elements.nodes) || !Array.isArray(doc.elements.edges)) {
  console.error(`${file}: not {"elements": {"nodes": [...], "edges": [...]}}`);
  process.exit(1);
}
const warnings = [];
console.warn = (...args) => warnings.push(args.join(' '));  // duplicates are only warned about
let cy;
try {
  cy = cytoscape({headless: true, styleEnabled: false, elements: doc.elements});
} catch (e) {
  console.error(`${file}: cytoscape refused the elements: ${e.message}`);
  process.exit(1);
}
same('nodes loaded (a duplicate id is dropped)', cy.nodes().length, doc.elements.nodes.length);
same('edges loaded (a duplicate id is dropped)', cy.edges().length, doc.elements.edges.length);
if (warnings.length) fail(`cytoscape warned: ${warnings.slice(0, 3).join(' | ')}`);
cy.edges().forEach((e) => {
  if (e.source().empty() || e.target().empty()) fail(`edge ${e.id()} is dangling`);
  if (!(e.data('weight') > 0)) fail(`edge ${e.id()} weight ${e.data('weight')} is not positive`);
});

if (expectFile) {
  const exp = JSON.parse(fs.readFileSync(expectFile, 'utf8'));
  same('node count', cy.nodes().length, exp.nodes);
  same('edge count', cy.edges().length, exp.edges);
  const kinds = {};
  cy.edges().forEach((e) => { kinds[e.data('kind')] = (kinds[e.data('kind')] || 0) + 1; });
  const wantKinds = {};
  for (const [k, v] of Object.entries(exp.edges_by_kind)) if (v) wantKinds[k] = v;
  same('edges by kind', Object.fromEntries(Object.entries(kinds).sort()),
       Object.fromEntries(Object.entries(wantKinds).sort()));
  const cmp = (a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
  const labels = (kind) => cy.nodes(`[kind = "${kind}"]`).map((n) => n.data('label'))
                               .sort(cmp);
  // check_export.py sorts with Python's code-point order; compare as sets of strings.
  same('actor labels', labels('actor'), [...exp.actor_labels].sort(cmp));
  if (exp.view === 'claims') {
    same('claim labels', labels('claim'), [...exp.claim_labels].sort(cmp));
    const about = cy.edges('[kind = "ABOUT"]')
        .map((e) => [e.source().data('label'), e.target().data('label'), e.data('stance')])
        .sort(cmp);
    same('ABOUT stances', about, [...exp.about].sort(cmp));
  } else {
    const stance = cy.edges()
        .map((e) => [e.source().data('label'), e.target().data('label'), e.data('stance'),
                     e.data('count')])
        .sort(cmp);
    same('STANCE sums and counts', stance, [...exp.stance].sort(cmp));
  }
}

if (failures.length) {
  for (const f of failures) console.error(`cytoscape: FAIL ${f}`);
  process.exit(1);
}
console.log(`cytoscape: ok (${cy.nodes().length} nodes, ${cy.edges().length} edges)`);
