"""The dependency graph (networkx): documents and obligations tied to the national texts they carry
out; trace, national uptake, consistency checks, export and the picture, and their tables.

Built from the catalogue only; knows nothing of agencies or facts.
"""

from .build import DependencyGraph, build_graph
from .consistency import Finding
from .consistency import check as check_graph
from .export import export as export_graph
from .trace import Trace, trace
from .uptake import Uptake, uptake

__all__ = ["DependencyGraph", "Finding", "Trace", "Uptake", "build_graph", "check_graph", "export_graph", "trace",
           "uptake"]
