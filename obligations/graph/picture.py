"""The picture of the dependency graph, drawn by Graphviz (DOT) or pasted into Markdown (Mermaid).

``build_picture`` lays out what to draw, once, for both outputs:

- the document level (default): every document; national ones on top, each province's below in
  its own frame; documents only referred to in dashed grey, replaced ones saying by what; edges
  coloured by relation type, solid when the text states the relation, dashed when the encoder
  inferred it, dotted for a replacement recorded in a document's validity; each provincial
  document coloured by the share of the national duties addressed to provinces that it takes up;
- the obligation level of one document (``document=``): its duties and the duties they carry out
  or that carry them out, by document; the duties nobody takes up summed up in one box.

``to_dot`` and ``to_mermaid`` write the picture; ``render`` runs Graphviz's ``dot`` (a system
package: ``scripts/system-packages`` installs it) to make SVG and PNG files.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from .addressees import binds_provinces
from ..catalogue.errors import ObligationsError
from .build import (
    BELONGS_TO,
    EDGE_VI,
    IMPLEMENTS,
    DependencyGraph,
    clause_label,
    short_label,
)
from ..catalogue.model import Document, Obligation
from ..catalogue.text import fold
from .uptake import uptake
from ..i18n import _

FONT = "DejaVu Sans"  # has every Vietnamese letter; fonts-dejavu-core
EDGE_COLOURS = {
    "can_cu": "#1c4f9c", "thuc_hien": "#2b8a3e", "don_doc": "#e8590c", "huong_dan": "#7048e8",
    "sua_doi_bo_sung": "#8d6e63", "thay_the": "#c92a2a", "bai_bo": "#862e9c", "dan_chieu": "#868e96",
    IMPLEMENTS: "#2b8a3e",
}
LINE_STYLES = {"stated": "solid", "inferred": "dashed", "recorded": "dotted"}
# Share of the national duties addressed to provinces that a provincial document takes up.
COVERAGE_SCALE = [(0.25, "#ffe3e3", "dưới 25%"), (0.5, "#fff3bf", "25–50%"), (0.75, "#e9fac8", "50–75%"),
                  (1.01, "#b2f2bb", "75–100%")]
NATIONAL_FILL, NATIONAL_LINE = "#dbe4ff", "#1c4f9c"
REFERENCED_LINE, REFERENCED_TEXT = "#868e96", "#495057"
WARNING = "#c92a2a"
# Sub-frames of the national frame for the documents only referred to, by issuer.
BASIS_GROUPS = {"qh": ("national_laws", "Luật của Quốc hội"), "cp": ("national_decrees", "Nghị định của Chính phủ"),
                "other": ("national_other", "Văn bản khác của Thủ tướng Chính phủ, các bộ")}


class GraphvizMissing(ObligationsError):
    """The ``dot`` program of Graphviz is not installed."""


@dataclass
class PictureNode:
    id: str
    lines: list[str]  # the first line is the name; the others are details
    style: str  # national | provincial | referenced | replaced | missing | duty | uncovered | summary
    cluster: str = ""
    fill: str = ""
    tooltip: str = ""
    marks: dict[int, str] = field(default_factory=dict)  # line index -> "strong" (coverage) | "warning"
    url: str = ""  # where the box leads when the SVG is shown in a page (``link_nodes``)


@dataclass
class PictureEdge:
    source: str
    target: str
    type: str
    basis: str


@dataclass
class Cluster:
    key: str
    label: str
    national: bool
    parent: str = ""  # the key of the cluster it sits in
    table: bool = False  # DOT draws its documents as the rows of one table (edges end at their row)


@dataclass
class Picture:
    title: str
    level: str  # documents | obligations
    document: str = ""  # the document whose duties are drawn (obligation level)
    clusters: list[Cluster] = field(default_factory=list)
    nodes: list[PictureNode] = field(default_factory=list)
    edges: list[PictureEdge] = field(default_factory=list)


# ---- what to draw ---------------------------------------------------------------------------------


def build_picture(graph: DependencyGraph, document: str | None = None) -> Picture:
    """The document-level picture, or the obligation-level picture of one document (id or symbol)."""
    if document is None:
        return _documents_picture(graph)
    return _obligations_picture(graph, _find_document(graph, document))


def _find_document(graph: DependencyGraph, query: str) -> Document:
    from ..catalogue.errors import NotFound, did_you_mean

    catalogue = graph.catalogue
    found = [d for d in catalogue.find_documents(query) if catalogue.obligation_count(d.id)]
    if len(found) == 1:
        return found[0]
    encoded = catalogue.encoded_documents()
    if not found:
        hint = did_you_mean(query, [d.symbol for d in encoded if d.symbol] + [d.id for d in encoded])
        raise NotFound(_("không có văn bản đã mã hóa '{query}'").format(query=query) + "; "
                       + (hint or _("xem danh sách bằng: obligations documents")))
    raise NotFound(_("'{query}' khớp với nhiều văn bản ({ids}); hãy nêu mã").format(
        query=query, ids=", ".join(d.id for d in found)))


def _cluster_key(document: Document) -> str:
    if document.level.value == "national":
        return "national"
    return "p_" + re.sub(r"[^a-z0-9]+", "_", fold(document.province or "x"))


def _documents_picture(graph: DependencyGraph) -> Picture:
    catalogue = graph.catalogue
    picture = Picture("Văn bản về văn bản điện tử: căn cứ, thực hiện và mức tiếp nhận nghĩa vụ", "documents")
    picture.clusters.append(Cluster("national", "Văn bản trung ương", True))
    for province in graph.provinces:
        picture.clusters.append(Cluster(_cluster_key(catalogue.documents[graph.province_documents(province)[0].id]),
                                        f"Tỉnh {province}", False))
    # Coverage per provincial document: national duties addressed to provinces that it takes up.
    taken: dict[str, list[str]] = {}
    for result in uptake(graph):
        for doc_id in {tie.document.id for tie in result.documents}:
            covered = sum(1 for row in result.rows if any(link.document.id == doc_id for link in row.links))
            taken.setdefault(doc_id, []).append((covered, len(result.rows), short_label(result.national)))
    encoded = {d.id for d in catalogue.encoded_documents()}
    # Documents only referred to at national level, by kind of issuer, in rows: the picture stays
    # about as wide as the provinces below it.
    for key, label in BASIS_GROUPS.values():
        picture.clusters.append(Cluster(key, label, True, parent="national", table=True))
    provinces_seen = {c.key for c in picture.clusters}
    for document in sorted(catalogue.documents.values(),
                           key=lambda d: (d.level.value, d.date.earliest.isoformat() if d.date and d.date.earliest
                                          else "9999", d.id)):
        cluster = _cluster_key(document)
        if cluster not in provinces_seen:  # a province with referenced documents only
            picture.clusters.append(Cluster(cluster, f"Tỉnh {document.province}", False))
            provinces_seen.add(cluster)
        if cluster == "national" and document.id not in encoded:
            cluster = BASIS_GROUPS.get(document.issuer.slug, BASIS_GROUPS["other"])[0]
        elif document.id not in encoded:
            if cluster + "_refs" not in provinces_seen:
                picture.clusters.append(Cluster(cluster + "_refs", "Văn bản khác của tỉnh, chỉ được dẫn chiếu",
                                                False, parent=cluster, table=True))
                provinces_seen.add(cluster + "_refs")
            cluster += "_refs"
        picture.nodes.append(_document_node(graph, document, document.id in encoded, taken.get(document.id), cluster))
    for node, kind in graph.g.nodes(data="kind"):
        if kind == "missing":
            picture.nodes.append(PictureNode(node, [node, "không có trong danh mục"], "missing", marks={1: "warning"}))
    for source, target, data in graph.g.edges(data=True):
        if data["type"] not in (BELONGS_TO, IMPLEMENTS) and graph.g.nodes[source].get("kind") != "obligation":
            picture.edges.append(PictureEdge(source, target, data["type"], data["basis"]))
    return picture


def _document_node(graph: DependencyGraph, document: Document, encoded: bool, taken, cluster: str) -> PictureNode:
    catalogue = graph.catalogue
    issuer = document.issuer.name.replace("Ủy ban nhân dân", "UBND")
    date = document.date.label() if document.date else "chưa rõ ngày"
    lines = [short_label(document), f"{issuer} · {date}"]
    tooltip = document.citation() + (f" — {document.title}" if document.title else "")
    validity = document.validity
    style = "referenced"
    fill = ""
    marks: dict[int, str] = {}
    if encoded:
        count = catalogue.obligation_count(document.id)
        provenance = {"reconstructed": ", tái dựng", "secondary_summary": ", nguồn thứ cấp",
                      "news_report": ", qua bản tin"}.get(document.provenance.kind.value, "")
        lines.append(f"{count} nghĩa vụ{provenance}")
        if document.level.value == "national":
            addressed = sum(1 for ob in catalogue.obligations_of(document.id) if binds_provinces(catalogue, ob))
            if addressed != count:
                lines.append(f"trong đó {addressed} giao địa phương")
        style = "national" if document.level.value == "national" else "provincial"
        for covered, total, national in taken or []:
            marks[len(lines)] = "strong"
            lines.append(f"tiếp nhận {covered}/{total} nghĩa vụ của {national}")
        if taken:
            share = max(covered / total for covered, total, _ in taken if total) if any(t for _, t, _ in taken) else 0
            fill = next(colour for bound, colour, _ in COVERAGE_SCALE if share < bound)
    if validity and validity.status.value in ("replaced", "repealed", "expired"):
        words = {"replaced": "đã bị thay thế", "repealed": "đã bị bãi bỏ", "expired": "hết hiệu lực"}
        replacement = catalogue.documents.get(validity.replaced_by) if validity.replaced_by else None
        marks[len(lines)] = "warning"
        lines.append(words[validity.status.value] + (f" → {short_label(replacement)}" if replacement else ""))
        style = "replaced" if style == "referenced" else style
    return PictureNode(document.id, lines, style, cluster, fill, tooltip, marks)


def _duty_lines(obligation: Obligation, width: int = 30, rows: int = 3) -> list[str]:
    wrapped = textwrap.wrap(" ".join(obligation.action.vi.split()), width)
    if len(wrapped) > rows:
        wrapped = wrapped[:rows]
        last = wrapped[-1]
        wrapped[-1] = (last if len(last) <= width - 2 else last[: width - 2].rsplit(" ", 1)[0]) + " …"
    return [clause_label(obligation), *wrapped]


def _obligations_picture(graph: DependencyGraph, document: Document) -> Picture:
    """The duties of one document and, one link away or through refining duties, those tied to them."""
    catalogue = graph.catalogue
    picture = Picture(f"{document.citation()}: nghĩa vụ và liên kết thực hiện", "obligations", document.id)
    own = catalogue.obligations_of(document.id)
    national = document.level.value == "national"
    keep: set[str] = set()
    edges: list[PictureEdge] = []
    queue = [ob.id for ob in own]
    seen: set[str] = set()
    while queue:  # follow implements links both ways; provincial duties do not lead further sideways
        current = queue.pop(0)
        if current in seen:
            continue
        seen.add(current)
        links = [(current, t, d) for t, d in graph.implemented(current)] + \
                [(s, current, d) for s, d in graph.implementers(current)]
        for source, target, data in links:
            if source not in catalogue.obligations or target not in catalogue.obligations:
                continue
            keep.update((source, target))
            edges.append(PictureEdge(source, target, IMPLEMENTS, data["basis"]))
            other = target if source == current else source
            if catalogue.obligations[other].document_id != document.id and \
                    catalogue.document_of(catalogue.obligations[other]).level.value == "national" and \
                    catalogue.document_of(catalogue.obligations[current]).level.value == "national":
                queue.append(other)  # a refining national duty: its own implementers belong here too
    unlinked = [ob for ob in own if ob.id not in keep]
    documents = sorted({catalogue.obligations[o].document_id for o in keep} | {document.id},
                       key=lambda i: (catalogue.documents[i].level.value, i))
    for doc_id in documents:
        doc = catalogue.documents[doc_id]
        where = f"Tỉnh {doc.province} — " if doc.province else ""
        picture.clusters.append(Cluster("c_" + re.sub(r"[^a-z0-9]+", "_", doc_id), f"{where}{short_label(doc)}",
                                        doc.level.value == "national"))
    cluster_of = {d: "c_" + re.sub(r"[^a-z0-9]+", "_", d) for d in documents}
    for ob_id in sorted(keep, key=lambda i: list(catalogue.obligations).index(i)):
        ob = catalogue.obligations[ob_id]
        level = catalogue.document_of(ob).level.value
        picture.nodes.append(PictureNode(ob.id, _duty_lines(ob), "national_duty" if level == "national" else "duty",
                                         cluster_of[ob.document_id], tooltip=f"{ob.id}: {ob.action.vi}"))
    if unlinked:
        keys = [clause_label(o) if national else o.key for o in unlinked]
        if national:
            addressed = [o for o in unlinked if binds_provinces(catalogue, o)]
            others = len(unlinked) - len(addressed)
            lines = [f"Chưa tỉnh nào tiếp nhận ({len(addressed)}):",
                     *textwrap.wrap(", ".join(o.key for o in addressed), 40)]
            if others:
                lines.append(f"(và {others} nghĩa vụ không giao cho địa phương)")
        else:
            lines = [f"Không liên kết với nghĩa vụ cấp trên ({len(unlinked)}):", *textwrap.wrap(", ".join(keys), 40)]
        picture.nodes.append(PictureNode(f"{document.id}/(unlinked)", lines, "uncovered", cluster_of[document.id]))
    picture.edges = _unique(edges)
    return picture


def _unique(edges: list[PictureEdge]) -> list[PictureEdge]:
    seen, out = set(), []
    for edge in edges:
        key = (edge.source, edge.target, edge.type)
        if key not in seen:
            seen.add(key)
            out.append(edge)
    return out


# ---- DOT -----------------------------------------------------------------------------------------


def _q(text: str) -> str:
    """A DOT double-quoted string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _node_label(node: PictureNode) -> str:
    """An HTML-like label, one table row a line: the name in bold, details smaller, the coverage
    line in bold, warnings in red."""
    rows = [f'<TR><TD><B>{_html(node.lines[0])}</B></TD></TR>']
    for index, line in enumerate(node.lines[1:], start=1):
        mark = node.marks.get(index)
        colour = WARNING if mark == "warning" else "#343a40"
        text = f"<B>{_html(line)}</B>" if mark == "strong" else _html(line)
        rows.append(f'<TR><TD><FONT POINT-SIZE="10" COLOR="{colour}">{text}</FONT></TD></TR>')
    return '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">' + "".join(rows) + "</TABLE>>"


