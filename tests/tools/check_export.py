#!/usr/bin/env python3
"""Reads stancegraph exports back with the real readers and compares them with the store.

Subcommands (each exits 0 when every check passes, 1 with the failures on stderr):

  expect --stats STATS.json --view claims|stance CLAIMS.jsonl...
      What an export of the whole database must hold, computed independently of the program
      from the `add` input and `stancegraph stats --format json`: node and edge counts (by kind),
      actor and claim labels, ABOUT stances, STANCE sums and counts, MEMBER_OF pairs and the
      contradicting pairs. Printed as JSON.
  graphml FILE [EXPECT.json] networkx.read_graphml
  gexf FILE [EXPECT.json]    networkx.read_gexf, plus GEXF structure (timeformat, weights, kinds)
  svg FILE [EXPECT.json]     the SVG that `dot -Tsvg` rendered: one <g class="node"> per node
                             whose title is one of our ids, one <g class="edge"> per edge
  neo4j DIR [EXPECT.json]    the CSV files through Python's csv module: headers, types, rows,
                             relationship endpoints
Without EXPECT.json (a filtered export) only the structure is checked: stable ids, no edge to a
missing node, and the format's own rules.

Text is compared after the export's own normalisation (export.h): CR LF and CR become LF and
control characters other than tab and LF are removed.
"""
import argparse
import collections
import csv
import datetime
import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

ID_RE = re.compile(r"^(actor:[0-9a-f]{16}|article:[0-9a-f]{16}|claim:[0-9a-f]{16}\.[0-9]+)$")


def sanitize(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in "\t\n" or ord(c) >= 0x20 and c not in "\ufffe\uffff")


class Checker:
    def __init__(self, what):
        self.what = what
        self.failures = []

    def eq(self, name, got, want):
        if got != want:
            g, w = repr(got), repr(want)
            self.failures.append(f"{name}: got {g[:400]}, want {w[:400]}")

    def true(self, name, cond):
        if not cond:
            self.failures.append(name)

    def finish(self):
        if self.failures:
            for f in self.failures:
                print(f"{self.what}: FAIL {f}", file=sys.stderr)
            return 1
        print(f"{self.what}: ok")
        return 0


# ---- expectations ------------------------------------------------------------------------------

def expect(args):
    stats = json.load(open(args.stats, encoding="utf-8"))
    claims = []
    for path in args.claims:
        with open(path, encoding="utf-8") as f:
            claims += [json.loads(line) for line in f if line.strip()]
    actors = set()
    about, stance, members = [], collections.defaultdict(lambda: [0, 0]), set()
    by_prop = []
    for c in claims:
        speaker = sanitize(c["speaker"])
        actors.add(speaker)
        if c.get("speaker_group"):
            group = sanitize(c["speaker_group"])
            actors.add(group)
            if group != speaker:
                members.add((speaker, group))
        stance_map = c.get("stance", {})
        seen = set()
        for t in c.get("targets", []):
            name = t if isinstance(t, str) else t["name"]
            value = stance_map.get(name, 0) if isinstance(t, str) else t.get("stance", 0)
            if name in seen:
                continue
            seen.add(name)
            actors.add(sanitize(name))
            about.append([sanitize(c["text"]), sanitize(name), value])
            s = stance[(speaker, sanitize(name))]
            s[0] += value
            s[1] += 1
        p = c.get("proposition")
        if p and p.get("agent"):
            actors.add(sanitize(p["agent"]))
            if p.get("patient"):
                actors.add(sanitize(p["patient"]))
            polarity = c.get("polarity", 1)  # negated is informational (graph/model.h)
            by_prop.append((p["agent"], p["predicate"], p.get("patient") or "", polarity,
                            sanitize(c["text"])))
    contradictions = []
    for i, a in enumerate(by_prop):
        for b in by_prop[i + 1:]:
            if a[0] == b[0] and a[1] == b[1] and a[3] * b[3] == -1 and \
                    (a[2] == b[2] or not a[2] or not b[2]):
                contradictions.append(sorted([a[4], b[4]]))
    counts = {"actors": stats["actors"], "articles": stats["articles"], "claims": stats["claims"]}
    by_type = stats["edges_by_type"]
    if args.view == "claims":
        edges = {"SAID": by_type["SAID"], "ABOUT": by_type["ABOUT"], "IN": by_type["IN"],
                 "MEMBER_OF": by_type["MEMBER_OF"], "CONTRADICTS": len(contradictions)}
        nodes = counts["actors"] + counts["articles"] + counts["claims"]
    else:
        edges = {"STANCE": by_type["STANCE"]}
        nodes = counts["actors"]
    out = {
        "view": args.view,
        "nodes": nodes,
        "edges": sum(edges.values()),
        "edges_by_kind": edges,
        "actor_labels": sorted(actors),
        "claim_labels": sorted(sanitize(c["text"]) for c in claims) if args.view == "claims" else [],
        "about": sorted(about) if args.view == "claims" else [],
        "stance": sorted([f, t, s, n] for (f, t), (s, n) in stance.items()),
        "member_of": sorted(list(m) for m in members),
        "contradictions": sorted(contradictions),
    }
    if len(out["actor_labels"]) != counts["actors"]:
        print(f"expect: the input names {len(out['actor_labels'])} actors, the store holds "
              f"{counts['actors']}", file=sys.stderr)
        return 1
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    print()
    return 0


