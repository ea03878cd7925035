"""Store: the ledger's tables (``schema``), migrations, and the reads and writes over them.

``claimledger.ledger.Ledger`` is the public face; these modules each do one job:
``engine`` (open, migrate), ``catalogue`` (what to do with an incoming document),
``writer`` (batched, crash-safe writes), ``queries`` (reads), ``corrections``,
``names`` (entities and unknown names), ``rows`` (claims to rows and back),
``records`` (the plain records the ledger answers with).

Example:
    >>> from claimledger.store.records import IngestReport
    >>> IngestReport().added
    0
"""