_NODE_STYLE = {
    "national": f'style="rounded,filled,bold" fillcolor="{NATIONAL_FILL}" color="{NATIONAL_LINE}" penwidth=1.6',
    "provincial": 'style="rounded,filled" fillcolor="#ffffff" color="#343a40" penwidth=1.3',
    "referenced": f'style="rounded,dashed" color="{REFERENCED_LINE}" fontcolor="{REFERENCED_TEXT}"',
    "replaced": f'style="rounded,dashed" color="{WARNING}" fontcolor="{REFERENCED_TEXT}"',
    "missing": f'style="rounded,dashed,filled" fillcolor="#fff5f5" color="{WARNING}"',
    "duty": 'style="rounded,filled" fillcolor="#ffffff" color="#495057"',
    "national_duty": f'style="rounded,filled" fillcolor="{NATIONAL_FILL}" color="{NATIONAL_LINE}"',
    "uncovered": f'style="rounded,filled" fillcolor="#ffe3e3" color="{WARNING}"',
}


def to_dot(picture: Picture) -> str:
    """Graphviz DOT text; ``dot -Tsvg`` draws it. Usable without Graphviz installed (it is text)."""
    out = [
        "digraph obligations {",
        # Documents: national on top (edges run upwards). Duties: national clauses on the left,
        # the provinces' duties in columns on the right (a wide row of duties would not be legible).
        f'  graph [rankdir={"BT" if picture.level == "documents" else "RL"} newrank=true compound=true '
        f'fontname="{FONT}" fontsize=18 labelloc=t '
        f'label={_q(picture.title)} nodesep=0.25 ranksep=0.55 pad=0.3 bgcolor="white"];',
        f'  node [fontname="{FONT}" shape=box fontsize=11 margin="0.12,0.06"];',
        f'  edge [fontname="{FONT}" fontsize=9 arrowsize=0.7 penwidth=1.3];',
    ]
    by_cluster: dict[str, list[PictureNode]] = {}
    for node in picture.nodes:
        by_cluster.setdefault(node.cluster, []).append(node)
    for cluster in picture.clusters:
        if not cluster.parent:
            out += _dot_cluster(picture, cluster, by_cluster, "  ")
    out += [f"  {_dot_node(n)}" for n in by_cluster.get("", [])]
    out += _tiers(picture)
    ports = _ports(picture)
    drawn = []
    for edge in picture.edges:
        source, target = ports.get(edge.source, _q(edge.source)), ports.get(edge.target, _q(edge.target))
        if source.split(":")[0] == target.split(":")[0] and ":" in source:
            continue  # within one table: the row says "đã bị thay thế → ..."
        drawn.append(edge)
        colour = EDGE_COLOURS.get(edge.type, "#343a40")
        out.append(f"  {source} -> {target} [color={_q(colour)} "
                   f'style={LINE_STYLES.get(edge.basis, "solid")} tooltip={_q(EDGE_VI.get(edge.type, edge.type))}];')
    out.append(f"  legend [shape=plain label={_legend(picture, drawn)}];")
    out.append("}")
    return "\n".join(out) + "\n"


