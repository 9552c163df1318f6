"""The kit's tools: a subpackage."""
from .helpers import label as LABEL
