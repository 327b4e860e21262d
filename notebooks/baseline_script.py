#!/usr/bin/env python3
"""The yardstick of issue 14: what a historian's notebook script does with the same pages, timed.

It reads bulleted listing pages (the generator's main layout) the way a notebook would: split each page
at its bullets, take the date line, the title and the summary, parse the date with dateparser, find
capitalized name pairs with a regular expression, merge sightings on (date, title) with pandas, and
write JSON Lines. It is not meant to be right (no chrome rules, no other layouts, no romanization), only
to show the speed of the usual tools on the same input.

usage: python3 notebooks/baseline_script.py INPUT_FOLDER [MAX_RECORDS]
needs: pandas, dateparser (Debian: python3-pandas python3-dateparser)
"""
import os
import re
import sys
import tempfile
import time

import dateparser
import pandas as pd

BULLET = re.compile(r"^\s*[•*\-]\s+(.*)$")
NAME = re.compile(r"\b([A-Z][a-z]+(?:[- ][A-Z][a-z]+)+)\b")


def records(folder, limit):
    n = 0
    for root, _, files in sorted(os.walk(folder)):
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                blocks, current = [], None
                for line in f:
                    m = BULLET.match(line)
                    if m:
                        current = [m.group(1).strip()]
                        blocks.append(current)
                    elif current is not None and line.strip():
                        current.append(line.strip())
            for b in blocks:
                yield {"file": name, "date_text": b[0], "title": b[1] if len(b) > 1 else None,
                       "summary": " ".join(b[2:]) or None}
                n += 1
                if n >= limit:
                    return


def main():
    folder = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 10**12
    t0 = time.perf_counter()
    df = pd.DataFrame(records(folder, limit))
    t_read = time.perf_counter()
    df["date"] = [dateparser.parse(t, settings={"STRICT_PARSING": False}) for t in df["date_text"]]
    t_dates = time.perf_counter()
    text = (df["title"].fillna("") + " " + df["summary"].fillna(""))
    df["people"] = [sorted(set(NAME.findall(t))) for t in text]
    documents = (df.assign(sightings=1)
                 .groupby(["date_text", "title"], dropna=False)
                 .agg(sightings=("sightings", "sum"), summary=("summary", "first"), people=("people", "sum"))
                 .reset_index())
    t_merge = time.perf_counter()
    out = tempfile.mkdtemp(prefix="baseline-")
    df.to_json(os.path.join(out, "sightings.jsonl"), orient="records", lines=True, date_format="iso")
    documents.to_json(os.path.join(out, "documents.jsonl"), orient="records", lines=True)
    t_end = time.perf_counter()
    n = len(df)
    print(f"records {n:,}  documents {len(documents):,}  wall {t_end - t0:.1f} s  "
          f"records/s {n / (t_end - t0):,.0f}")
    print(f"  read {t_read - t0:.1f} s, dates {t_dates - t_read:.1f} s, names+merge {t_merge - t_dates:.1f} s, "
          f"write {t_end - t_merge:.1f} s  (outputs in {out})")


if __name__ == "__main__":
    main()