def _dot_cluster(picture: Picture, cluster: Cluster, by_cluster: dict, indent: str) -> list[str]:
    members = by_cluster.get(cluster.key, [])
    if cluster.table:
        return [f"{indent}{_q(_table_id(cluster))} [shape=plain label={_table_label(cluster, members)}];"] \
            if members else []
    children = [c for c in picture.clusters if c.parent == cluster.key]
    inner: list[str] = []
    for child in children:
        inner += _dot_cluster(picture, child, by_cluster, indent + "  ")
    if not members and not inner:
        return []
    colour, fill = ("#1c4f9c", "#f4f7ff") if cluster.national else ("#5c940d", "#fbfdf7")
    out = [f"{indent}subgraph cluster_{cluster.key} {{",
           f'{indent}  label={_q(cluster.label)} fontsize=14 style="rounded,filled" '
           # labelloc follows rankdir: "b" is the top of a picture drawn bottom-up (BT).
           f'color="{colour}" fillcolor="{fill}" labeljust=l labelloc={"b" if picture.level == "documents" else "t"};']
    out += inner
    out += [f"{indent}  {_dot_node(n)}" for n in members]
    out.append(f"{indent}}}")
    return out


def _table_id(cluster: Cluster) -> str:
    return f"table_{cluster.key}"


