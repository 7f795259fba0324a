#!/usr/bin/env python3
"""Writes the `gongkai import` test inputs into the folder given as the only argument.

Word files in the 公文 layout of GB/T 9704-2012 (python-docx), a text PDF with the same
text (reportlab, its built-in CID font STSong-Light), and a PDF with no text layer, as a
scanner makes. The Swift tests (ImportFixtures.swift) run this script and read the files back.
"""
import struct
import sys
import zlib
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)

INDENT = "\u3000\u3000"


def png(width=4, height=3):
    """A small red PNG, written by hand so no imaging library is needed."""
    raw = b"".join(b"\x00" + b"\xcc\x00\x00" * width for _ in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def centred(doc, text, size=16):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.font.size = Pt(size)
    return p


def right(doc, text):
    p = doc.add_paragraph(text)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def notice(path, written, doc_no="青政发〔2024〕3号"):
    """A 行政规范性文件 in the full 公文 layout."""
    doc = Document()
    centred(doc, "青山镇人民政府文件", 26)
    centred(doc, doc_no)
    centred(doc, "青山镇人民政府关于印发《青山镇农村人居环境整治实施办法》的通知", 22)
    doc.add_paragraph("各村（社区）民委员会，镇直各单位：")
    doc.add_paragraph(INDENT + "为持续改善农村人居环境，经镇人民政府研究，现将《青山镇农村人居环境整治实施办法》印发给你们，请认真贯彻执行。")
    doc.add_paragraph(INDENT + "一、总体要求")
    doc.add_paragraph(INDENT + "（一）工作目标")
    # A soft line break (Shift+Enter) inside a sentence, as pasted text often has.
    p = doc.add_paragraph(INDENT + "1. 到2025年底，全镇农村生活垃圾")
    p.runs[0].add_break()
    p.add_run("收运处置体系覆盖所有行政村。")
    doc.add_paragraph(INDENT + "（1）保洁队伍")
    doc.add_paragraph(INDENT + "每个村配备保洁员不少于2名。")
    doc.add_paragraph("二、主要任务")
    doc.add_paragraph("Word 自动编号的第一项：清理村庄垃圾", style="List Number")
    doc.add_paragraph("Word 自动编号的第二项：整治村内水塘", style="List Number")
    doc.add_paragraph(INDENT + "各村整治任务见下表：")
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate([["村名", "任务", "完成时限"], ["青山村", "垃圾清运", "2024年6月"], ["石门村", "水塘整治", "2024年9月"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    image = OUT / "map.png"
    image.write_bytes(png())
    doc.add_picture(str(image))
    doc.add_paragraph(INDENT + "附件：1．青山镇农村人居环境整治责任分工表")
    doc.add_paragraph(INDENT + "\u3000\u3000\u30002．青山镇农村人居环境整治考核办法")
    right(doc, "青山镇人民政府")
    right(doc, written)
    doc.add_paragraph(INDENT + "（此件公开发布）")
    doc.add_paragraph("抄送：镇党委，镇人大主席团。")
    doc.add_paragraph("青山镇党政办公室\u3000\u3000\u3000\u3000\u3000\u3000" + written + "印发")
    doc.save(path)
    image.unlink()


def letter(path):
    """A short 函 with a bracket-style 文号 to normalise and a Chinese-numeral date."""
    doc = Document()
    centred(doc, "青环函[2024]12号")
    centred(doc, "青山镇生态环境办公室关于开展春季植树活动的函", 22)
    doc.add_paragraph("各村（社区）：")
    doc.add_paragraph(INDENT + "请于3月底前组织开展春季植树活动。联系人：王明，电话 0599-5231001。")
    right(doc, "青山镇生态环境办公室")
    right(doc, "二〇二四年三月十九日")
    doc.save(path)


def text_pdf(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    y = height - 80
    lines = [
        ("c", "青政发〔2024〕7号"),
        ("c", "青山镇人民政府关于加强森林防火工作的通知"),
        ("l", "各村（社区），镇直各单位："),
        ("l", "　　当前正值森林防火关键期，为切实做好森林防火工作，"),
        ("l", "现将有关事项通知如下："),
        ("l", "　　一、落实防火责任"),
        ("l", "　　各村要落实网格化管理责任。"),
        ("r", "青山镇人民政府"),
        ("r", "2024年3月19日"),
    ]
    for align, text in lines:
        c.setFont("STSong-Light", 14)
        if align == "c":
            c.drawCentredString(width / 2, y, text)
        elif align == "r":
            c.drawRightString(width - 80, y, text)
        else:
            c.drawString(80, y, text)
        y -= 28
    c.save()


def scanned_pdf(path):
    """A page with only a drawing on it: what a scanner gives, with no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    c.rect(100, 400, 300, 200, fill=1)
    c.save()


notice(OUT / "关于印发青山镇农村人居环境整治实施办法的通知.docx", "2024年3月19日")
letter(OUT / "植树活动的函.docx")
text_pdf(OUT / "森林防火通知.pdf")
scanned_pdf(OUT / "扫描件.pdf")
