"""Flow files: strict schema, loading with line numbers, graph checks."""

from bot.flows.loader import FlowDoc, LoadResult, load_flows

__all__ = ["FlowDoc", "LoadResult", "load_flows"]