def _table_label(cluster: Cluster, members: list[PictureNode]) -> str:
    """Documents only referred to, one row each (a port per row): compact, and each stays legible."""
    rows = [f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="11" COLOR="{REFERENCED_TEXT}"><I>{_html(cluster.label)}</I>'
            f"</FONT></TD></TR>"]
    for index, node in enumerate(members):
        colour = WARNING if node.style == "replaced" else REFERENCED_LINE
        text = f'<FONT COLOR="{REFERENCED_TEXT}"><B>{_html(node.lines[0])}</B></FONT>'
        details = " · ".join(node.lines[1:2])
        text += f'<BR/><FONT POINT-SIZE="9" COLOR="{REFERENCED_TEXT}">{_html(details)}</FONT>'
        for number, line in enumerate(node.lines[2:], start=2):
            colour = WARNING if node.marks.get(number) == "warning" else REFERENCED_TEXT
            text += f'<BR/><FONT POINT-SIZE="9" COLOR="{colour}">{_html(line)}</FONT>'
        link = f' HREF={_q(node.url)} TARGET="_top"' if node.url else ""
        rows.append(f'<TR><TD PORT="r{index}" ALIGN="LEFT" BALIGN="LEFT" BORDER="1" COLOR="{colour}" '
                    f'STYLE="dashed" TITLE={_q(node.tooltip)}{link}>{text}</TD></TR>')
    return ('<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="3" CELLPADDING="4" BGCOLOR="white">'
            + "".join(rows) + "</TABLE>>")


