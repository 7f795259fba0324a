#!/usr/bin/env python3
"""The portal's combined search (README “站群”) against a single site of the same documents.

    python3 bench/group_search_bench.py --gongkai .build/debug/gongkai          # 10,000 documents, 4 members
    python3 bench/group_search_bench.py --docs 2000 --members 3 --no-write       # a quick look

1. generates the bench corpus (bench/gen_corpus.py, deterministic) and splits its documents
   over --members member sites of a group (each a copy of the corpus's site.json with its own
   agency.code, the 索引号 rewritten to it; an interpretation goes to the member of the
   policy it interprets, every node's _index.md and every other file to every member);
2. builds the single site and the group (same SOURCE_DATE_EPOCH, same base URL; the members
   under <base>/<id>/);
3. serves each output on 127.0.0.1 under its sub-path and, in headless Chromium, runs the 30
   queries of bench/search_bench.py on the single site's search page and on the portal's,
   each from a cold page: bytes the server sent for the search (script, index.json, shards,
   the 20 shown results' fragments) and files fetched;
4. checks that both find the same documents (the portal's results named without their member
   prefix), and against the generator's right answers (recall, precision);
5. writes the `## Site group: the portal's combined search, N documents in M members` section
   of bench/search-results.md (one section per size, so the 10,000- and 50,000-document groups
   stand side by side).

Build times are not measured here (bench/search_bench.py and bench/run.sh do); sizes, bytes
and files do not depend on the machine's load.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "Tests", "browser"))
import gen_corpus  # noqa: E402
import search_bench  # noqa: E402
from static_server import CountingServer  # noqa: E402

SECTION = "## Site group: the portal's combined search, {docs:,} documents in {members} members"
INTERPRETS = re.compile(r'^interprets: \[?"?([^"\]\n]+)"?\]?$', re.M)
INDEX_NO = re.compile(r'^index_no: "?([^"\n]+)"?$', re.M)


def split_group(site, group, members):
    """Writes group/group.json and group/members/mN/ from the single site's folder."""
    shutil.rmtree(group, ignore_errors=True)
    config = json.load(open(os.path.join(site, "site.json"), encoding="utf-8"))
    code = config["agency"]["code"]
    docs, common = [], []
    for dirpath, _, names in os.walk(site):
        for name in sorted(names):
            rel = os.path.relpath(os.path.join(dirpath, name), site)
            if rel == "site.json":
                continue
            (docs if rel.startswith("content" + os.sep) and name.endswith(".md") and name != "_index.md" else common).append(rel)
    docs.sort()
    texts = {rel: open(os.path.join(site, rel), encoding="utf-8").read() for rel in docs}
    owner_of_number, owner = {}, {}
    for k, rel in enumerate(d for d in docs if not INTERPRETS.search(texts[d])):
        owner[rel] = k % members
        owner_of_number[INDEX_NO.search(texts[rel]).group(1)] = k % members
    for rel in docs:
        if rel not in owner:
            owner[rel] = owner_of_number.get(INTERPRETS.search(texts[rel]).group(1).strip(), 0)
    ids = [f"m{k + 1}" for k in range(members)]
    for k, mid in enumerate(ids):
        folder = os.path.join(group, "members", mid)
        code_k = member_code(k)
        own = dict(config, title=f"{config['title']}（成员 {k + 1}）", agency=dict(config["agency"], code=code_k))
        own.pop("base_url", None)
        os.makedirs(folder, exist_ok=True)
        json.dump(own, open(os.path.join(folder, "site.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
        for rel in common:
            os.makedirs(os.path.dirname(os.path.join(folder, rel)), exist_ok=True)
            shutil.copyfile(os.path.join(site, rel), os.path.join(folder, rel))
        for rel in docs:
            if owner[rel] != k:
                continue
            os.makedirs(os.path.dirname(os.path.join(folder, rel)), exist_ok=True)
            with open(os.path.join(folder, rel), "w", encoding="utf-8") as f:
                f.write(texts[rel].replace(code + "/", code_k + "/"))
    json.dump({"title": "明川县政府信息公开平台", "base_url": gen_corpus.BASE_URL,
               "members": [{"id": mid, "title": f"成员 {k + 1}", "kind": "部门", "path": f"members/{mid}"} for k, mid in enumerate(ids)]},
              open(os.path.join(group, "group.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    return ids, code, owner_of_number


def member_code(k):
    return f"{k + 1:08d}-{k + 1}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--members", type=int, default=4)
    parser.add_argument("--work", default="/dev/shm/gongkai-group-search-bench")
    parser.add_argument("--gongkai", default=os.path.join(ROOT, ".build", "debug", "gongkai"))
    parser.add_argument("--no-write", action="store_true", help="print the report only")
    args = parser.parse_args()
    os.environ.setdefault("SE_AVOID_STATS", "true")
    os.environ.setdefault("SE_OFFLINE", "true")

    work = args.work
    corpus = os.path.join(work, f"corpus-{args.docs}")
    if not os.path.exists(os.path.join(corpus, "gongkai", "site.json")):
        shutil.rmtree(corpus, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), str(args.docs), corpus], check=True)
    site = os.path.join(corpus, "gongkai")
    group = os.path.join(work, f"group-{args.docs}-{args.members}")
    ids, code, owner_of_number = split_group(site, group, args.members)

    env = dict(os.environ, SOURCE_DATE_EPOCH=search_bench.EPOCH)
    outs = {"single": os.path.join(work, "out-single"), "group": os.path.join(work, "out-group")}
    for which, folder in (("single", site), ("group", group)):
        shutil.rmtree(outs[which], ignore_errors=True)
        run = subprocess.run([args.gongkai, "build", "--site", folder, "--output", outs[which]], capture_output=True, text=True, env=env)
        assert run.returncode == 0, (which, run.stdout[-3000:], run.stderr[-3000:])
        print(f"built the {which} output", flush=True)

    docs = gen_corpus.build_documents(args.docs)
    for d in docs:
        gen_corpus.finish(d)
        d["plain"] = search_bench.plain(d.pop("body"))
        d["url"] = "/" + d["node"] + "/" + d["name"] + ".html"
    qs = search_bench.queries(docs)
    base_path = urllib.parse.urlsplit(gen_corpus.BASE_URL).path
    manifests = {w: json.load(open(os.path.join(outs[w], "search", "index.json"))) for w in outs}
    members = manifests["group"]["members"]

    def url_of(which, i):
        """The document's site-relative URL, without the member's segment on the portal."""
        folder = os.path.join(outs[which], "search")
        if which == "group":
            m = next(m for m in members if m["from"] <= i < m["from"] + m["documents"])
            folder, i = os.path.join(outs[which], m["id"], "search"), i - m["from"]
        u = json.load(open(os.path.join(folder, "d", f"{i}.json"), encoding="utf-8"))["u"][len(base_path):]
        if which == "group":
            u = u.split("/", 1)[1]
        return "/" + u

    from run import make_driver   # Tests/browser/run.py
    load_start = open("/proc/loadavg").read().split()[:3]
    rows = []
    driver = make_driver()
    driver.set_script_timeout(300)
    try:
        for which in ("single", "group"):
            server = CountingServer(outs[which], base_path).start()
            try:
                search_bench.gongkai_query(driver, server, "预热")
                for n, (kind, text, label) in enumerate(qs):
                    asked = text
                    if which == "group" and label == "索引号 full":
                        # The members have their own agency codes: ask for the member's 索引号.
                        asked = text.replace(code + "/", member_code(owner_of_number[text]) + "/")
                    r = search_bench.gongkai_query(driver, server, asked)
                    found = {url_of(which, i) for i in r["ids"]}
                    if which == "single":
                        rows.append({"q": text, "label": label, "truth": search_bench.right_answers(kind, text, docs)})
                    rows[n][which] = dict(r, found=found)
                    print(f"{which:6} {text:24} {len(found):5} found {r['bytes'] / 1024:6.1f} KiB {r['requests']:3} files", flush=True)
            finally:
                server.stop()
    finally:
        driver.quit()
    load_end = open("/proc/loadavg").read().split()[:3]

    def rp(found, truth):
        hit = len(found & truth)
        return (hit / len(truth) if truth else 1.0), (hit / len(found) if found else 1.0)

    def folder_size(path):
        return search_bench.folder_bytes(path)

    section_title = SECTION.format(docs=args.docs, members=args.members)
    lines = [section_title, "",
             f"Measured by `bench/group_search_bench.py` ({args.docs:,} documents of `bench/gen_corpus.py`, the same documents as one site and as a group "
             f"of {args.members} members, each member about {args.docs // args.members:,} documents; an interpretation is in its policy's member). "
             f"Queries as above (the same 30), cold, in headless Chromium, from a static server on 127.0.0.1. Load average {' '.join(load_start)} → {' '.join(load_end)} "
             "(other developers' compilers on the same 2 cores); bytes, files and results do not depend on it. "
             "The members have their own agency codes, so the full-索引号 query asks the portal for the member's 索引号.", ""]
    single_s, single_p = folder_size(os.path.join(outs["single"], "search", "s")), folder_size(os.path.join(outs["single"], "search", "p"))
    group_s, group_p = folder_size(os.path.join(outs["group"], "search", "s")), folder_size(os.path.join(outs["group"], "search", "p"))
    lines += ["| | single site | group portal |", "|---|---:|---:|",
              f"| shards (document lists) | {manifests['single']['shards']:,} ({search_bench.mib(single_s[0])}) | {manifests['group']['shards']:,} ({search_bench.mib(group_s[0])}) |",
              f"| phrase shards (bigram positions) | {manifests['single']['phraseShards']:,} ({search_bench.mib(single_p[0])}) | {manifests['group']['phraseShards']:,} ({search_bench.mib(group_p[0])}) |",
              f"| terms | {manifests['single']['terms']:,} | {manifests['group']['terms']:,} |"]
    med = lambda xs: statistics.median(xs)
    for label, key in (("bytes fetched per query (median; script, index, 20 fragments)", "bytes"), ("files fetched per query (median)", "requests")):
        vals = {w: [r[w][key] for r in rows] for w in outs}
        fmt = (lambda v: search_bench.kib(v)) if key == "bytes" else (lambda v: f"{v:g}")
        lines.append(f"| {label} | {fmt(med(vals['single']))} | {fmt(med(vals['group']))} |")
        lines.append(f"| … most | {fmt(max(vals['single']))} | {fmt(max(vals['group']))} |")
    same = sum(1 for r in rows if r["single"]["found"] == r["group"]["found"])
    recall = {w: statistics.mean(rp(r[w]["found"], r["truth"])[0] for r in rows) for w in outs}
    precision = {w: statistics.mean(rp(r[w]["found"], r["truth"])[1] for r in rows) for w in outs}
    lines += [f"| recall (mean of 30) | {recall['single']:.3f} | {recall['group']:.3f} |",
              f"| precision (mean of 30) | {precision['single']:.3f} | {precision['group']:.3f} |",
              f"| queries finding exactly the single site's documents | | {same}/30 |", ""]
    lines += ["| # | query | kind | single: files | bytes | group: files | bytes | found |", "|---:|---|---|---:|---:|---:|---:|---:|"]
    for n, r in enumerate(rows, 1):
        lines.append(f"| {n} | {r['q']} | {r['label']} | {r['single']['requests']} | {search_bench.kib(r['single']['bytes'])} | "
                     f"{r['group']['requests']} | {search_bench.kib(r['group']['bytes'])} | {len(r['group']['found']):,} |")
    section = "\n".join(lines) + "\n"
    print(section)
    if not args.no_write:
        path = os.path.join(HERE, "search-results.md")
        text = open(path, encoding="utf-8").read()
        start = text.find("\n" + section_title + "\n")
        if start >= 0:
            end = text.find("\n## ", start + 1)
            text = text[:start].rstrip("\n") + "\n\n" + section + (text[end:] if end >= 0 else "")
        else:
            text = text.rstrip("\n") + "\n\n" + section
        open(path, "w", encoding="utf-8").write(text)
        print("wrote the site-group section of bench/search-results.md")


if __name__ == "__main__":
    main()
