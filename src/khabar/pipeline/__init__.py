"""Component protocol and the Pipeline that runs components in a checked order."""

from khabar.pipeline.component import LAYERS, Component
from khabar.pipeline.pipeline import Pipeline, validate

__all__ = ["LAYERS", "Component", "Pipeline", "validate"]
