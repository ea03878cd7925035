"""The seed article's gold claims: the reconciler finds the relations its gold names."""

from __future__ import annotations

from tests.reconcile.helpers import extra, seed_claims

from claimledger.reconcile.checks import find_checks
from claimledger.reconcile.estimates import build_estimates

DOC = "seed-nk-troops"


def test_seed_spans_are_located_exactly(shared_dir):
    text = (shared_dir / "corpus" / f"{DOC}.txt").read_text(encoding="utf-8")
    for lc in seed_claims(shared_dir):
        span = lc.claim.evidence
        assert text[span.start:span.end] == span.text


def test_find_checks_finds_every_gold_relation(shared_dir):
    checks = find_checks(seed_claims(shared_dir))
    found = {(c.kind, c.claim_ids) for c in checks}
    for relation in extra(shared_dir)["consistency"]:
        ids = tuple(f"{DOC}:{i}" for i in [*relation["parts"], relation["whole"]])
        assert (relation["kind"], ids) in found, (relation, found)


def test_seed_verdicts_and_evidence(shared_dir):
    checks = {c.claim_ids: c for c in find_checks(seed_claims(shared_dir))}
    part = checks[(f"{DOC}:q10", f"{DOC}:q9")]
    assert part.verdict == "contradiction"
    assert [span.text for _doc, span in part.evidence] == [
        "more than 100 Hwasong-11 class missiles", "dozens of missiles"]
    assert checks[(f"{DOC}:q5", f"{DOC}:q6", f"{DOC}:q1")].verdict == "agreement"


def test_seed_three_day_tally_is_not_set_against_the_war_total(shared_dir):
    # 77 killed + 40 wounded "in three days in Kursk region" is a narrower scope than
    # "more than 1,000 casualties"; comparing them would be a false contradiction.
    checks = find_checks(seed_claims(shared_dir))
    assert not any(f"{DOC}:q3" in c.claim_ids for c in checks)
    assert all(c.verdict == "agreement" for c in checks if c.kind != "part_exceeds_whole")


def test_seed_estimates_collapse_the_repeated_casualty_figure(shared_dir):
    rows = build_estimates(seed_claims(shared_dir), measure="casualties")
    assert len(rows) == 1
    row = rows[0]
    assert row.claim_ids == (f"{DOC}:q1", f"{DOC}:q2")
    assert (row.figure, row.claimant, row.independent_reports) == ("more than 1,000", None, 1)


def test_seed_estimates_by_claimant(shared_dir):
    rows = build_estimates(seed_claims(shared_dir), claimant="south korean")
    assert [(r.measure, r.figure, r.via) for r in rows] == [
        ("killed", "about 100", ("Yonhap news agency",)),
        ("wounded", "1,000", ("Yonhap news agency",)),
    ]