def _ports(picture: Picture) -> dict[str, str]:
    """Node id -> the DOT end point that stands for it (a row of a table, or the node itself)."""
    tables = {c.key: c for c in picture.clusters if c.table}
    counters: dict[str, int] = {}
    out = {}
    for node in picture.nodes:
        if node.cluster in tables:
            index = counters.get(node.cluster, 0)
            counters[node.cluster] = index + 1
            out[node.id] = f"{_q(_table_id(tables[node.cluster]))}:r{index}"
        else:
            out[node.id] = _q(node.id)
    return out


def _tiers(picture: Picture) -> list[str]:
    """Invisible edges through one invisible node that keep every national document above every
    provincial one (edges run upwards: rankdir=BT), whatever links they have."""
    national = {c.key for c in picture.clusters if c.national}  # with their sub-frames
    above = [n for n in picture.nodes if n.cluster in national]
    below = [n for n in picture.nodes if n.cluster and n.cluster not in national
             and n.style in ("provincial", "duty")]
    if not above or not below:
        return []
    ports = _ports(picture)
    tops = dict.fromkeys(ports[n.id].split(":")[0] for n in above)
    lines = ['  tier [shape=point style=invis width=0 height=0 label=""];']
    lines += [f"  tier -> {top} [style=invis];" for top in tops]
    lines += [f"  {_q(n.id)} -> tier [style=invis];" for n in below]
    return lines


