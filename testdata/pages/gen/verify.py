#!/usr/bin/env python3
"""Check every truth first/last word, author and time_text against each dump (whitespace-normalised)."""
import glob, json, os, re, sys
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CONV = ["w3m", "lynx", "html2text", "links", "elinks", "pandoc"]
bad = 0
def norm(t):
    t = re.sub(r".\x08", "", t)                      # html2text overstrike (x\bx)
    return re.sub(r"[\s\u00a0]+", " ", t)
for tf in sorted(glob.glob(os.path.join(OUT, "*.truth.json"))):
    stem = os.path.basename(tf)[:-len(".truth.json")]
    truth = json.load(open(tf, encoding="utf-8"))
    if "posts" in truth:  # archive page: every post's comments, in page order
        truth["comments"] = [c for p in truth["posts"] for c in p["comments"]]
    for conv in CONV:
        df = os.path.join(OUT, f"{stem}.{conv}.txt")
        if not os.path.exists(df):
            continue
        raw = open(df, encoding="utf-8", errors="replace").read()
        text = norm(raw)
        words = set(re.findall(r"\w[\w']*", text))
        miss = []
        for c in truth["comments"]:
            for k in ("first", "last"):
                if c[k] not in words and c[k] not in text:
                    miss.append(f"{c['id']}.{k}={c[k]!r}")
            # author/time: html2text writes link text with '_' for spaces, so compare leniently
            loose = text.replace("_", " ")
            if c["author"] not in loose:
                miss.append(f"{c['id']}.author={c['author']!r}")
            if c["time_text"] not in loose:
                miss.append(f"{c['id']}.time={c['time_text']!r}")
        # ordered pass: author -> time -> first -> last must occur in document order for every comment
        loose = text.replace("_", " ")
        pos = 0
        order = {"classic": ("author", "first", "last", "time_text"),
                 "old2004": ("first", "last", "author", "time_text"),
                 "old2005": ("time_text", "author", "first", "last")}.get(stem.split("-")[0], ("author", "time_text", "first", "last"))
        for c in truth["comments"]:
            for k in order:
                if k == "last" and c["last"] == c["first"]:
                    continue  # a one-word body ("+1", "10:30"): its first word is its last, found once
                m = re.search((r"(?<!\w)" if k in ("first", "last") else "") + re.escape(c[k]) + (r"(?!\w)" if k in ("first", "last") else ""), loose[pos:])
                if not m:
                    miss.append(f"order:{c['id']}.{k}")
                    break
                pos += m.end()
        if miss:
            bad += 1
        print(f"{stem:28s} {conv:9s} {'OK' if not miss else 'MISSING ' + ', '.join(miss[:8]) + (' ...' if len(miss) > 8 else '')}")
print("dumps with problems:", bad)
