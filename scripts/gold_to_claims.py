#!/usr/bin/env python3
"""Turn gold claims (../shared/eval GUIDELINE format) into `stancegraph add` input.

usage: gold_to_claims.py ARTICLES.jsonl GOLD.jsonl [--date YYYY-MM-DD] > claims.jsonl

Each gold claim becomes one line: speaker (first name given), speaker_group, cue, text (the
gold content), targets, polarity, stance, start/end (the byte span of the gold sentence) and the
article (id, url, title, outlet, date). Gold claims carry no proposition; none is invented here.
"""
import json
import sys


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    date = None
    if "--date" in argv:
        date = argv[argv.index("--date") + 1]
        args.remove(date)
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    articles = {}
    with open(args[0], encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                articles[a["id"]] = a
    with open(args[1], encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            g = json.loads(line)
            a = articles[g["article"]]
            text = a["text"].encode("utf-8")
            start = text.find(g["sentence"].encode("utf-8"))
            out = {
                "speaker": g["speaker"][0],
                "speaker_group": g.get("speaker_group", ""),
                "cue": g["cue"],
                "text": g.get("content") or g["sentence"],
                "targets": g.get("targets", []),
                "polarity": g["polarity"],
                "stance": g.get("stance", {}),
                "date": date or a.get("date", ""),
                "start": start,
                "end": start + len(g["sentence"].encode("utf-8")),
                "article": {k: a.get(k, "") for k in ("id", "url", "title", "outlet")},
            }
            print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
