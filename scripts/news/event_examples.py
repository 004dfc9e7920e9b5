#!/usr/bin/env python3
"""Writes data/reference/news_event_examples.csv from the train/ split of the labelled news corpus only.

One row per train article: the article's first labelled event type ("none" when it has none) and the words the
fallback event model reads (the title and the first sentence of the body, dateline removed). dev/, test/, test2/ and
outside/ are never read. Usage: scripts/news/event_examples.py [--exclude PREFIX...]  (prefixes of file names left out,
used to measure the model on articles it was not trained on).
"""
import csv, json, os, re, sys

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
train = os.path.join(root, "tests", "Lodestone.News.Tests", "Corpus", "train")
out = os.path.join(root, "data", "reference", "news_event_examples.csv")
exclude = sys.argv[sys.argv.index("--exclude") + 1:] if "--exclude" in sys.argv else []
dateline = re.compile(r"^[A-Z][\w.'’ ,-]{1,60}?(?:\([^)]{1,40}\))?\s*[-–—]\s+")

rows = []
with open(os.path.join(train, "gold.jsonl"), encoding="utf-8") as gold:
    for line in gold:
        label = json.loads(line)
        name = label["file"]
        if any(name.startswith(p) for p in exclude):
            continue
        with open(os.path.join(train, name), encoding="utf-8") as f:
            text = f.read()
        header, _, body = text.partition("\n\n")
        title = next((l[len("Title:"):].strip() for l in header.splitlines() if l.startswith("Title:")), "")
        first = body.strip().split("\n")[0]
        first = dateline.sub("", first, count=1)
        sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", first)[0]
        kind = label["event_types"][0] if label["event_types"] else "none"
        rows.append((kind, (title + " | " + sentence).replace("\n", " "), name))

with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["type", "text", "source"])
    w.writerows(rows)
print(f"{len(rows)} examples -> {os.path.relpath(out, root)}")
