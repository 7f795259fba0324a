#!/usr/bin/env python3
"""Writes the Debian metadata files of gongkai's .deb to standard output (scripts/package.sh).

  debian-files.py control VERSION DEPENDS INSTALLED_SIZE_KB
  debian-files.py changelog VERSION            Debian-format change log from CHANGELOG.md
  debian-files.py copyright VERSION CHECKOUTS  copyright notice: gongkai's licence and those of
                                               everything linked statically into the binary
"""
import pathlib
import re
import sys
from datetime import datetime, timezone

ROOT = pathlib.Path(__file__).resolve().parent.parent
MAINTAINER = "gongkai developers <gongkai@users.noreply.github.com>"


def control(version, depends, installed_size):
    return f"""Package: gongkai
Version: {version}
Architecture: amd64
Maintainer: {MAINTAINER}
Installed-Size: {installed_size}
Depends: {depends}
Recommends: bash-completion
Section: web
Priority: optional
Description: static site generator for government information disclosure columns
 gongkai builds a Chinese government information disclosure column
 (政府信息公开专栏) from Markdown files with front matter: the disclosure
 catalog, column lists, facet indexes, policy interpretations linked both
 ways, document pages with the standard metadata box, an annual report drawn
 from data, a static search index, a site map, Atom feeds and sitemap.xml.
 It checks every document (dates, index numbers, document numbers, personal
 information, deadlines, links) and reports problems in Chinese at
 file:line:column. The output is plain files for any web server.
"""


def changelog_entries():
    """(version, date, [lines]) for each entry of CHANGELOG.md, newest first."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    entries = []
    for block in re.split(r"^## ", text, flags=re.M)[1:]:
        head, _, body = block.partition("\n")
        match = re.match(r"\[?([0-9][0-9.]*)\]?\s*-\s*(\d{4}-\d{2}-\d{2})", head)
        if not match:
            continue
        items = []
        for line in body.splitlines():
            if line.startswith("- "):
                items.append(line[2:].strip())
            elif line.startswith("  ") and items:
                items[-1] += " " + line.strip()
        entries.append((match.group(1), match.group(2), items))
    return entries


def wrap(text, width=78, first="  * ", rest="    "):
    """Wraps at spaces and between CJK characters, never inside a Latin word (a Debian
    changelog line stays within 80 columns)."""
    lines, line, prefix = [], "", first
    for token in re.findall(r"[\x21-\x7e]+| +|.", text):
        if line.strip() and display_width(prefix + line + token) > width:
            lines.append(prefix + line.rstrip())
            line, prefix = "", rest
        if line or not token.isspace():
            line += token
    if line.strip():
        lines.append(prefix + line.rstrip())
    return lines


def display_width(text):
    return sum(2 if ord(c) >= 0x1100 else 1 for c in text)


def changelog(version):
    out = []
    entries = changelog_entries()
    if not entries or entries[0][0] != version:
        sys.exit(f"debian-files.py: CHANGELOG.md 最新一条不是 {version}")
    for number, date, items in entries:
        out.append(f"gongkai ({number}) unstable; urgency=medium")
        out.append("")
        for item in items:
            out.extend(wrap(item.replace("`", "")))
        out.append("")
        when = datetime.strptime(date, "%Y-%m-%d").replace(tzinfo=timezone.utc)
        out.append(f" -- {MAINTAINER}  {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}")
        out.append("")
    return "\n".join(out)


def indented(text):
    """A licence text as a Debian copyright paragraph: each line indented, blank lines as ' .'."""
    return "\n".join((" " + line.rstrip()) if line.strip() else " ." for line in text.strip().splitlines())


def licence_of(folder):
    for name in ("LICENSE", "LICENSE.txt", "LICENSE.md", "COPYING"):
        path = folder / name
        if path.exists():
            text = path.read_text(encoding="utf-8", errors="replace")
            kind = "Apache-2.0" if "Apache License" in text[:400] else ("Expat" if "MIT" in text[:200] or "Permission is hereby granted" in text else "see below")
            return kind, text
    return "unknown", ""


def copyright_file(version, checkouts):
    parts = [f"""gongkai {version}

Copyright 2026 gongkai developers

Licensed under the Apache License, Version 2.0 (the "License"); you may not
use this software except in compliance with the License. Unless required by
applicable law or agreed to in writing, software distributed under the License
is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
KIND, either express or implied. See the License for the specific language
governing permissions and limitations under the License.

On Debian systems, the full text of the Apache License, Version 2.0 can be
found in /usr/share/common-licenses/Apache-2.0.

The gongkai binary links the following statically; their notices follow.

 * The Swift standard library, Swift Concurrency, Dispatch and Foundation
   (swift-corelibs-foundation, swift-foundation, swift-foundation-icu):
   Copyright Apple Inc. and the Swift project authors, Apache License 2.0
   with Runtime Library Exception (/usr/share/common-licenses/Apache-2.0);
   Foundation's ICU data: Unicode License v3.

 * cmark, the CommonMark reference implementation, from Debian's libcmark-dev;
   its Debian copyright file follows:
"""]
    cmark = pathlib.Path("/usr/share/doc/libcmark-dev/copyright")
    parts.append(indented(cmark.read_text(encoding="utf-8")) + "\n")
    parts.append("""
 * Swift packages resolved for the build (the binary contains the parts of
   them that gongkai's commands use):
""")
    for folder in sorted(pathlib.Path(checkouts).iterdir(), key=lambda p: p.name.lower()):
        if not folder.is_dir():
            continue
        kind, text = licence_of(folder)
        parts.append(f"\n   {folder.name}: {kind}\n")
        if kind != "Apache-2.0" and text:
            parts.append(indented(text) + "\n")
        if folder.name == "Yams":
            parts.append("   Yams contains a copy of LibYAML, Copyright (c) 2006-2016 Kirill Simonov,\n"
                         "   Copyright (c) 2017-2020 Ingy döt Net, under the same Expat (MIT) licence\n   as the text above.\n")
        notice = folder / "NOTICE.txt"
        if notice.exists():
            parts.append(f"   {folder.name} NOTICE.txt:\n" + indented(notice.read_text(encoding="utf-8", errors="replace")) + "\n")
    parts.append("""
Shared libraries gongkai loads at run time come with their own Debian
packages and copyright files: mimalloc (libmimalloc2.0) and libqrencode
(libqrencode4).
""")
    return "".join(parts)


def main(argv):
    if len(argv) >= 5 and argv[1] == "control":
        sys.stdout.write(control(argv[2], argv[3], argv[4]))
    elif len(argv) >= 3 and argv[1] == "changelog":
        sys.stdout.write(changelog(argv[2]))
    elif len(argv) >= 4 and argv[1] == "copyright":
        sys.stdout.write(copyright_file(argv[2], argv[3]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
