"""The graph written out: node-link JSON, GraphML, Graphviz DOT and Mermaid.

JSON and GraphML carry the graph itself (every node with its attributes, every typed edge with its
basis and origin): other tools (networkx, Gephi, yEd, Neo4j importers) read them. DOT and Mermaid
carry the picture of ``picture.py``: DOT for Graphviz, Mermaid for Markdown and wikis.
"""

from __future__ import annotations

import json

import networkx as nx

from ..catalogue.errors import ObligationsError
from ..i18n import _
from .build import DependencyGraph
from .picture import build_picture, to_dot, to_mermaid

FORMATS = ("json", "graphml", "dot", "mermaid")


def node_link(graph: nx.MultiDiGraph) -> dict:
    """networkx's node-link form (``links``; read back with ``networkx.node_link_graph``)."""
    return {
        "directed": True,
        "multigraph": True,
        "graph": dict(graph.graph),
        "nodes": [{"id": node, **data} for node, data in graph.nodes(data=True)],
        "links": [{"source": source, "target": target, "key": key, **data}
                  for source, target, key, data in graph.edges(keys=True, data=True)],
    }


def graphml(graph: nx.MultiDiGraph) -> str:
    """GraphML text; every attribute is a string, an integer or a boolean."""
    return "\n".join(nx.generate_graphml(graph, encoding="utf-8", prettyprint=True)) + "\n"


def neighbourhood(graph: DependencyGraph, document: str) -> nx.MultiDiGraph:
    """The subgraph the obligation-level picture of ``document`` draws, with the documents holding
    those duties and the belongs_to edges to them."""
    picture = build_picture(graph, document)
    nodes = {n.id for n in picture.nodes if n.id in graph.g}
    nodes |= {graph.g.nodes[n]["document"] for n in list(nodes) if graph.is_obligation(n)}
    nodes.add(picture.document)
    return graph.g.subgraph(nodes).copy()


def export(graph: DependencyGraph, fmt: str, document: str | None = None) -> str:
    """The graph (or one document's neighbourhood) in one of ``FORMATS``."""
    if fmt == "json":
        g = neighbourhood(graph, document) if document else graph.g
        return json.dumps(node_link(g), ensure_ascii=False, indent=1) + "\n"
    if fmt == "graphml":
        return graphml(neighbourhood(graph, document) if document else graph.g)
    if fmt == "dot":
        return to_dot(build_picture(graph, document))
    if fmt == "mermaid":
        return to_mermaid(build_picture(graph, document))
    raise ObligationsError(_("không có định dạng xuất '{format}': dùng một trong {formats}").format(
        format=fmt, formats=", ".join(FORMATS)))
