"""Archive -> GraphML: people and organisations, linked by the meetings they share.

Nodes are people (`kind` person) and organisations (`kind` organisation); an edge joins two
nodes that appear in the same meeting (events that are one meeting count once), weighted by
how many meetings they share, listing the documents that say so. The graph's own data names
the readouts version and every document's provenance. Opens in Gephi and networkx.
"""
from __future__ import annotations

import itertools
import json
from collections import defaultdict
from typing import Any, TextIO
from xml.sax.saxutils import escape, quoteattr

from ..archive.selection import pages
from ..model import EXTRACTOR_VERSION
from ..store import Store

_SQL = (
    "SELECT s.seq, p.id AS pid, p.person_id, p.name, p.gender, p.country, "
    "p.organisation_id, p.organisation, e.meeting_id, d.id AS document_id "
    "FROM {selected} s JOIN documents d ON d.id = s.id "
    "JOIN participations p ON p.document_id = d.id JOIN events e ON e.id = p.event_id "
    "WHERE s.seq > ?")
_DOCS = ("SELECT s.seq, d.id, d.url, d.source, d.publisher, d.licence, d.attribution, "
         "d.captured, d.extractor_version FROM {selected} s JOIN documents d ON d.id = s.id "
         "WHERE s.seq > ?")
KEYS = (("label", "node", "string"), ("kind", "node", "string"), ("gender", "node", "string"),
        ("country", "node", "string"), ("weight", "edge", "int"),
        ("documents", "edge", "string"), ("readouts_version", "graph", "string"),
        ("provenance", "graph", "string"))


def write(store: Store, selected: str, out: TextIO) -> int:
    nodes: dict[str, dict[str, Any]] = {}
    meetings: dict[str, set[str]] = defaultdict(set)
    sources: dict[str, set[str]] = defaultdict(set)
    for row in pages(store, _SQL.format(selected=selected)):
        nodes.setdefault(row["person_id"], {"label": row["name"], "kind": "person",
                                            "gender": row["gender"],
                                            "country": row["country"]})
        meetings[row["meeting_id"]].add(row["person_id"])
        sources[row["meeting_id"]].add(row["document_id"])
        if row["organisation_id"]:
            nodes.setdefault(row["organisation_id"], {"label": row["organisation"],
                                                      "kind": "organisation",
                                                      "country": row["country"]})
            meetings[row["meeting_id"]].add(row["organisation_id"])
    edges: dict[tuple[str, str], list[Any]] = {}
    for meeting, members in meetings.items():
        for a, b in itertools.combinations(sorted(members), 2):
            edge = edges.setdefault((a, b), [0, set()])
            edge[0] += 1
            edge[1].update(sources[meeting])
    provenance = [{k: r[k] for k in ("id", "url", "source", "publisher", "licence",
                                      "attribution", "captured", "extractor_version")}
                  for r in pages(store, _DOCS.format(selected=selected))]
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    for name, domain, kind in KEYS:
        out.write(f'  <key id="{name}" for="{domain}" attr.name="{name}" '
                  f'attr.type="{kind}"/>\n')
    out.write('  <graph id="readouts" edgedefault="undirected">\n')
    out.write(f'    <data key="readouts_version">{EXTRACTOR_VERSION}</data>\n')
    out.write(f'    <data key="provenance">{escape(json.dumps(provenance))}</data>\n')
    for node_id, attrs in sorted(nodes.items()):
        out.write(f"    <node id={quoteattr(node_id)}>")
        for key, value in attrs.items():
            if value is not None:
                out.write(f'<data key="{key}">{escape(str(value))}</data>')
        out.write("</node>\n")
    for n, ((a, b), (weight, docs)) in enumerate(sorted(edges.items())):
        out.write(f'    <edge id="e{n}" source={quoteattr(a)} target={quoteattr(b)}>'
                  f'<data key="weight">{weight}</data>'
                  f'<data key="documents">{escape(";".join(sorted(docs)))}</data></edge>\n')
    out.write("  </graph>\n</graphml>\n")
    return len(nodes)
