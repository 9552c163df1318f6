"""A package whose modules import each other relatively."""
from .parts import Part, make
from . import tools

VERSION = "1.0"
