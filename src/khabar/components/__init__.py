"""One small class per pipeline step, and the registry that names them."""

from khabar.components.registry import REGISTRY, create

__all__ = ["REGISTRY", "create"]