# ---- a graph read by a reader, compared with the expectation ------------------------------------

def compare_graph(ck, exp, nodes, edges):
    """nodes: {id: {attr}}, edges: [(source, target, {attr})] with 'kind' on both. Without an
    expectation (a filtered export), only ids and edge endpoints are checked."""
    ck.true("every node id is a stable id", all(ID_RE.match(n) for n in nodes))
    ck.true("no edge to a missing node", all(s in nodes and t in nodes for s, t, _ in edges))
    if exp is None:
        return
    ck.eq("node count", len(nodes), exp["nodes"])
    ck.eq("edge count", len(edges), exp["edges"])
    kinds = collections.Counter(d.get("kind") for _, _, d in edges)
    ck.eq("edges by kind", dict(kinds), {k: v for k, v in exp["edges_by_kind"].items() if v})
    label = {n: d.get("label") for n, d in nodes.items()}
    actors = sorted(label[n] for n, d in nodes.items() if d.get("kind") == "actor")
    ck.eq("actor labels", actors, exp["actor_labels"])
    if exp["view"] == "claims":
        claims = sorted(label[n] for n, d in nodes.items() if d.get("kind") == "claim")
        ck.eq("claim labels", claims, exp["claim_labels"])
        about = sorted([label[s], label[t], int(d["stance"])] for s, t, d in edges
                       if d["kind"] == "ABOUT")
        ck.eq("ABOUT stances", about, exp["about"])
        member = sorted([label[s], label[t]] for s, t, d in edges if d["kind"] == "MEMBER_OF")
        ck.eq("MEMBER_OF pairs", member, exp["member_of"])
        contra = sorted(sorted([label[s], label[t]]) for s, t, d in edges
                        if d["kind"] == "CONTRADICTS")
        ck.eq("CONTRADICTS pairs", contra, exp["contradictions"])
        for n, d in nodes.items():
            if d.get("kind") == "claim":
                ck.true(f"{n} has an int polarity", isinstance(d.get("polarity"), int))
    else:
        stance = sorted([label[s], label[t], int(d["stance"]), int(d["count"])]
                        for s, t, d in edges)
        ck.eq("STANCE sums and counts", stance, exp["stance"])
        for s, t, d in edges:
            ck.true(f"{s}->{t} weight is the positive claim count",
                    float(d["weight"]) == int(d["count"]) > 0)


def check_graphml(args, exp):
    import networkx as nx
    ck = Checker("graphml")
    g = nx.read_graphml(args.file, force_multigraph=True)
    nodes = dict(g.nodes(data=True))
    edges = [(s, t, d) for s, t, d in g.edges(data=True)]
    compare_graph(ck, exp, nodes, edges)
    for s, t, d in edges:
        ck.eq(f"{s}->{t} interaction", d.get("interaction"), d.get("kind"))
    # Structure networkx does not care about: typed keys first, nodes before edges, key ids.
    root = ET.parse(args.file).getroot()
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    children = [c.tag for c in root]
    ck.true("all keys before the graph",
            children.index(ns + "graph") > max(i for i, c in enumerate(children) if c == ns + "key"))
    types = {k.get("attr.type") for k in root.iter(ns + "key")}
    ck.true(f"typed keys ({types})", types <= {"string", "int", "long", "double", "boolean"}
            and None not in types)
    ids = {k.get("id") for k in root.iter(ns + "key")}
    ck.true(f"no key named d3, d7, r or x ({ids})", not ids & {"d3", "d7", "r", "x"})
    ck.true("an interaction edge key", any(k.get("attr.name") == "interaction" and
                                           k.get("for") == "edge" for k in root.iter(ns + "key")))
    order = [c.tag for c in root.find(ns + "graph")]
    ck.true("all nodes before edges",
            ns + "edge" not in order or ns + "node" not in order[order.index(ns + "edge"):])
    return ck.finish()


