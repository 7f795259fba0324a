#!/usr/bin/env python3
"""gongkai's search index vs Pagefind on a generated disclosure column (issue #5).

    python3 bench/search_bench.py                      # 10,000 documents, 3 rounds of builds
    python3 bench/search_bench.py --docs 1000 --runs 1 --no-write   # a quick look

What it does:

1. builds gongkai (`swift build -c release`, or --gongkai BIN) and generates the corpus with
   bench/gen_corpus.py (deterministic) into --work (tmpfs by default);
2. times `gongkai build` of the corpus with `"search": true` and with `"search": false`,
   alternating, --runs times each (/usr/bin/time -v: wall, user+sys CPU, peak RSS); the index
   build time is the difference of the medians (the index is built inside the pipeline);
3. runs Pagefind (PyPI `pagefind-bin-extended`, Chinese segmentation) over the same built
   HTML: the document pages only (`--glob` on the document file names) with `main` as the
   root element, so it indexes what gongkai indexes rather than navigation and list pages;
4. serves the output from a static server on 127.0.0.1 under the corpus's sub-path
   (Tests/browser/static_server.py) and, in headless Chromium, runs 30 Chinese queries whose
   right answers are known from the generator, each from a cold page load: gongkai through
   its search page (`search/?q=`), Pagefind through its JavaScript API (search, then the
   data of the first 20 results, as many as gongkai shows). It records the bytes the
   server sent for the search (script, index, result fragments; not the page itself), the
   time in the browser, and every document found;
5. computes recall and precision, per query and overall, against the generator's ground
   truth: a document is a right answer when the query's text occurs as written in its
   title, summary, keywords or body (for a two-word query: both words), when its 文号 is
   the 文号 asked for, or when its 索引号 ends with the one asked for;
6. writes the full report to bench/search-results.md and its summary as the `## Search`
   section of bench/RESULTS.md (replacing only that section).
"""
import argparse
import datetime
import gzip
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "Tests", "browser"))
import gen_corpus  # noqa: E402
from static_server import CountingServer  # noqa: E402

SHOWN = 20   # results on one page of gongkai's search page
EPOCH = "1767225600"   # 2026-01-01, as bench/run.sh


# ------------------------------------------------------------------ queries