def _dot_node(node: PictureNode) -> str:
    style = _NODE_STYLE[node.style if node.style in _NODE_STYLE else "duty"]
    if node.fill:
        style = style.replace('fillcolor="#ffffff"', f'fillcolor="{node.fill}"')
    tooltip = f" tooltip={_q(node.tooltip)}" if node.tooltip else ""
    link = f' URL={_q(node.url)} target="_top"' if node.url else ""
    return f"{_q(node.id)} [label={_node_label(node)} {style}{tooltip}{link}];"


def _legend(picture: Picture, edges: list[PictureEdge]) -> str:
    """An HTML table: the relation colours and line styles drawn, kinds of boxes, the coverage scale."""
    types = sorted({e.type for e in edges}, key=lambda t: list(EDGE_COLOURS).index(t) if t in EDGE_COLOURS else 99)
    bases = sorted({e.basis for e in edges}, key=list(LINE_STYLES).index)
    sample = {"solid": "━━━━", "dashed": "╺━ ╺━ ╺", "dotted": "┄┄┄┄┄"}
    rows = ['<TR><TD COLSPAN="2" ALIGN="LEFT"><B>Chú giải</B></TD></TR>']
    for edge_type in types:
        rows.append(f'<TR><TD><FONT COLOR="{EDGE_COLOURS.get(edge_type, "#343a40")}">━━━━</FONT></TD>'
                    f'<TD ALIGN="LEFT">{_html(EDGE_VI.get(edge_type, edge_type))}</TD></TR>')
    words = {"stated": "văn bản nêu rõ", "inferred": "người mã hóa suy luận",
             "recorded": "thay thế ghi nhận về hiệu lực"}
    for basis in bases:
        rows.append(f'<TR><TD>{sample[LINE_STYLES[basis]]}</TD><TD ALIGN="LEFT">{words[basis]}</TD></TR>')
    if picture.level == "documents":
        rows += [
            f'<TR><TD BGCOLOR="{NATIONAL_FILL}"> </TD><TD ALIGN="LEFT">văn bản trung ương đã mã hóa</TD></TR>',
            f'<TR><TD><FONT COLOR="{REFERENCED_LINE}">┄ ┄ ┄</FONT></TD>'
            '<TD ALIGN="LEFT">văn bản chỉ được dẫn chiếu</TD></TR>',
            f'<TR><TD><FONT COLOR="{WARNING}">┄ ┄ ┄</FONT></TD><TD ALIGN="LEFT">văn bản đã bị thay thế</TD></TR>',
            '<TR><TD COLSPAN="2" ALIGN="LEFT">Văn bản của tỉnh, theo tỷ lệ nghĩa vụ<BR/>'
            'trung ương giao địa phương được tiếp nhận:</TD></TR>',
        ]
        rows += [f'<TR><TD BGCOLOR="{colour}"> </TD><TD ALIGN="LEFT">{label}</TD></TR>'
                 for _, colour, label in COVERAGE_SCALE]
    else:
        rows.append('<TR><TD BGCOLOR="#ffe3e3"> </TD><TD ALIGN="LEFT">nghĩa vụ không có liên kết</TD></TR>')
    table = ('<TABLE BORDER="1" COLOR="#adb5bd" CELLBORDER="0" CELLSPACING="2" CELLPADDING="3" BGCOLOR="white">'
             + "".join(rows) + "</TABLE>")
    return f'<<FONT POINT-SIZE="10">{table}</FONT>>'