def check_gexf(args, exp):
    import networkx as nx
    ck = Checker("gexf")
    g = nx.read_gexf(args.file)
    nodes = dict(g.nodes(data=True))
    edges = [(s, t, d) for s, t, d in g.edges(data=True)]
    for _, _, d in edges:
        d["kind"] = d.get("label")  # the edge label repeats the native kind
    compare_graph(ck, exp, nodes, edges)
    ck.eq("graph mode", g.graph.get("mode"), "dynamic")
    root = ET.parse(args.file).getroot()
    ns = "{http://gexf.net/1.3}"
    graph = root.find(ns + "graph")
    ck.eq("timeformat", graph.get("timeformat"), "date")
    titles = [a.get("title") for a in graph.iter(ns + "attribute")]
    ck.true(f"no attribute named type ({titles})", "type" not in titles)
    seen = collections.Counter()
    for e in graph.iter(ns + "edge"):
        ck.true(f"edge {e.get('id')} has a positive weight", float(e.get("weight", "0")) > 0)
        ck.true(f"edge {e.get('id')} has a kind", bool(e.get("kind")))
        seen[(e.get("source"), e.get("target"), e.get("kind"))] += 1
        for t in ("start", "end"):
            if e.get(t) is not None:
                datetime.date.fromisoformat(e.get(t))
    ck.true("parallel edges have distinct kinds", all(n == 1 for n in seen.values()))
    # viz colours: hostile red, friendly green, neutral grey (by the sign of the stance).
    viz = "{http://gexf.net/1.3/viz}color"
    tone = {-1: ("214", "39", "40"), 0: ("150", "150", "150"), 1: ("44", "160", "44")}
    for e in graph.iter(ns + "edge"):
        colours = [(c.get("r"), c.get("g"), c.get("b")) for c in e.iter(viz)]
        ck.eq(f"edge {e.get('id')} has one colour", len(colours), 1)
        stance = [a.get("value") for a in e.iter(ns + "attvalue") if a.get("for") == "stance"]
        if stance and colours:
            sign = (int(stance[0]) > 0) - (int(stance[0]) < 0)
            ck.eq(f"edge {e.get('id')} colour", colours[0], tone[sign])
    return ck.finish()


def check_svg(args, exp):
    ck = Checker("dot -Tsvg")
    root = ET.parse(args.file).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    groups = list(root.iter(ns + "g"))
    nodes = [g.find(ns + "title").text for g in groups if g.get("class") == "node"]
    edges = [g for g in groups if g.get("class") == "edge"]
    if exp is not None:
        ck.eq("node count", len(nodes), exp["nodes"])
        ck.eq("edge count", len(edges), exp["edges"])
    bad = [n for n in nodes if not ID_RE.match(n)]
    ck.true(f"every node keeps its quoted id ({bad[:3]})", not bad)
    return ck.finish()


NEO4J_TYPES = {"string", "int", "long", "double", "boolean", "date"}


def parse_typed(ck, where, kind, value):
    if value == "":
        return None
    try:
        if kind in ("int", "long"):
            return int(value)
        if kind == "double":
            return float(value)
        if kind == "boolean":
            assert value in ("true", "false")
            return value == "true"
        if kind == "date":
            return datetime.date.fromisoformat(value).isoformat()
    except (ValueError, AssertionError):
        ck.true(f"{where}: {value!r} is not a {kind}", False)
    return value


def read_csv(ck, path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, strict=True))
    header, rows = rows[0], rows[1:]
    for i, row in enumerate(rows):
        ck.eq(f"{os.path.basename(path)} row {i + 2} width", len(row), len(header))
    return header, rows


def check_neo4j(args, exp):
    ck = Checker("neo4j csv")
    nodes, edges = {}, []
    for path in sorted(glob.glob(os.path.join(args.file, "nodes_*.csv"))):
        header, rows = read_csv(ck, path)
        ck.true(f"{path}: first column is the :ID", header[0].endswith(":ID"))
        ck.true(f"{path}: a :LABEL column", ":LABEL" in header)
        for h in header[2:]:
            ck.true(f"{path}: typed column {h}", ":" in h and h.split(":")[1] in NEO4J_TYPES)
        kind = os.path.basename(path)[len("nodes_"):-len(".csv")]
        for row in rows:
            d = {"kind": kind}
            for h, v in zip(header[2:], row[2:]):
                name, t = h.split(":")
                d[name] = parse_typed(ck, path, t, v)
            ck.true(f"{row[0]} is unique", row[0] not in nodes)
            ck.true(f"{row[0]} labelled {row[1]}", row[1].split(";")[0] == kind.capitalize())
            nodes[row[0]] = d
    for path in sorted(glob.glob(os.path.join(args.file, "rels_*.csv"))):
        header, rows = read_csv(ck, path)
        ck.eq(f"{path}: header start", header[:3], [":START_ID", ":END_ID", ":TYPE"])
        for h in header[3:]:
            ck.true(f"{path}: typed column {h}", ":" in h and h.split(":")[1] in NEO4J_TYPES)
        for row in rows:
            d = {"kind": row[2]}
            for h, v in zip(header[3:], row[3:]):
                name, t = h.split(":")
                d[name] = parse_typed(ck, path, t, v)
            edges.append((row[0], row[1], d))
    compare_graph(ck, exp, nodes, edges)
    return ck.finish()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("expect")
    e.add_argument("--stats", required=True)
    e.add_argument("--view", choices=["claims", "stance"], required=True)
    e.add_argument("claims", nargs="+")
    for name in ("graphml", "gexf", "svg", "neo4j"):
        p = sub.add_parser(name)
        p.add_argument("file")
        p.add_argument("expect", nargs="?", help="omitted: structural checks only")
    args = parser.parse_args()
    if args.cmd == "expect":
        return expect(args)
    exp = json.load(open(args.expect, encoding="utf-8")) if args.expect else None
    return {"graphml": check_graphml, "gexf": check_gexf, "svg": check_svg,
            "neo4j": check_neo4j}[args.cmd](args, exp)


if __name__ == "__main__":
    sys.exit(main())
