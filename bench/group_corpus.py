#!/usr/bin/env python3
"""A benchmark site group (README “站群”, bench/group.sh) made from one gen_corpus.py site:
MEMBERS copies of OUTDIR/corpus/gongkai as members m01…mNN, each with its own agency name and
机构代码 (so every 索引号 stays unique in the group, as the checks across members demand),
and a group.json over them. Python 3 standard library only; deterministic.

Usage: group_corpus.py MEMBERS CORPUS_SITE GROUP_DIR
"""
import json
import os
import shutil
import sys

CODE = "00000000-0"


def main():
    members, corpus, group = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    shutil.rmtree(group, ignore_errors=True)
    entries = []
    for k in range(1, members + 1):
        mid = f"m{k:02d}"
        code = f"{k:08d}-{k % 10}"
        target = os.path.join(group, "members", mid)
        for root, _, files in os.walk(corpus):
            rel = os.path.relpath(root, corpus)
            os.makedirs(os.path.join(target, rel), exist_ok=True)
            for name in files:
                source = os.path.join(root, name)
                dest = os.path.join(target, rel, name)
                if name.endswith((".md", ".json")):
                    with open(source, encoding="utf-8") as f:
                        text = f.read().replace(CODE, code)
                    if name == "site.json" and rel == ".":
                        config = json.loads(text)
                        config["agency"]["name"] = f"明川县第{k}局"
                        config["title"] = f"明川县第{k}局信息公开"
                        text = json.dumps(config, ensure_ascii=False, indent=2) + "\n"
                    with open(dest, "w", encoding="utf-8") as f:
                        f.write(text)
                else:
                    shutil.copyfile(source, dest)
        kind = "政府" if k == 1 else ("部门" if k <= members // 2 else "乡镇街道")
        entries.append({"id": mid, "title": f"明川县第{k}局", "kind": kind, "path": f"members/{mid}"})
    config = {
        "title": "明川县政府信息公开平台",
        "base_url": "https://www.mingchuan.gov.cn/xxgk/",
        "footer": {"sponsor": "明川县人民政府办公室", "site_code": "3507990009"},
        "members": entries,
    }
    with open(os.path.join(group, "group.json"), "w", encoding="utf-8") as f:
        json.dump(config, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
