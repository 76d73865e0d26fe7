#!/usr/bin/env python3
"""Write <stem>.html and <stem>.truth.json for every page in content.PAGES."""
import json, os, re, sys, zlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import PAGES as FIRST
from content_new import PAGES as SECOND
from content_third import PAGES as THIRD
# GEN_SET=old, second or third builds one set; all three by default.
PAGES = {"old": FIRST, "second": SECOND, "third": THIRD}.get(os.environ.get("GEN_SET", ""), FIRST + SECOND + THIRD)
from fmt import FORMATS, NO_DATE, NO_CLOCK, first_last, plain
from ui import UI
import templates as T

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def slug(s):
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return "-".join(s.split("-")[:3])


def descendants(c):
    """every reply under c in document order (Blogger shows replies to replies as siblings)"""
    out = []
    for r in c.get("replies", []):
        out.append(r)
        out += descendants(r)
    return out


def walk(comments, ids, fmt, ui, parent="", out=None):
    out = [] if out is None else out
    for i, c in enumerate(comments, 1):
        cid = f"{parent}.{i}" if parent else str(i)
        c["_cid"] = ids.big()
        c["_time_text"] = FORMATS[fmt](c["dt"])
        if c.get("deleted"):
            c["text"] = ui["removed"]
            first, last = first_last(c["text"])
        else:
            first, last = first_last(c["html"])
            toks = plain(c["html"]).split()
            assert re.sub(r"[^\w]+$", "", toks[-1]) .endswith(last) or toks[-1] in ("!", "?"), (cid, toks[-1])
        out.append({"id": cid, "parent": parent, "author": c["author"], "time_text": c["_time_text"],
                    "date": "" if fmt in NO_DATE else c["dt"].date().isoformat(),
                    "clock": "" if fmt in NO_CLOCK else f"{c['dt'].hour:02d}:{c['dt'].minute:02d}",
                    "first": first, "last": last, "deleted": bool(c.get("deleted"))})
        walk(descendants(c) if not parent else [], ids, fmt, ui, cid, out)
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    for p in PAGES:
        if p["template"] == "archive":
            build_archive(p)
            continue
        ids = T.Ids(zlib.crc32(p["stem"].encode()))
        ui = dict(UI[p["lang"]])
        ui["heading"] = p["heading"]
        p["blog_id"] = ids.big()
        p["post_id"] = ids.big()
        p["owner_profile"] = ids.profile()
        d = p["post_dt"]
        p["post_url"] = f"{p['url']}{d.year}/{d.month:02d}/{slug(p['title'])}.html"
        truth = walk(p["comments"], ids, p["fmt"], ui)
        if p["declared"] is not None and not p.get("miscount"):
            assert p["declared"] == len(truth), (p["stem"], p["declared"], len(truth))
        if p["template"] == "threaded":
            html = T.wrap(p, ui, T.threaded(p, ui, ids, p["comments"]))
        elif p["template"] == "contempo":
            html = T.contempo(p, ui, ids, p["comments"])
        elif p["template"] == "classic":
            html = T.wrap(p, ui, T.classic(p, ui, ids, p["comments"]))
        else:
            html = T.old_page(p, ui, ids, p["comments"], p["template"])
        with open(os.path.join(OUT, p["stem"] + ".html"), "w", encoding="utf-8") as f:
            f.write(html)
        with open(os.path.join(OUT, p["stem"] + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump({"language": {"pt": "pt-BR"}.get(p["lang"], p["lang"]), "declared": p["declared"], "comments": truth}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"{p['stem']}: {len(html)} bytes, {len(truth)} comments")


def build_archive(p):
    """several posts on one page (an archive or label page), each with its own comments;
    the truth gets a "posts" list of {title, declared, comments}."""
    ids = T.Ids(zlib.crc32(p["stem"].encode()))
    p["blog_id"] = ids.big()
    p["owner_profile"] = ids.profile()
    parts, posts = [], []
    for sub in p["posts"]:
        q = dict(p)
        q.update(sub)
        ui = dict(UI[q["lang"]])
        ui["heading"] = q["heading"]
        q["post_id"] = ids.big()
        d = q["post_dt"]
        q["post_url"] = f"{q['url']}{d.year}/{d.month:02d}/{slug(q['title'])}.html"
        truth = walk(q["comments"], ids, q["fmt"], ui)
        assert q["declared"] == len(truth), (p["stem"], q["title"])
        parts.append(T.post_block(q, ui) + T.threaded(q, ui, ids, q["comments"]))
        posts.append({"title": q["title"], "declared": q["declared"], "comments": truth})
    html = T.wrap_multi(dict(p, post_id=ids.big()), dict(UI[p["lang"]]), parts)
    with open(os.path.join(OUT, p["stem"] + ".html"), "w", encoding="utf-8") as f:
        f.write(html)
    with open(os.path.join(OUT, p["stem"] + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump({"language": p["lang"], "posts": posts}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{p['stem']}: {len(html)} bytes, {sum(len(x['comments']) for x in posts)} comments in {len(posts)} posts")


if __name__ == "__main__":
    main()
