"""Article text as HTML from character offsets: marks, anchors, escaping."""

from __future__ import annotations

from html.parser import HTMLParser

from claimledger.records import Claim, TextSpan
from claimledger.web.highlight import anchor, article_html, segments, sentence_around


def _span(text: str, words: str, after: int = 0) -> TextSpan:
    start = text.index(words, after)
    return TextSpan(words, start, start + len(words))


def _claim(text: str, claim_id: str = "d:1", **spans: TextSpan | tuple) -> Claim:
    return Claim("d", claim_id, "quantity", "killed", spans.pop("evidence"), **spans)


TEXT = "Seoul said about 200 soldiers were killed, Yonhap reported."


def test_each_part_gets_its_own_class_and_the_rest_is_plain():
    claim = _claim(TEXT, evidence=TextSpan(TEXT, 0, len(TEXT)),
                   number_span=_span(TEXT, "about 200"), claimant=_span(TEXT, "Seoul"),
                   via=(_span(TEXT, "Yonhap"),), hedge_cue=_span(TEXT, "said"))
    html = str(article_html(TEXT, [claim]))
    assert '<mark class="hl hl-figure">about 200</mark>' in html
    assert '<mark class="hl hl-claimant">Seoul</mark>' in html
    assert '<mark class="hl hl-relay">Yonhap</mark>' in html
    assert '<mark class="hl hl-hedge">said</mark>' in html
    assert html.startswith('<span class="anchor" id="claim-d-1"></span><span class="ev"')


def test_markup_in_the_text_comes_out_escaped():
    text = 'Officials said <script>alert(1)</script> 40 died. <img src=x onerror="alert(2)">'
    claim = _claim(text, evidence=_span(text, "Officials said"), number_span=_span(text, "40"))
    html = str(article_html(text, [claim]))
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "onerror=&#34;alert(2)&#34;" in html

    tags: list[str] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            tags.append(tag)
            assert not any(name.startswith("on") for name, _ in attrs)

    Tags().feed(html)
    assert set(tags) <= {"span", "mark"}


def test_spans_that_do_not_match_the_text_are_left_unmarked():
    wrong = TextSpan("300", 16, 19)  # the text there is "t 2", not "300"
    claim = _claim(TEXT, evidence=TextSpan(TEXT, 0, len(TEXT)), number_span=wrong,
                   claimant=TextSpan("Seoul", 0, 99))
    html = str(article_html(TEXT, [claim]))
    assert "<mark" not in html
    assert "".join(s.text for s in segments(TEXT, [claim])) == TEXT


def test_overlapping_claims_keep_every_character_once():
    first = _claim(TEXT, "d:1", evidence=TextSpan(TEXT[:41], 0, 41),
                   number_span=_span(TEXT, "about 200"))
    second = _claim(TEXT, "d:2", evidence=TextSpan(TEXT[11:], 11, len(TEXT)),
                    number_span=_span(TEXT, "200"))
    parts = segments(TEXT, [first, second])
    assert "".join(p.text for p in parts) == TEXT
    # "about 200" is one figure, both claims' evidence covers it: one piece, one mark.
    shared = [p for p in parts if "200" in p.text]
    assert len(shared) == 1 and shared[0].text == "about 200"
    assert shared[0].roles == ("figure",) and shared[0].claims == ("claim-d-1", "claim-d-2")
    assert [a for p in parts for a in p.anchors] == ["claim-d-1", "claim-d-2"]


def test_anchor_ids_have_no_characters_a_fragment_would_need_to_escape():
    assert anchor("nis report/1:3") == "claim-nis-report-1-3"
    assert anchor('x"><script>:1') == "claim-x-script-1"


def test_sentence_around_gives_the_whole_sentence():
    text = "First one. The NIS said 300 died in March. Next one."
    before, words, after = sentence_around(text, _span(text, "300 died"))
    assert (before, words, after) == ("The NIS said ", "300 died", " in March.")
    assert sentence_around(text, TextSpan("gone", 500, 504)) == ("", "gone", "")


def test_a_stated_date_is_marked():
    text = "Kyiv said on Monday that 40 soldiers were killed."
    claim = _claim(text, evidence=TextSpan(text, 0, len(text)), number_span=_span(text, "40"),
                   date="2025-03-03", date_span=_span(text, "Monday"))
    assert '<mark class="hl hl-date">Monday</mark>' in str(article_html(text, [claim]))
