# A module star_helper.py star-imports: its names go on to star_import.py.
__all__ = ["chained", "ALSO"]
chained = "from the chain"
ALSO = 2
NOT_LISTED = 3
