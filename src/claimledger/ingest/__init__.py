"""Ingest: articles from files, folders, feeds and stdin (``readers``); near-duplicates
(``dedupe``, imported on its own because datasketch is slow to import).

Example:
    >>> from claimledger.ingest import iter_inputs, ReadFailure
"""

from claimledger.ingest.failures import ReadFailure
from claimledger.ingest.readers import DEFAULT_MAX_BYTES, iter_inputs, read_bytes, read_path

__all__ = ["DEFAULT_MAX_BYTES", "ReadFailure", "iter_inputs", "read_bytes", "read_path"]