# ---- Mermaid --------------------------------------------------------------------------------------


BASIS_SUFFIX = {"inferred": " (suy luận)", "recorded": " (ghi nhận)"}  # stated: no suffix


def _mermaid_text(text: str) -> str:
    """Mermaid entity codes for the characters it reads as syntax inside a quoted label."""
    for char, code in (("#", "#35;"), ('"', "#quot;"), ("<", "#lt;"), (">", "#gt;"), ("&", "#amp;")):
        text = text.replace(char, code)
    return text


def _mermaid_ids(picture: Picture) -> dict[str, str]:
    ids: dict[str, str] = {}
    for node in picture.nodes:
        prefix = "d_" if picture.level == "documents" else "o_"
        base = prefix + re.sub(r"[^A-Za-z0-9]+", "_", fold(node.id)).strip("_")
        candidate, n = base, 2
        while candidate in ids.values():
            candidate, n = f"{base}_{n}", n + 1
        ids[node.id] = candidate
    return ids


def to_mermaid(picture: Picture) -> str:
    """A Mermaid flowchart (pastes into Markdown on GitHub, GitLab and most wikis)."""
    ids = _mermaid_ids(picture)
    out = ["flowchart BT"]
    by_cluster: dict[str, list[PictureNode]] = {}
    for node in picture.nodes:
        by_cluster.setdefault(node.cluster, []).append(node)

    def node_line(node: PictureNode) -> str:
        return f'{ids[node.id]}["{"<br/>".join(_mermaid_text(line) for line in node.lines)}"]'

    for cluster in picture.clusters:
        members = by_cluster.get(cluster.key, [])
        if members:
            out.append(f'  subgraph {re.sub(r"[^A-Za-z0-9_]", "_", cluster.key)}["{_mermaid_text(cluster.label)}"]')
            out += [f"    {node_line(n)}" for n in members]
            out.append("  end")
    out += [f"  {node_line(n)}" for n in by_cluster.get("", [])]
    styles: dict[str, list[int]] = {}
    for index, edge in enumerate(picture.edges):
        arrow = "-->" if edge.basis == "stated" else "-.->"
        label = EDGE_VI.get(edge.type, edge.type) + BASIS_SUFFIX.get(edge.basis, "")
        source, target = ids.get(edge.source, "missing"), ids.get(edge.target, "missing")
        out.append(f'  {source} {arrow}|"{_mermaid_text(label)}"| {target}')
        styles.setdefault(EDGE_COLOURS.get(edge.type, "#343a40"), []).append(index)
    for colour, indexes in styles.items():
        out.append(f"  linkStyle {','.join(map(str, indexes))} stroke:{colour}")
    classes = {
        "national": f"fill:{NATIONAL_FILL},stroke:{NATIONAL_LINE},stroke-width:2px",
        "provincial": "fill:#ffffff,stroke:#343a40",
        "referenced": f"fill:#ffffff,stroke:{REFERENCED_LINE},stroke-dasharray:4 3,color:{REFERENCED_TEXT}",
        "replaced": f"fill:#ffffff,stroke:{WARNING},stroke-dasharray:4 3,color:{REFERENCED_TEXT}",
        "missing": f"fill:#fff5f5,stroke:{WARNING},stroke-dasharray:4 3",
        "uncovered": f"fill:#ffe3e3,stroke:{WARNING}",
    }
    used = {n.style for n in picture.nodes}
    for name, style in classes.items():
        members = [ids[n.id] for n in picture.nodes if n.style == name]
        if name in used and members:
            out.append(f"  classDef {name} {style}")
            out.append(f"  class {','.join(members)} {name}")
    for node in picture.nodes:
        if node.fill:
            out.append(f"  style {ids[node.id]} fill:{node.fill}")
    return "\n".join(out) + "\n"