def queries(docs):
    """30 queries: (kind, text, label). Kinds: text (phrase in title or body), and (every
    word), docno (文号), indexno (索引号 suffix)."""
    by_year = sorted((d for d in docs if d["published_d"].year == 2024), key=lambda d: d["index_no"])
    policy = [d for d in docs if d["node"] == gen_corpus.POLICY_NODE]
    policy.sort(key=lambda d: d["index_no"])
    other = sorted((d for d in docs if d["node"] == "fdzdgknr/fgwj/qtwj"), key=lambda d: d["index_no"])
    q = []
    for text in ["历史文化名村保护", "消费者权益保护", "防汛抗旱和地质灾害防治", "石门镇开展防汛应急演练",
                 "桃源乡召开乡村振兴工作推进会", "政府采购意向公开", "公开遴选公务员公告", "见习岗位招募公告",
                 "政策受益对象", "网格化服务管理"]:
        q.append(("text", text, "phrase"))
    for text in ["化名村", "费者权", "汛抗", "源乡召", "购意", "遴选公", "格化服", "旱和地"]:
        q.append(("text", text, "inside a word"))
    for d in (policy[7 % len(policy)], other[42 % len(other)]):
        q.append(("docno", d["doc_no"], "文号 〔〕"))
        q.append(("docno", d["doc_no"].replace("〔", "[").replace("〕", "]"), "文号 []"))
    q.append(("indexno", by_year[16]["name"], "索引号 year-serial"))
    q.append(("indexno", by_year[len(by_year) * 5 // 7]["name"], "索引号 year-serial"))
    q.append(("indexno", docs[len(docs) * 7 // 9]["index_no"], "索引号 full"))
    for text in ["安全生产 专项整治", "乡村振兴 重点项目", "石门镇 防汛", "财政 预算", "义务教育 优质均衡"]:
        q.append(("and", text, "two words"))
    assert len(q) == 30, len(q)
    return q


LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def plain(markdown):
    text = LINK.sub(r"\1", markdown).replace("**", "")
    return re.sub(r"^#+ ", "", text, flags=re.M)


def right_answers(kind, text, docs):
    found = set()
    for d in docs:
        hay = "\n".join([d["title"], d["summary"], "，".join(d["keywords"]), d["plain"]])
        if kind == "text" and text in hay:
            found.add(d["url"])
        elif kind == "and" and all(w in hay for w in text.split()):
            found.add(d["url"])
        elif kind == "docno" and d["doc_no"] == text.replace("[", "〔").replace("]", "〕"):
            found.add(d["url"])
        elif kind == "indexno" and d["index_no"].endswith(text):
            found.add(d["url"])
    return found


# ------------------------------------------------------------------ builds

def run_timed(cmd, log, env=None):
    tf = log + ".time"
    t0 = time.monotonic()
    with open(log, "w") as out:
        rc = subprocess.run(["/usr/bin/time", "-v", "-o", tf] + cmd, stdout=out, stderr=subprocess.STDOUT, env=env).returncode
    wall = time.monotonic() - t0
    info = open(tf).read()

    def field(name):
        m = re.search(r"^\s*" + re.escape(name) + r": (.*)$", info, re.M)
        return float(m.group(1)) if m else 0.0
    return {"rc": rc, "wall": wall, "cpu": field("User time (seconds)") + field("System time (seconds)"),
            "rss_mib": field("Maximum resident set size (kbytes)") / 1024}


def folder_bytes(path, pattern=None):
    total = files = 0
    for dirpath, _, names in os.walk(path):
        for n in names:
            if pattern and not re.search(pattern, os.path.join(dirpath, n)):
                continue
            total += os.path.getsize(os.path.join(dirpath, n))
            files += 1
    return total, files


def ensure_tools(args):
    if not os.path.exists("/usr/bin/time"):
        subprocess.run(["apt-get", "install", "-y", "-q", "time"], check=False)
    try:
        import pagefind_bin_extended  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "pagefind-bin-extended"], check=True)
    if args.gongkai:
        return args.gongkai
    scratch = ["--scratch-path", args.scratch_path] if args.scratch_path else []
    subprocess.run(["swift", "build", "-c", "release", "--product", "gongkai"] + scratch, cwd=ROOT, check=True)
    bin_path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"] + scratch, cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout.strip()
    return os.path.join(bin_path, "gongkai")


def pagefind_version():
    out = subprocess.run([sys.executable, "-m", "pagefind_bin_extended", "--version"], capture_output=True, text=True)
    return out.stdout.strip() or out.stderr.strip()


# ------------------------------------------------------------------ browser

def gongkai_query(driver, server, q):
    server.reset()
    driver.get(server.base + "search/?q=" + urllib.parse.quote(q))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        state = driver.execute_script("var a = document.getElementById('search-app'); return a && a.dataset.state")
        if state in ("done", "idle", "error"):
            break
        time.sleep(0.02)
    assert state == "done", f"gongkai search page: {state} for {q}"
    ms = float(driver.execute_script("return document.getElementById('search-app').dataset.ms"))
    fetched = server.fetched()
    index_bytes = sum(b for p, b in fetched if "/search/" in p and not p.endswith("/search/"))
    script_bytes = sum(b for p, b in fetched if p.endswith("/assets/search.js"))
    ids = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "GongkaiSearch.find(arguments[0]).then(done, function (e) { done('error: ' + e); });", q)
    assert isinstance(ids, list), ids
    return {"ms": ms, "bytes": index_bytes + script_bytes, "index_bytes": index_bytes, "ids": ids,
            "requests": sum(1 for p, _ in fetched if "/search/" in p and not p.endswith("/search/"))}


def pagefind_query(driver, server, q):
    driver.get(server.base + "404.html")
    server.reset()
    result = driver.execute_async_script("""
        var done = arguments[arguments.length - 1], base = arguments[0], q = arguments[1], shown = arguments[2];
        var t0 = performance.now();
        import(base + 'pagefind/pagefind.js').then(function (pf) {
          return pf.options({baseUrl: base}).then(function () { return pf.search(q); }).then(function (search) {
            return Promise.all(search.results.slice(0, shown).map(function (r) { return r.data(); })).then(function () {
              done({ms: performance.now() - t0, ids: search.results.map(function (r) { return r.id; })});
            });
          });
        }).catch(function (e) { done({error: String(e)}); });
    """, server.prefix, q, SHOWN)
    assert "error" not in result, result
    fetched = server.fetched()
    return {"ms": result["ms"], "bytes": sum(b for p, b in fetched if "/pagefind/" in p), "ids": result["ids"],
            "requests": sum(1 for p, _ in fetched if "/pagefind/" in p)}


# ------------------------------------------------------------------ main

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", default="/dev/shm/gongkai-search-bench")
    parser.add_argument("--gongkai", help="use this gongkai binary instead of building one")
    parser.add_argument("--scratch-path", help="passed to swift build --scratch-path")
    parser.add_argument("--no-write", action="store_true", help="print the report only")
    parser.add_argument("--note", default="")
    args = parser.parse_args()

    os.environ.setdefault("SE_AVOID_STATS", "true")
    os.environ.setdefault("SE_OFFLINE", "true")
    gongkai = ensure_tools(args)
    work = args.work
    os.makedirs(os.path.join(work, "logs"), exist_ok=True)
    corpus = os.path.join(work, f"corpus-{args.docs}")
    stamp = str(os.path.getmtime(os.path.join(HERE, "gen_corpus.py")))
    if not os.path.exists(os.path.join(corpus, ".stamp")) or open(os.path.join(corpus, ".stamp")).read() != stamp:
        shutil.rmtree(corpus, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), str(args.docs), corpus], check=True)
        open(os.path.join(corpus, ".stamp"), "w").write(stamp)
    site_on = os.path.join(corpus, "gongkai")
    site_off = os.path.join(corpus, "gongkai-nosearch")
    if not os.path.exists(site_off):
        shutil.copytree(site_on, site_off)
        config = json.load(open(os.path.join(site_off, "site.json"), encoding="utf-8"))
        config["search"] = False
        json.dump(config, open(os.path.join(site_off, "site.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)

    # 1. Builds, alternating.
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    out = os.path.join(work, "out", "site")
    builds = {"on": [], "off": []}
    load_start = open("/proc/loadavg").read().split()[:3]
    for r in range(args.runs):
        for which, site in (("off", site_off), ("on", site_on)):
            shutil.rmtree(os.path.dirname(out), ignore_errors=True)
            res = run_timed([gongkai, "build", "--site", site, "--output", out], os.path.join(work, "logs", f"gongkai-{which}-{r}.log"), env)
            assert res["rc"] == 0, f"gongkai build failed: see {work}/logs"
            builds[which].append(res)
            print(f"gongkai search {which:3}: wall {res['wall']:.2f} s, cpu {res['cpu']:.2f} s, rss {res['rss_mib']:.0f} MiB", flush=True)
    # The last build (search on) stays for the queries.
    search_dir = os.path.join(out, "search")
    shard_bytes, shard_files = folder_bytes(os.path.join(search_dir, "s"))
    phrase_bytes, phrase_files = folder_bytes(os.path.join(search_dir, "p"))
    manifest = json.load(open(os.path.join(search_dir, "index.json")))
    fragment_bytes, fragment_files = folder_bytes(os.path.join(search_dir, "d"))
    script_bytes = os.path.getsize(os.path.join(out, "assets", "search.js"))

    # 2. Pagefind over the same HTML.
    pagefind_runs = []
    for r in range(args.runs):
        shutil.rmtree(os.path.join(out, "pagefind"), ignore_errors=True)
        res = run_timed([sys.executable, "-m", "pagefind_bin_extended", "--site", out, "--glob", "**/[0-9][0-9][0-9][0-9]-[0-9]*.html",
                         "--root-selector", "main"], os.path.join(work, "logs", f"pagefind-{r}.log"))
        assert res["rc"] == 0, f"pagefind failed: see {work}/logs"
        pagefind_runs.append(res)
        print(f"pagefind: wall {res['wall']:.2f} s, cpu {res['cpu']:.2f} s, rss {res['rss_mib']:.0f} MiB", flush=True)
    pf_dir = os.path.join(out, "pagefind")
    pf_index_bytes, pf_index_files = folder_bytes(pf_dir, r"(/index/|\.pf_meta$|wasm\.)")
    pf_fragment_bytes, pf_fragment_files = folder_bytes(os.path.join(pf_dir, "fragment"))
    pf_url = {}
    for name in os.listdir(os.path.join(pf_dir, "fragment")):
        raw = gzip.open(os.path.join(pf_dir, "fragment", name)).read()
        pf_url[name[: -len(".pf_fragment")]] = json.loads(raw[len(b"pagefind_dcd"):])["url"]

    # 3. Ground truth from the generator.
    docs = gen_corpus.build_documents(args.docs)
    for d in docs:
        gen_corpus.finish(d)
        d["plain"] = plain(d.pop("body"))
        d["url"] = "/" + d["node"] + "/" + d["name"] + ".html"
    qs = queries(docs)

    # 4. Queries in Chromium.
    from run import make_driver   # Tests/browser/run.py
    base_path = urllib.parse.urlsplit(gen_corpus.BASE_URL).path
    server = CountingServer(out, base_path).start()
    driver = make_driver()
    driver.set_script_timeout(300)   # Pagefind's queries of thousands of results, on a busy machine
    gk_url = {}

    def gongkai_url(i):
        if i not in gk_url:
            u = json.load(open(os.path.join(search_dir, "d", f"{i}.json"), encoding="utf-8"))["u"]
            gk_url[i] = "/" + u[len(base_path):]
        return gk_url[i]

    rows = []
    try:
        gongkai_query(driver, server, "预热")   # warm the browser itself (not measured)
        for kind, text, label in qs:
            truth = right_answers(kind, text, docs)
            assert truth, f"no right answer for {text}"
            g = gongkai_query(driver, server, text)
            p = pagefind_query(driver, server, text)
            g_found = {gongkai_url(i) for i in g["ids"]}
            p_found = {pf_url.get(i, "?") for i in p["ids"]}

            def rp(found):
                hit = len(found & truth)
                return hit / len(truth), (hit / len(found) if found else 1.0)
            g_recall, g_precision = rp(g_found)
            p_recall, p_precision = rp(p_found)
            rows.append({"kind": kind, "label": label, "q": text, "truth": len(truth),
                         "g": {**g, "found": len(g_found), "recall": g_recall, "precision": g_precision},
                         "p": {**p, "found": len(p_found), "recall": p_recall, "precision": p_precision}})
            print(f"{text:24} right {len(truth):5}  gongkai {len(g_found):5} r={g_recall:.2f} {g['bytes'] / 1024:6.1f} KiB {g['ms']:6.0f} ms"
                  f"  pagefind {len(p_found):5} r={p_recall:.2f} {p['bytes'] / 1024:6.1f} KiB {p['ms']:6.0f} ms", flush=True)
    finally:
        driver.quit()
        server.stop()
    load_end = open("/proc/loadavg").read().split()[:3]

    report = render(args, builds, pagefind_runs, rows, {
        "shard_bytes": shard_bytes, "shard_files": shard_files, "phrase_bytes": phrase_bytes, "phrase_files": phrase_files, "manifest": manifest, "fragment_bytes": fragment_bytes,
        "fragment_files": fragment_files, "script_bytes": script_bytes, "pf_index_bytes": pf_index_bytes,
        "pf_index_files": pf_index_files, "pf_fragment_bytes": pf_fragment_bytes, "pf_fragment_files": pf_fragment_files,
        "load": f"{' '.join(load_start)} → {' '.join(load_end)}"})
    print(report["full"])
    if not args.no_write:
        with open(os.path.join(HERE, "search-results.md"), "w", encoding="utf-8") as f:
            f.write(report["full"])
        write_section(os.path.join(HERE, "RESULTS.md"), report["section"])
        print("wrote bench/search-results.md and the ## Search section of bench/RESULTS.md")


def med(values):
    return statistics.median(values) if values else 0.0


def kib(n):
    return f"{n / 1024:,.0f} KiB"


def mib(n):
    return f"{n / 1024 / 1024:,.1f} MiB"


def render(args, builds, pagefind_runs, rows, sizes):
    on_wall, off_wall = med([b["wall"] for b in builds["on"]]), med([b["wall"] for b in builds["off"]])
    on_cpu, off_cpu = med([b["cpu"] for b in builds["on"]]), med([b["cpu"] for b in builds["off"]])
    on_rss, off_rss = med([b["rss_mib"] for b in builds["on"]]), med([b["rss_mib"] for b in builds["off"]])
    pf_wall, pf_cpu, pf_rss = (med([r[k] for r in pagefind_runs]) for k in ("wall", "cpu", "rss_mib"))
    two = [r for r in rows if r["kind"] == "and"]
    g_two_bytes, p_two_bytes = med([r["g"]["bytes"] for r in two]), med([r["p"]["bytes"] for r in two])
    g_recall, p_recall = statistics.mean(r["g"]["recall"] for r in rows), statistics.mean(r["p"]["recall"] for r in rows)
    g_prec, p_prec = statistics.mean(r["g"]["precision"] for r in rows), statistics.mean(r["p"]["precision"] for r in rows)
    g_ms, p_ms = med([r["g"]["ms"] for r in rows]), med([r["p"]["ms"] for r in rows])
    g_bytes_all, p_bytes_all = med([r["g"]["bytes"] for r in rows]), med([r["p"]["bytes"] for r in rows])
    g_files_all, p_files_all = med([r["g"]["requests"] for r in rows]), med([r["p"]["requests"] for r in rows])
    g_files_max, p_files_max = max(r["g"]["requests"] for r in rows), max(r["p"]["requests"] for r in rows)
    gk_index = sizes["shard_bytes"] + len(json.dumps(sizes["manifest"]))
    perfect = lambda side: sum(1 for r in rows if r[side]["recall"] == 1.0)  # noqa: E731
    today = datetime.date.today().isoformat()

    summary = [
        f"| | gongkai | Pagefind {pagefind_version().split()[-1]} (extended) |",
        "|---|---:|---:|",
        f"| index build time (wall, median of {args.runs}) | {on_wall - off_wall:+.1f} s (build {on_wall:.1f} s with search, {off_wall:.1f} s without) | {pf_wall:.1f} s (after the build) |",
        f"| index build CPU (user+sys) | {on_cpu - off_cpu:+.1f} s ({on_cpu:.1f} s vs {off_cpu:.1f} s) | {pf_cpu:.1f} s |",
        f"| peak memory | {on_rss:.0f} MiB build with search ({off_rss:.0f} MiB without) | {pf_rss:.0f} MiB |",
        f"| total index size | {mib(gk_index)} in {sizes['shard_files']:,} shards ({sizes['manifest']['terms']:,} terms), and {mib(sizes['phrase_bytes'])} of bigram positions in {sizes['phrase_files']:,} phrase shards | {mib(sizes['pf_index_bytes'])} in {sizes['pf_index_files']:,} files (compressed) |",
        f"| result fragments | {mib(sizes['fragment_bytes'])} in {sizes['fragment_files']:,} files (plain JSON) | {mib(sizes['pf_fragment_bytes'])} in {sizes['pf_fragment_files']:,} files (compressed) |",
        f"| **bytes fetched, two-word query** (median of {len(two)}; script + index + {SHOWN} result fragments) | **{kib(g_two_bytes)}** | {kib(p_two_bytes)} |",
        f"| bytes fetched, all 30 queries (median) | {kib(g_bytes_all)} | {kib(p_bytes_all)} |",
        f"| index files fetched per query (median, most) | {g_files_all:.0f}, {g_files_max} | {p_files_all:.0f}, {p_files_max} |",
        f"| query time in Chromium, cold (median of 30) | {g_ms:.0f} ms | {p_ms:.0f} ms |",
        f"| **recall** (mean of 30) | **{g_recall:.3f}** ({perfect('g')}/30 queries complete) | {p_recall:.3f} ({perfect('p')}/30 complete) |",
        f"| **precision** (mean of 30) | **{g_prec:.3f}** ({sum(1 for r in rows if r['g']['precision'] == 1.0)}/30 queries exact) | {p_prec:.3f} ({sum(1 for r in rows if r['p']['precision'] == 1.0)}/30 exact) |",
    ]
    per_query = ["| # | query | kind | right answers | gongkai found | recall | precision | files | bytes | ms | Pagefind found | recall | precision | files | bytes | ms |",
                 "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for i, r in enumerate(rows, 1):
        g, p = r["g"], r["p"]
        per_query.append(f"| {i} | {r['q']} | {r['label']} | {r['truth']:,} | {g['found']:,} | {g['recall']:.2f} | {g['precision']:.2f} | {g['requests']} | {kib(g['bytes'])} | {g['ms']:.0f} | "
                         f"{p['found']:,} | {p['recall']:.2f} | {p['precision']:.2f} | {p['requests']} | {kib(p['bytes'])} | {p['ms']:.0f} |")
    machine = f"{os.cpu_count()} cores, {platform.system()} {platform.release()}, load average {sizes['load']}"
    how = (f"Measured {today} by `bench/search_bench.py` on a generated {args.docs:,}-document column (`bench/gen_corpus.py`), "
           f"output on tmpfs, served from 127.0.0.1 under its sub-path by a plain static server (no compression; every request "
           f"counted, caching off so every query starts cold), queries in headless Chromium. Machine: {machine}."
           + (f" Note: {args.note}" if args.note else ""))
    notes = [
        "- gongkai's index is built inside `gongkai build`; its time is the difference between building the corpus with `\"search\": true` and with `\"search\": false` (wall and CPU, medians). Pagefind runs after a build, over the document pages' `main` element (`--glob` on the document file names, `--root-selector main`).",
        f"- Bytes and files are what the server sent for one query from a cold page: for gongkai `assets/search.js` ({kib(sizes['script_bytes'])}, not counted in files), `search/index.json`, the shards of the query's terms (for a run of three or more Chinese characters, the phrase shards of every other bigram, with positions, instead) and the fragments of the {SHOWN} results shown; for Pagefind `pagefind.js`, its WebAssembly, metadata, index chunks and the data of the first {SHOWN} results. gongkai's files are not compressed (a server's gzip would shrink the fragments about threefold); Pagefind's are gzip-compressed by Pagefind.",
        "- A right answer is a document whose title, summary, keywords or body holds the query's text (both words for a two-word query), whose 文号 is the one asked for (in either bracket style), or whose 索引号 ends with the one asked for, computed from the generator's own data. Recall counts every document a tool returns, not only the first page; precision is the share of returned documents that are right answers (1.0 when a tool returns nothing).",
    ]
    section = "\n".join(["## Search", "", how, "", *summary, "", *notes, "",
                         "Per-query figures: `bench/search-results.md`.", ""])
    full = "\n".join(["# Search benchmark: gongkai vs Pagefind", "", how, "", "## Summary", "", *summary, "", *notes, "",
                      "## Every query", "", *per_query, "", "## Builds", "",
                      "| tool | run | wall (s) | user+sys (s) | peak RSS (MiB) |", "|---|---:|---:|---:|---:|",
                      *[f"| gongkai, search {w} | {i + 1} | {b['wall']:.2f} | {b['cpu']:.2f} | {b['rss_mib']:.0f} |"
                        for w in ("on", "off") for i, b in enumerate(builds[w])],
                      *[f"| pagefind | {i + 1} | {b['wall']:.2f} | {b['cpu']:.2f} | {b['rss_mib']:.0f} |" for i, b in enumerate(pagefind_runs)],
                      ""])
    return {"section": section, "full": full}


def write_section(path, section):
    """Replaces the `## Search` section of RESULTS.md (up to the next `## ` heading that is
    not part of it), or appends it; other sections stay as they are."""
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else "# Benchmark results\n"
    start = text.find("\n## Search\n")
    if start >= 0:
        end = text.find("\n## ", start + 1)
        rest = text[end:] if end >= 0 else "\n"
        text = text[:start].rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n" + rest
    else:
        text = text.rstrip("\n") + "\n\n" + section
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
