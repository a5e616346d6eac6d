#!/usr/bin/env bash
# Exports read back by the real tools (ctest export_reader_<CHECK>).
#
# Usage: check_export.sh CHECK STANCEGRAPH REPO_ROOT
#   CHECK: graphml | graphml_xsd | gexf | gexf_xsd | dot | cytoscape | neo4j
#
# Stores the example (examples/blinken-lavrov.claims.jsonl) and the awkward-names fixture
# (tests/export/data/awkward.claims.jsonl) with `stancegraph add`, exports both views of each
# with `stancegraph export`, and checks every export with the reader CHECK names:
#   graphml      networkx read_graphml (tests/tools/check_export.py graphml)
#   graphml_xsd  xmllint --schema ../shared/formats/graphml/graphml.xsd
#   gexf         networkx read_gexf (check_export.py gexf)
#   gexf_xsd     viz: stripped by tests/tools/strip_viz.xsl through xsltproc, then xmllint
#                --schema ../shared/formats/gexf-1.3/gexf.xsd
#   dot          dot -Tsvg exits 0 without warnings; the SVG has every node and edge
#   cytoscape    node + the cytoscape package (tests/js/check_cytoscape.js)
#   neo4j        Python's csv module (check_export.py neo4j)
# Counts and values are compared with what `check_export.py expect` derives from the input and
# `stancegraph stats`. Filtered exports (--around, --since/--until, --rollup, --min-weight) are
# checked too, for validity and for dangling edges.
# Exits 77 (ctest: skipped) with a reason when the reader or the schema is missing.
set -euo pipefail

check=$1
sg=$2
root=$(cd "$3" && pwd)
tools="$root/tests/tools"
schemas="$root/../shared/formats"

skip() {
  echo "SKIPPED export_reader_$check: $*"
  exit 77
}
need() { command -v "$1" >/dev/null 2>&1 || skip "$1 is not installed ($2)"; }

need python3 "expectations are computed in Python"
case $check in
  graphml | gexf)
    python3 -c 'import sys, networkx; sys.exit(int(networkx.__version__.split(".")[0]) < 3)' \
      2>/dev/null || skip "the first python3 on PATH has no networkx 3 (reads GEXF 1.3)"
    ;;
  graphml_xsd)
    need xmllint "Debian package libxml2-utils"
    [[ -f "$schemas/graphml/graphml.xsd" ]] || skip "no GraphML schema at $schemas/graphml"
    ;;
  gexf_xsd)
    need xmllint "Debian package libxml2-utils"
    need xsltproc "Debian package xsltproc"
    [[ -f "$schemas/gexf-1.3/gexf.xsd" ]] || skip "no GEXF 1.3 schema at $schemas/gexf-1.3"
    ;;
  dot) need dot "Debian package graphviz" ;;
  cytoscape)
    need node "Debian package nodejs"
    [[ -f "$root/tests/js/node_modules/cytoscape/package.json" ]] ||
      skip "npm package cytoscape missing in tests/js (scripts/setup.sh runs npm ci there)"
    ;;
  neo4j) ;;
  *)
    echo "unknown check $check" >&2
    exit 2
    ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

# export NAME ARGS...: the export of the current database into $work/NAME; fails the test when
# the program fails.
export_to() {
  local name=$1
  shift
  if ! "$sg" --db "$db" export "$@" -o "$work/$name" 2>"$work/$name.err"; then
    echo "FAIL: stancegraph export $* exited non-zero: $(cat "$work/$name.err")"
    failed=1
    return 1
  fi
}

# read_back FILE EXPECT: runs the reader of $check on FILE.
read_back() {
  local file=$1 expect=$2
  case $check in
    graphml | gexf | neo4j) python3 "$tools/check_export.py" "$check" "$file" $expect || failed=1 ;;
    graphml_xsd)
      xmllint --noout --schema "$schemas/graphml/graphml.xsd" "$file" || failed=1
      ;;
    gexf_xsd)
      xsltproc "$tools/strip_viz.xsl" "$file" >"$file.noviz"
      xmllint --noout --schema "$schemas/gexf-1.3/gexf.xsd" "$file.noviz" || failed=1
      ;;
    dot)
      if ! dot -Tsvg "$file" >"$file.svg" 2>"$file.svg.err"; then
        echo "FAIL: dot -Tsvg $file: $(cat "$file.svg.err")"
        failed=1
      elif [[ -s "$file.svg.err" ]]; then
        echo "FAIL: dot -Tsvg $file warned: $(head -c 2000 "$file.svg.err")"
        failed=1
      else
        python3 "$tools/check_export.py" svg "$file.svg" $expect || failed=1
      fi
      ;;
    cytoscape) node "$root/tests/js/check_cytoscape.js" "$file" $expect || failed=1 ;;
  esac
}

case $check in
  graphml | graphml_xsd) format=graphml ;;
  gexf | gexf_xsd) format=gexf ;;
  *) format=$check ;;
esac

for fixture in example awkward; do
  if [[ $fixture == example ]]; then
    input="$root/examples/blinken-lavrov.claims.jsonl"
    around="Sergey Lavrov"
  else
    input="$root/tests/export/data/awkward.claims.jsonl"
    around="Сергей Лавров"
  fi
  db="$work/$fixture.db"
  "$sg" --db "$db" add "$input" >/dev/null
  "$sg" --db "$db" stats --format json >"$work/$fixture.stats.json"
  for view in claims stance; do
    expect="$work/$fixture.$view.expect.json"
    python3 "$tools/check_export.py" expect --stats "$work/$fixture.stats.json" --view "$view" \
      "$input" >"$expect"
    echo "== $fixture, $view view"
    export_to "$fixture.$view.$format" --format "$format" --view "$view" &&
      read_back "$work/$fixture.$view.$format" "$expect"
  done
  # Filtered exports: no expected counts, but they must load, validate and have no dangling edge.
  n=0
  for args in "--around|$around|--depth|1" "--since|2022-01-01|--until|2022-01-31" \
    "--view|stance|--rollup" "--view|stance|--around|$around|--depth|2|--rollup|--min-weight|1" \
    "--view|stance|--since|2022-02-01"; do
    IFS='|' read -r -a argv <<<"$args"
    n=$((n + 1))
    echo "== $fixture, export ${argv[*]}"
    export_to "$fixture.filtered$n.$format" --format "$format" "${argv[@]}" &&
      read_back "$work/$fixture.filtered$n.$format" ""
  done
done

if ((failed)); then
  echo "export_reader_$check: FAILED"
  exit 1
fi
echo "export_reader_$check: passed"