# ---- rendering ------------------------------------------------------------------------------------


def link_nodes(picture: Picture, url_for) -> Picture:
    """Give each box the address ``url_for(node_id)`` returns (None: no link), for an SVG shown in a
    page whose boxes open the document's or the duty's page."""
    for node in picture.nodes:
        node.url = url_for(node.id) or ""
    return picture


def draw(dot_text: str, fmt: str = "svg", name: str | None = None) -> bytes:
    """DOT text drawn by Graphviz's ``dot`` into SVG, PNG or PDF bytes (``name``: what a failure
    message calls the drawing)."""
    result = subprocess.run([dot_program(), f"-T{fmt}", *(["-Gdpi=110"] if fmt == "png" else [])],
                            input=dot_text.encode("utf-8"), capture_output=True, timeout=120)
    if result.returncode != 0:
        raise ObligationsError(_("chương trình dot gặp lỗi khi vẽ {name}: {reason}").format(
            name=name or fmt.upper(), reason=result.stderr.decode("utf-8", "replace").strip()))
    return result.stdout


def dot_program() -> str:
    found = shutil.which("dot")
    if not found:
        raise GraphvizMissing(
            _("Chưa cài chương trình 'dot' của Graphviz nên không vẽ được sơ đồ. Cài bằng scripts/system-packages "
              "(hoặc: apt-get install --no-install-recommends graphviz fonts-dejavu-core); lệnh "
              "'obligations graph export --format dot' ghi văn bản DOT mà không cần chương trình này."))
    return found


def render(dot_text: str, targets: list[Path]) -> list[Path]:
    """Draw DOT text into each target file; the format is the file's suffix (.svg, .png, .pdf).
    All are drawn before any is written, and each is written whole (through a temporary file), so a
    failure leaves no file behind and none half-written."""
    from ..catalogue.guards import Refused, check_output_folder, write_atomically

    for target in targets:
        if target.suffix.lstrip(".").lower() not in ("svg", "png", "pdf"):
            raise ObligationsError(_("không vẽ được '{target}': dùng tên tệp đuôi .svg, .png hoặc .pdf").format(target=target))
        problem = check_output_folder(target.parent)
        if problem:
            raise ObligationsError(_("không ghi được {target}: {reason}; hãy chọn nơi khác").format(target=target, reason=problem))
    drawn = [draw(dot_text, target.suffix.lstrip(".").lower(), target.name) for target in targets]
    try:
        for target, data in zip(targets, drawn):
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, data)
    except Refused as refused:
        raise ObligationsError(_("không ghi được {target}: {reason}; {hint}").format(
            target=target, reason=refused.message, hint=refused.hint)) from None
    except OSError as error:
        raise ObligationsError(_("không ghi được {target}: {reason}; hãy chọn nơi khác").format(
            target=target, reason=error.strerror or error)) from None
    return targets
