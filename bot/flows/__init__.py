"""Flow files: strict schema, loading with line numbers and parsed conditions, Mermaid export."""

from bot.flows.loader import FlowDoc, LoadResult, load_flows

__all__ = ["FlowDoc", "LoadResult", "load_flows"]
