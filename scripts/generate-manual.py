#!/usr/bin/env python3
"""Writes gongkai's man page (man(7), Chinese) from the command definitions themselves.

  generate-manual.py GONGKAI_BINARY VERSION DATE > gongkai.1

It reads `gongkai --experimental-dump-help`, the JSON description of every command, argument and
help text that swift-argument-parser keeps, which is also what `gongkai help` prints and what
swift-argument-parser's generate-manual plugin reads. That plugin cannot be used as it is: its
escaping keeps only ASCII characters (Tools/generate-manual/MDoc/String+Escaping.swift), so every
Chinese help text would vanish from the page. The few texts swift-argument-parser writes itself
(--help, --version) are given in Chinese here; the rest comes from the binary, so the page
cannot drift from `gongkai help`.
"""
import json
import subprocess
import sys

BUILT_IN = {
    "help": "显示帮助：命令和选项的说明",
    "version": "显示版本号和构建所用的提交",
}


def escape(text):
    """Text for a roff line: backslashes escaped, a leading dot or quote made literal, and a
    break point (\\:) after each CJK character, since groff breaks lines only at spaces."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    closing = "，。、；：？！）》」』”’】〕"
    text = "".join(c + "\\:" if ord(c) >= 0x2E80 and (i + 1 == len(text) or text[i + 1] not in closing) else c
                   for i, c in enumerate(text))
    lines = [("\\&" + line) if line.startswith((".", "'")) else line for line in text.split("\n")]
    return "\n".join(lines)


def option_name(argument):
    preferred = argument.get("preferredName") or (argument.get("names") or [{}])[0]
    dashes = "--" if preferred.get("kind") == "long" else "-"
    return dashes + preferred.get("name", "")


def flag_label(argument):
    """`\\-\\-site \\fIsite\\fR`, `\\-\\-strict` or `\\fIfolder\\fR`."""
    if argument["kind"] == "positional":
        return f"\\fI{escape(argument.get('valueName', ''))}\\fR"
    names = ", ".join(
        ("--" if n["kind"] == "long" else "-") + n["name"] for n in argument.get("names", []))
    label = f"\\fB{escape(names)}\\fR"
    if argument["kind"] == "option":
        label += f" \\fI{escape(argument.get('valueName', ''))}\\fR"
    return label


def synopsis(path, command):
    parts = [f"\\fB{escape(' '.join(path))}\\fR"]
    for argument in visible(command):
        name = argument.get("preferredName", {}).get("name")
        if name in BUILT_IN:
            continue
        if argument["kind"] == "positional":
            word = f"\\fI{escape(argument.get('valueName', ''))}\\fR"
        else:
            word = f"\\fB{escape(option_name(argument))}\\fR"
            if argument["kind"] == "option":
                word += f" \\fI{escape(argument.get('valueName', ''))}\\fR"
        if argument.get("isRepeating"):
            word += " ..."
        parts.append(f"[{word}]" if argument.get("isOptional") else word)
    return " ".join(parts)


def visible(command):
    return [a for a in command.get("arguments", []) if a.get("shouldDisplay", True)]


def describe_arguments(command):
    out = []
    for argument in visible(command):
        name = argument.get("preferredName", {}).get("name")
        text = BUILT_IN.get(name) if argument["kind"] == "flag" and name in BUILT_IN else argument.get("abstract", "")
        if argument.get("discussion"):
            text += "\n" + argument["discussion"] if isinstance(argument["discussion"], str) else ""
        default = argument.get("defaultValue")
        if default and argument["kind"] != "flag" and "默认" not in text:
            text += f"（默认：{default}）"
        if argument.get("allValues"):
            text += "（可选值：" + "、".join(argument["allValues"]) + "）"
        out += [".TP", flag_label(argument), escape(text)]
    return out


def manual(binary, version, date):
    dump = json.loads(subprocess.run([binary, "--experimental-dump-help"], check=True,
                                     capture_output=True, text=True).stdout)
    root = dump["command"]
    name = root["commandName"]
    abstract = root.get("abstract", "").split(" — ")[0]
    out = [
        '.\\" 由 scripts/generate-manual.py 从 gongkai --experimental-dump-help 生成，请勿手改。',
        f'.TH {name.upper()} 1 "{date}" "{name} {version}" "gongkai 手册"',
        ".ad l",
        ".nh",
        ".SH 名称",
        f"{name} \\- {escape(abstract)}",
        ".SH 概要",
        f"\\fB{name}\\fR \\fI命令\\fR [\\fI选项\\fR]",
        ".br",
        f"\\fB{name} help\\fR \\fI命令\\fR",
        ".br",
        f"\\fB{name} \\-\\-version\\fR",
        ".SH 说明",
        escape(abstract + "。"),
    ]
    if root.get("discussion"):
        out += [".PP", escape(root["discussion"])]
    out += [".PP", escape("编辑用 Markdown 写文件、在文件开头填好元数据，运行 gongkai build，"
                          "再把生成的文件夹复制到任何 Web 服务器。每条命令都可以加 --site 文件夹 指定网站"
                          "（init 除外），不加时用当前文件夹。")]
    out += [".SH 命令"]
    for sub in root.get("subcommands", []):
        if not sub.get("shouldDisplay", True) or sub["commandName"] == "help":
            continue
        out += [".SS " + escape(f"{name} {sub['commandName']}"), synopsis([name, sub["commandName"]], sub), ".PP",
                escape(sub.get("abstract", ""))]
        if sub.get("discussion"):
            out += [".PP", escape(sub["discussion"])]
        out += describe_arguments(sub)
    out += [".SH 全局选项"] + describe_arguments(root)
    out += [
        ".SH 退出码",
        ".TP", "\\fB0\\fR", "成功。",
        ".TP", "\\fB1\\fR", "内容有错误（已在标准错误输出诊断信息：文件:行:列: 错误: 说明）。",
        ".TP", "\\fB2\\fR", escape("用法错误：参数不对、--site 文件夹不存在等。"),
        ".SH 环境变量",
        ".TP", "\\fBSOURCE_DATE_EPOCH\\fR",
        escape("没有 --today 时，用它的日期（北京时间）作为“今天”；都没有时用当前日期。"),
        ".SH 另见",
        escape("/usr/share/doc/gongkai/README.md.gz（完整的编辑指南：日常工作、site.json、写一篇文件、检查项目、部署），"
               "gongkai help 命令。"),
    ]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.stdout.write(manual(*sys.argv[1:]))
