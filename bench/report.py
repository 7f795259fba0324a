#!/usr/bin/env python3
"""Summarise bench/run.sh measurements: print a Markdown table, write RESULTS.md.

Reads the runs.tsv written by run.sh (one row per timed build). Standard library only.
"""

import argparse
import csv
import datetime
import os
import platform
import re
import statistics
import subprocess

# Issue #7: Hugo 0.168 on this kind of machine (2 cores, output on tmpfs).
ANCHOR = {10000: (5.0, 1.07 * 1024), 50000: (30.0, 3.3 * 1024)}
SPEED_TARGET = 3.0     # gongkai throughput >= 3x Hugo's
MEMORY_TARGET = 0.25   # gongkai peak RSS <= 1/4 of Hugo's
FLOOR_TARGET = 2.0     # gongkai wall time <= 2x the floor's (issue 18)


def sh(*cmd, cwd=None):
    try:
        out = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=60)
        return (out.stdout or out.stderr).strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "unknown"
    try:
        with open("/proc/meminfo") as f:
            kib = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1))
            mem = f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    return {"cores (nproc)": str(os.cpu_count()), "CPU": cpu, "memory": mem,
            "kernel": f"{platform.system()} {platform.release()}"}


def versions(args):
    swift = sh("swift", "--version").splitlines()
    cmark = sh("pkg-config", "--modversion", "libcmark") or sh(
        "dpkg-query", "-W", "-f=${Version}", "libcmark-dev") or "not found"
    hugo = sh(args.hugo, "version") if args.hugo else ""
    hugo = re.sub(r"^.*?(hugo v\S+).*$", r"\1", hugo.splitlines()[-1] if hugo else "not found")
    commit = sh("git", "rev-parse", "--short", "HEAD", cwd=args.root) or "unknown"
    dirty = sh("git", "status", "--porcelain", "--untracked-files=no", cwd=args.root)
    gk = args.gongkai or "not built"
    return {"gongkai": f"{gk} (repository at {commit}{', with uncommitted changes' if dirty else ''})",
            "swift": swift[0] if swift else "not found",
            "libcmark": cmark,
            "hugo": hugo,
            "python": platform.python_version()}


def load(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for r in rows:
        r.setdefault("shape", "deep")
        r["load1"] = float(r.get("load1") or 0)
        r["foreign"] = float(r.get("foreign") or 0)
        r["busy"] = int(r.get("busy") or 0)
        r["size"] = int(r["size"])
        r["exit"] = int(r["exit"])
        for k in ("wall_s", "user_s", "sys_s"):
            r[k] = float(r[k] or 0)
        for k in ("maxrss_kib", "pages", "files", "bytes"):
            r[k] = int(r[k] or 0)
    return rows


def summarise(rows):
    groups = {}
    for r in rows:
        groups.setdefault((r["shape"], r["size"], r["tool"]), []).append(r)
    out = {}
    for (shape, size, tool), rs in groups.items():
        ok = [r for r in rs if r["exit"] == 0]
        s = {"shape": shape, "size": size, "tool": tool, "runs": len(rs), "ok": len(ok),
             "busy": sum(r["busy"] for r in rs)}
        if ok:
            s["wall"] = statistics.median(r["wall_s"] for r in ok)
            s["cpu"] = statistics.median(r["user_s"] + r["sys_s"] for r in ok)
            s["rss"] = statistics.median(r["maxrss_kib"] for r in ok) / 1024
            s["pages"] = statistics.median(r["pages"] for r in ok)
            s["files"] = statistics.median(r["files"] for r in ok)
            s["mb"] = statistics.median(r["bytes"] for r in ok) / 1e6
            s["dps"] = size / s["wall"] if s["wall"] else 0
            s["spread"] = (min(r["wall_s"] for r in ok), max(r["wall_s"] for r in ok))
        out[(shape, size, tool)] = s
    return out


def cases(summary):
    """(shape, size) pairs in report order: deep before flat, small before large."""
    order = {"deep": 0, "flat": 1}
    return sorted({k[:2] for k in summary}, key=lambda c: (order.get(c[0], 9), c[0], c[1]))


def fmt_int(x):
    return f"{int(round(x)):,}"


def table(summary):
    head = ("| shape | documents | tool | runs ok | median wall (s) | median user+sys (s) | median peak RSS (MiB) "
            "| pages (.html) | docs/s | speed vs Hugo (wall) | speed vs Hugo (CPU) | memory vs Hugo | wall vs floor |")
    lines = [head, "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for shape, size in cases(summary):
        hugo = summary.get((shape, size, "hugo"), {})
        floor = summary.get((shape, size, "floor"), {})
        for tool in ("gongkai", "hugo", "floor"):
            s = summary.get((shape, size, tool))
            if not s:
                continue
            if "wall" not in s:
                lines.append(f"| {shape} | {fmt_int(size)} | {tool} | 0/{s['runs']} | failed | | | | | | | | |")
                continue
            speed = cpu = mem = fl = ""
            if tool == "gongkai" and "wall" in hugo:
                speed = f"**{hugo['wall'] / s['wall']:.2f}×**"
                cpu = f"{hugo['cpu'] / s['cpu']:.2f}×" if s["cpu"] else ""
                mem = f"**{s['rss'] / hugo['rss']:.2f}×**"
            elif tool == "hugo":
                speed, cpu, mem = "1×", "1×", "1×"
            if tool != "floor" and "wall" in floor and floor["wall"]:
                fl = f"{s['wall'] / floor['wall']:.2f}×"
                if tool == "gongkai":
                    fl = f"**{fl}**"
            elif tool == "floor":
                fl = "1×"
            dps = fmt_int(s["dps"]) if tool != "floor" else ""
            lines.append(f"| {shape} | {fmt_int(size)} | {tool} | {s['ok']}/{s['runs']} | {s['wall']:.2f} | {s['cpu']:.2f} "
                         f"| {s['rss']:.0f} | {fmt_int(s['pages'])} | {dps} | {speed} | {cpu} | {mem} | {fl} |")
    return "\n".join(lines)


def verdicts(summary):
    lines = []
    for shape, size in cases(summary):
        g, h = summary.get((shape, size, "gongkai"), {}), summary.get((shape, size, "hugo"), {})
        f = summary.get((shape, size, "floor"), {})
        if "wall" not in g or "wall" not in h:
            continue
        speed, mem = h["wall"] / g["wall"], g["rss"] / h["rss"]
        cpu = h["cpu"] / g["cpu"] if g["cpu"] else 0
        checks = [("throughput ≥ 3× Hugo", speed >= SPEED_TARGET,
                   f"{speed:.2f}×; by user+sys CPU time {cpu:.2f}×"),
                  ("peak memory ≤ ¼ of Hugo", mem <= MEMORY_TARGET, f"{mem:.2f}×"),
                  ("pages ≥ Hugo", g["pages"] >= h["pages"], f"{fmt_int(g['pages'])} vs {fmt_int(h['pages'])}")]
        if "wall" in f and f["wall"]:
            checks.append(("within 2× of the floor", g["wall"] / f["wall"] <= FLOOR_TARGET,
                           f"{g['wall'] / f['wall']:.2f}× of {f['wall']:.2f} s"))
        scope = "" if size in ANCHOR else " (not a target size; informative)"
        lines.append(f"- {shape}, {fmt_int(size)} documents{scope}: " + "; ".join(
            f"{name}: {'met' if ok else 'NOT met'} ({val})" for name, ok, val in checks))
    return "\n".join(lines)


def runs_table(rows):
    lines = ["| shape | documents | tool | run | exit | wall (s) | user (s) | sys (s) | peak RSS (MiB) | pages | files "
             "| output (MB) | load (1 min) before | others' share | busy |",
             "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        lines.append(f"| {r['shape']} | {fmt_int(r['size'])} | {r['tool']} | {r['run']} | {r['exit']} | {r['wall_s']:.2f} "
                     f"| {r['user_s']:.2f} | {r['sys_s']:.2f} | {r['maxrss_kib'] / 1024:.0f} | {fmt_int(r['pages'])} "
                     f"| {fmt_int(r['files'])} | {r['bytes'] / 1e6:.1f} | {r['load1']:.2f} | {r['foreign']:.3f} "
                     f"| {'BUSY' if r['busy'] else ''} |")
    return "\n".join(lines)


def other_results():
    """What the other scripts last measured (issue 18 asks for them beside the speed figures)."""
    here = os.path.dirname(os.path.abspath(__file__))
    doc = ["## Measured by the other scripts", ""]
    serve = os.path.join(here, "SERVE-RESULTS.md")
    if os.path.exists(serve):
        doc += ["**One-document rebuild in `serve`** (bench/SERVE-RESULTS.md; goal: under 5 % of a full "
                "build at 50,000 documents): " + open(serve, encoding="utf-8").read().split("\n\n")[1].split(". Every rebuild")[0].strip() + ".", ""]
    search = os.path.join(here, "search-results.md")
    if os.path.exists(search):
        rows = [l for l in open(search, encoding="utf-8") if l.startswith("| **recall**") or l.startswith("| **precision**")]
        if rows:
            doc += ["**Search** (bench/search-results.md, 30 queries on 10,000 documents, gongkai | Pagefind):", ""]
            doc += ["| | gongkai | Pagefind |", "|---|---:|---:|"] + [r.rstrip("\n") for r in rows] + [""]
    if os.path.exists(os.path.join(here, "GROUP-RESULTS.md")):
        doc += ["**Site groups**: bench/GROUP-RESULTS.md (50 members, 100,000 documents).", ""]
    return doc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tsv", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--hugo", default="")
    ap.add_argument("--gongkai", default="")
    ap.add_argument("--gongkai-status", default="ok")
    ap.add_argument("--root", default=".")
    ap.add_argument("--runs", default="?")
    ap.add_argument("--warmup", default="0")
    ap.add_argument("--smoke", default="0")
    ap.add_argument("--work", default="/dev/shm/gongkai-bench")
    ap.add_argument("--load", default="")
    ap.add_argument("--quiet-share", default="0.10")
    ap.add_argument("--busy-left", default="0")
    ap.add_argument("--note", default="")
    args = ap.parse_args()

    rows = load(args.tsv)
    summary = summarise(rows)
    tbl = table(summary)
    print(tbl)
    v = verdicts(summary)
    if v:
        print("\n" + v)
    if args.gongkai_status != "ok":
        print(f"\nNOTE: gongkai was not (fully) measured: {args.gongkai_status}")

    m, ver = machine(), versions(args)
    sizes = sorted({r["size"] for r in rows})
    shapes = sorted({r["shape"] for r in rows})
    today = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
    doc = [f"# Benchmark results: gongkai vs Hugo",
           "",
           f"Measured {today} by `bench/run.sh`"
           f"{' in SMOKE mode (one round at 1,000 documents; not a measurement)' if args.smoke == '1' else ''}: "
           f"corpus shapes {', '.join(shapes)}, sizes {', '.join(fmt_int(s) for s in sizes)}, "
           f"{args.runs} alternating round(s) of gongkai, Hugo and the floor per shape and size"
           f"{' after one untimed warm-up build of each tool' if args.warmup == '1' else ''}, "
           f"output on tmpfs (`{args.work}`). Medians over the successful runs. "
           "Wall time is measured around the process; user+sys CPU and peak RSS come from "
           "`/usr/bin/time -v`; pages are the `.html` files in the output folder. "
           "“speed vs Hugo” is Hugo's median wall time divided by gongkai's (higher is better); "
           "“memory vs Hugo” is gongkai's median peak RSS divided by Hugo's (lower is better); "
           "“speed vs Hugo (CPU)” divides median user+sys CPU times instead of wall times. "
           "The floor (bench/floor.sh) is Debian's cmark rendering all bodies on both cores plus "
           "copying gongkai's finished output tree to a fresh folder; “wall vs floor” divides a "
           "tool's median wall time by the floor's (lower is better). "
           f"A round counts only if other processes took less than {float(args.quiet_share):.0%} of the "
           "machine during each of its builds (sampled from /proc/stat; “others' share” below); busy "
           "rounds were run again"
           f"{' — and at least one stayed busy, so this report is not a quiet-machine result' if args.busy_left == '1' else ''}.",
           ""]
    if args.note:
        doc += [f"> {args.note}", ""]
    if args.gongkai_status != "ok":
        doc += [f"> **gongkai was not (fully) measured: {args.gongkai_status}.** "
                "The Hugo figures below stand on their own.", ""]
    doc += ["## Results", "", tbl, ""]
    if v:
        doc += ["## Against the targets (issues #7 and #18)", "",
                "Targets at 10,000 and 50,000 documents, on both corpus shapes: at least 3× Hugo's "
                "throughput, at most a quarter of its peak memory, the same number of pages or more, "
                "and a wall time within 2× of the floor.", "", v, ""]
    doc += other_results()
    doc += ["## Reference (issue #7)", "",
            "Hugo 0.168 on this kind of machine, output on tmpfs: 10,000 documents in ≈5.0 s with "
            "≈1.07 GiB peak memory; 50,000 in ≈30 s with ≈3.3 GiB (≈2,000 documents/s).", "",
            "## Machine", ""]
    doc += [f"- {k}: {val}" for k, val in m.items()]
    if args.load:
        doc += [f"- load average (1, 5, 15 min) at start → end of the run: {args.load} "
                "(anything well above 0 means other work shared the cores and the wall times are inflated)"]
    doc += ["", "## Versions", ""]
    doc += [f"- {k}: {val}" for k, val in ver.items()]
    doc += ["", "## Every run", "", runs_table(rows), ""]
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(doc))
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
