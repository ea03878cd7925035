"""Find figures in a parsed text: digits, number words, vague amounts, ranges.

Each rule is a small named function over tokens. What is never a count
(calibres, designations, dates, durations, percentages, money, ordinals) is
filtered here, before any claim is built.

Example:
    >>> from claimledger.nlp import get_base_nlp          # doctest: +SKIP
    >>> [f.value for f in find_figures(get_base_nlp()("up to 12,000 troops"))]  # doctest: +SKIP
    [12000]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from claimledger.extract.lexicon import Lexicon, get_lexicon
from claimledger.extract.sentences import doc_text, sent_of, sentence_index

_DIGITS = re.compile(r"^\+?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$")
_ISO_DATE = re.compile(r"(1[89]|20)\d\d-[01]?\d-[0-3]?\d\b")
_INLINE_RANGE = re.compile(r"^(\d[\d,.]*)[-–—](\d[\d,.]*)$")
_SUFFIXED = re.compile(r"^(\d+(?:\.\d+)?)(k|m|bn|mln)$", re.IGNORECASE)
#: "~1" (about one …); a tilde glued to the digits.
_TILDE = re.compile(r"^~(\d[\d,.]*)$")
#: A multiplier the tokenizer left glued to what follows: "million+" (3 million+ rounds),
#: "million-7.5" (6 million-7.5 million rounds).
_GLUED_MULTIPLIER = re.compile(
    r"^(hundred|thousand|million|billion|bn|mln)(\+|[-–](\d[\d,.]*))$", re.I
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
#: Words that open a figure besides digits and number words.
_FIGURE_WORDS = frozenset(
    {"dozen", "several", "few", "tens", "scores", "couple", "pair", "handful", "half"}
)
#: Words after "a"/"an" that make a figure: "a dozen", "a few", "a hundred".
_START_WORDS = frozenset(
    {"a", "an", "dozen", "several", "few", "tens", "scores", "couple", "pair", "handful", "half"}
)
_AFTER_A = frozenset(
    {
        "dozen",
        "few",
        "couple",
        "pair",
        "handful",
        "hundred",
        "thousand",
        "million",
        "billion",
        "quarter",
        "half",
    }
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days night nights week weeks month months "
    "year years decade decades century centuries weekend weekends".split()
)
_UNIT_AFTER = frozenset(
    "mm millimetre millimetres millimeter millimeters cm km kilometre kilometres kilometer "
    "kilometers m metre metres meter meters mile miles kg kilogram kilograms tonne tonnes ton "
    "tons lb lbs percent per cent % pc calibre caliber degrees kph mph sq square hectares acres "
    "year-old years-old st nd rd th am pm a.m. p.m. gb mb".split()
)
_CURRENCY_BEFORE = frozenset("$ £ € ¥ ₩ ₽ us$ usd eur rub krw".split())
_CURRENCY_AFTER = frozenset(
    "dollars dollar usd euros euro pounds pound won roubles rubles rouble ruble yuan".split()
)
_DATE_BEFORE = frozenset(
    "in since on by until till from during of before after early late mid".split()
)
_NOT_AFTER_HYPHEN = frozenset("year day week month hour minute mile km mm kilometre metre".split())


@dataclass(frozen=True)
class Figure:
    """A stated figure: token range ``[start, end)`` of the words that state it.

    ``qual_start`` is the first token of the qualifier ("more than") when there
    is one, else ``start``.
    """

    start: int
    end: int
    value: int | float | None
    value_high: int | float | None
    qualifier: str
    vague: str | None
    low: int | float | None
    high: int | float | None
    qual_start: int
    qual_end: int


def _lower(tok: Token) -> str:
    return tok.lower_


def _number(text: str) -> int | float | None:
    """Read a digit string: "1,000" -> 1000, "1.5" -> 1.5."""
    if not _DIGITS.match(text):
        return None
    value = float(text.replace(",", "").lstrip("+"))
    return int(value) if value.is_integer() else value


def _scaled(value: float, factor: int) -> int | float:
    result = value * factor
    return int(round(result)) if abs(result - round(result)) < 1e-6 else result


def _match_phrase(
    doc: Doc, i: int, phrases: dict[tuple[str, ...], object], limit: int
) -> tuple[int, object] | None:
    """Longest phrase from ``phrases`` starting at token ``i`` (returns end, value)."""
    best: tuple[int, object] | None = None
    words = [t.lower_ for t in doc[i : min(i + 4, limit)]]  # read once for every length
    for n in range(1, 5):
        j = i + n
        if j > limit:
            break
        key = tuple(words[:n])
        if key in phrases:
            best = (j, phrases[key])
    return best


def read_word_number(doc: Doc, i: int, limit: int, lex: Lexicon) -> tuple[int, int | float] | None:
    """Number words from token ``i``: "five million", "twenty-five", "a dozen", "two hundred".

    Example: "five million artillery shells" -> (end of "million", 5000000).
    """
    collective = (
        _match_phrase(doc, i, lex.collectives, limit)
        if doc[i].lower_ in lex.collective_firsts
        else None
    )
    if collective is not None:
        return collective[0], collective[1]  # type: ignore[return-value]
    fraction = read_fraction_of(doc, i, limit, lex)
    if fraction is not None:
        return fraction
    total = 0
    current: float | None = None
    j = i
    seen = False
    while j < limit:
        word = doc[j].lower_
        if word in lex.number_units or word in lex.number_tens:
            after_hundred = current is not None and current > 0 and current % 100 == 0
            after_tens = (
                current is not None
                and word in lex.number_units
                and current % 100 >= 20
                and current % 10 == 0
            )
            if current is not None and not (after_hundred or after_tens):
                break
            current = (current or 0) + lex.number_units.get(word, lex.number_tens.get(word, 0))
            seen = True
            j += 1
        elif word == "-" and seen and j + 1 < limit and doc[j + 1].lower_ in lex.number_units:
            j += 1  # twenty-five
        elif (
            word in ("a", "an")
            and not seen
            and j + 1 < limit
            and doc[j + 1].lower_ in lex.multipliers
        ):
            current = 1
            seen = True
            j += 1
        elif word in lex.multipliers and seen and word not in ("m", "k", "bn", "mln"):
            factor = lex.multipliers[word]
            value = current if current is not None else 1
            if factor >= 1000:
                total += value * factor
                current = None
            else:
                current = value * factor
            j += 1
        elif (
            word == "and"
            and seen
            and j + 1 < limit
            and (doc[j + 1].lower_ in lex.number_units or doc[j + 1].lower_ in lex.number_tens)
            and current is not None
            and current % 100 == 0
        ):
            j += 1  # "two hundred and fifty"
        else:
            break
    if not seen:
        return None
    value = total + (current or 0)
    return j, int(value)


_FRACTIONS = {"half": 0.5, "quarter": 0.25}


def read_fraction_of(doc: Doc, i: int, limit: int, lex: Lexicon) -> tuple[int, int] | None:
    """A fraction of a round number: "half a million" (500,000), "a quarter of a million"
    (250,000), "three quarters of a million" (750,000).

    Example: "half a million shells" -> (end of "million", 500000).
    """
    j, times = i, 1.0
    if doc[j].lower_ in ("a", "an", "one"):
        j += 1
    elif (
        doc[j].lower_ in lex.number_units
        and j + 1 < limit
        and doc[j + 1].lower_ in ("quarters", "halves")
    ):
        times = lex.number_units[doc[j].lower_]
        j += 1
    if j >= limit:
        return None
    word = doc[j].lower_.rstrip("s")
    if word not in _FRACTIONS:
        return None
    j += 1
    if j < limit and doc[j].lower_ == "of":
        j += 1
    if (
        j + 1 < limit
        and doc[j].lower_ in ("a", "an")
        and doc[j + 1].lower_ in lex.multipliers
        and doc[j + 1].lower_ not in ("m", "k", "bn", "mln")
    ):
        return j + 2, int(times * _FRACTIONS[word] * lex.multipliers[doc[j + 1].lower_])
    return None


def read_digits(doc: Doc, i: int, limit: int, lex: Lexicon) -> tuple[int, int | float] | None:
    """A digit figure with an optional multiplier word: "1,000", "1.5 million", "3bn"."""
    tok = doc[i]
    suffixed = _SUFFIXED.match(tok.text)
    if suffixed:
        return i + 1, _scaled(float(suffixed.group(1)), lex.multipliers[suffixed.group(2).lower()])
    tilde = _TILDE.match(tok.text)
    value = _number(tilde.group(1) if tilde else tok.text)
    if value is None:
        return None
    j = i + 1
    glued = _GLUED_MULTIPLIER.match(doc[j].text) if j < limit else None
    if glued:
        # "3 million+": the multiplier alone scales this figure; what is glued to it
        # (a "+" or the second figure of a range) is read by the caller.
        return j + 1, _scaled(float(value), lex.multipliers[glued.group(1).lower()])
    if j < limit and doc[j].lower_ in lex.multipliers and doc[j].lower_ not in ("m",):
        word = doc[j].lower_
        # "1.5m" is tokenised as "1.5" "m"; a bare "m" after a space is metres.
        value = _scaled(float(value), lex.multipliers[word])
        j += 1
    elif j < limit and doc[j].lower_ == "m" and not doc[i].whitespace_:
        value = _scaled(float(value), 1_000_000)
        j += 1
    return j, value


def read_vague(doc: Doc, i: int, limit: int, lex: Lexicon) -> tuple[int, str, int, int] | None:
    """A vague amount: "dozens", "tens of thousands", "several hundred" (several x 100).

    Returns (end, words, low, high).
    """
    if doc[i].lower_ not in lex.vague_firsts:
        return None
    found = _match_phrase(doc, i, lex.vague_phrases, limit)  # type: ignore[arg-type]
    if found is None:
        return None
    end, words = found
    words = str(words)
    low, high = lex.vague[words]
    if words in lex.scalable_vague:
        if end < limit and doc[end].lower_ in lex.multipliers and doc[end].lower_ not in ("m", "k"):
            factor = lex.multipliers[doc[end].lower_]
            return end + 1, f"{words} {doc[end].lower_}", low * factor, high * factor
        nxt = doc[end] if end < limit else None
        if words == "few" and (i == 0 or doc[i - 1].lower_ != "a"):
            return None
        if nxt is not None and vague_pronoun(doc, end, limit):
            return end, words, low, high  # "several were reported killed", "several of them"
        if nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ") or nxt.lower_ in _TIME_UNITS:
            return None
        return end, words, low, high
    # "dozens", "hundreds", "thousands" count only when they quantify something:
    # "dozens of missiles", "thousands fled"; "scores" only as "scores of".
    nxt = doc[end] if end < limit else None
    if words == "scores" and (nxt is None or nxt.lower_ != "of"):
        return None
    if (
        nxt is not None
        and nxt.lower_ == "of"
        and end + 1 < limit
        and doc[end + 1].lower_ in _TIME_UNITS
    ):
        return None
    return end, words, low, high


def vague_pronoun(doc: Doc, end: int, limit: int) -> bool:
    """ "several" or "a few" standing for people or things named before:
    "several were reported killed", "a few of them surrendered".

    Example: "… and several were reported killed" -> "several" is a figure.
    """
    nxt = doc[end]
    if (
        nxt.lower_ == "of"
        and end + 1 < limit
        and doc[end + 1].lower_ in ("them", "those", "these", "the", "us", "whom")
    ):
        return True
    return nxt.pos_ in ("AUX", "VERB") and nxt.lower_ not in ("'s", "’s")


def is_designation(doc: Doc, start: int, end: int) -> bool:
    """Model designations: "KN-23", "Hwasong-11", "M1989", "Su-34" are names, not counts."""
    first = doc[start]
    if start > 0:
        prev = doc[start - 1]
        if (
            prev.text in ("-", "–")
            and start > 1
            and not doc[start - 2].whitespace_
            and not prev.whitespace_
        ):
            # "KN-23", "Su-34"; but "3,000-4,000" is a range and "twenty-five" one number.
            before = doc[start - 2]
            if before.like_num:
                return in_weapon_name(doc, start, end)  # "Mirage 2000-5": the model's
            return any(c.isalpha() for c in before.text)
        if not prev.whitespace_ and prev.is_alpha and prev.text not in ("(", "["):
            return True
    if end < len(doc) and not doc[end - 1].whitespace_:
        nxt = doc[end]
        if nxt.text in ("-", "–") and end + 1 < len(doc) and doc[end + 1].is_upper:
            return True
        if nxt.is_alpha and nxt.lower_ not in ("m", "k", "bn", "mln", "s"):
            return nxt.lower_ not in _UNIT_AFTER or nxt.lower_ in ("mm",)
    if start > 0 and end - start == 1 and first.text.isdigit() and len(first.text) <= 3:
        prev = doc[start - 1]
        # "Challenger 2 tanks", "Leopard 1 tanks", "Su 34": a model number after its name.
        if (
            prev.pos_ == "PROPN"
            and prev.is_title
            and prev.lower_ not in _MONTHS
            and prev.lower_ not in _WEEKDAYS
            and not prev.is_sent_start
            and end < len(doc)
            and doc[end].pos_ in ("NOUN", "PROPN")
            and not prev.whitespace_ == ""
        ):
            from claimledger.extract.entities import resolve, side_of

            if side_of(prev.text) is None and resolve(prev.text, "place") is None:
                return True
    if any(c.isdigit() for c in first.text) and any(c.isalpha() for c in first.text):
        return not _SUFFIXED.match(first.text)
    return in_weapon_name(doc, start, end)


def in_weapon_name(doc: Doc, start: int, end: int) -> bool:
    """A figure inside a weapon's name in the gazetteer: "Mirage 2000-5 fighter jets",
    "Mirage 2000 jets" (the 2000 and the 5 are the model's, not a count)."""
    lo = start
    while lo > max(0, start - 3) and (
        doc[lo - 1].is_title or doc[lo - 1].text in ("-", "–") or doc[lo - 1].text.isdigit()
    ):
        lo -= 1
    if lo == start or not doc[lo].is_title:
        return False
    hi = min(len(doc), end + 2)
    from claimledger.resolve import get_registry

    base = doc[lo].idx
    text = doc.text[base : doc[hi - 1].idx + len(doc[hi - 1].text)]
    first, last = doc[start].idx - base, doc[end - 1].idx + len(doc[end - 1].text) - base
    return any(
        m.start <= first and last <= m.end and any(ch.isalpha() for ch in text[m.start : first])
        for m in get_registry().find_mentions(text, kinds=("weapon",))
    )


def is_compound_modifier(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """A figure hyphened to a noun modifies it: "a nine-storey block", "a two-stroke
    engine", "a three-day truce"; but "an 11,000-strong force", "a 3,000-man
    brigade" state the force's size.

    Example: "the nine-storey building" -> not a count.
    """
    if (
        end + 1 >= len(doc)
        or doc[end].text not in ("-", "–")
        or doc[end - 1].whitespace_
        or doc[end].whitespace_
    ):
        return False
    word = doc[end + 1].lower_
    if (
        not doc[end + 1].is_alpha
        or word in lex.number_units
        or word in lex.number_tens
        or word in lex.multipliers
        or word == "plus"
    ):
        return False
    return word not in lex.strength_words


def is_measurement(doc: Doc, start: int, end: int) -> bool:
    """Calibres and units: "152mm", "240-millimetre", "50 km", "40%", "3 years"."""
    j = end
    if j < len(doc) and doc[j].text in ("-", "–") and j + 1 < len(doc):
        j += 1
        if doc[j].lower_ in _NOT_AFTER_HYPHEN or doc[j].lower_ in _UNIT_AFTER:
            return True
    if j < len(doc):
        word = doc[j].lower_
        if word in _UNIT_AFTER or word in _TIME_UNITS:
            return True
        if word == "per" and j + 1 < len(doc) and doc[j + 1].lower_ == "cent":
            return True
    return False


def is_money(doc: Doc, start: int, end: int) -> bool:
    """Sums of money: "$100", "500 million dollars", "₩1bn"."""
    if start > 0 and doc[start - 1].lower_ in _CURRENCY_BEFORE:
        return True
    if doc[start].text[:1] in "$£€¥₩₽":
        return True
    return end < len(doc) and doc[end].lower_ in _CURRENCY_AFTER


def is_date_or_time(doc: Doc, start: int, end: int) -> bool:
    """Dates, years and clock times: "24 November", "in 2024", "10:30"."""
    tok = doc[start]
    if ":" in tok.text:
        return True
    if re.fullmatch(r"(1[89]|20)\d\d[-–](1[89]|20)?\d\d", tok.text):
        return True  # "2023-2024", "2023-24": years
    if _ISO_DATE.match(doc_text(doc), tok.idx):
        return True  # "2025-10-02": an ISO date split into tokens
    neighbours = [doc[k].lower_ for k in (start - 1, end) if 0 <= k < len(doc)]
    if any(n.rstrip(".") in _MONTHS for n in neighbours):
        return True
    if start > 1 and doc[start - 1].text == "," and doc[start - 2].lower_ in _MONTHS:
        return True
    if re.fullmatch(r"(1[89]|20)\d\d", tok.text) and end == start + 1:
        prev = doc[start - 1].lower_ if start > 0 else ""
        nxt = doc[end].lower_ if end < len(doc) else ""
        if prev in _DATE_BEFORE or nxt in (",", ".", "'s", "and", ")", "’s"):
            return True
        if prev in ("the", "a") or nxt in ("election", "elections", "budget", "census"):
            return True
    return False


def is_age(doc: Doc, start: int, end: int) -> bool:
    """Ages: "soldiers aged 18", "aged between 18 and 25", "in their 20s"."""
    k = start - 1
    if (
        start >= 3
        and doc[start - 1].lower_ == "as"
        and doc[start - 3].lower_ == "as"
        and doc[start - 2].lower_ in ("young", "old", "little", "small")
    ):
        return True  # "as young as 19"
    while k >= max(0, start - 6):
        word = doc[k].lower_
        if word in ("aged", "age", "ages"):
            return True
        if not (doc[k].like_num or word in ("between", "and", "to", "from", "-", "–", "of")):
            break
        k -= 1
    return doc[start].text.endswith("s") and doc[start].text[:-1].isdigit()


def is_ordinal(doc: Doc, start: int, end: int) -> bool:
    """Ordinals and ranks: "3rd", "the 11th", "No. 5"."""
    tok = doc[start]
    if re.fullmatch(r"\d+(st|nd|rd|th)", tok.lower_):
        return True
    if start > 0 and doc[start - 1].lower_ in (
        "no.",
        "no",
        "number",
        "#",
        "unit",
        "brigade",
        "regiment",
    ):
        return True
    return False


def _qualifier_before(
    doc: Doc, start: int, sent_start: int, lex: Lexicon
) -> tuple[int, str] | None:
    """The longest qualifier ending just before ``start`` ("more than", "up to")."""
    if start <= sent_start or doc[start - 1].lower_ not in lex.qualifier_lasts:
        return None
    if (
        doc[start - 1].dep_ == "prt"
        or start - 2 >= sent_start
        and doc[start - 1].lower_ in ("over", "up", "under")
        and doc[start - 2].lemma_.lower()
        in ("hand", "take", "turn", "give", "sign", "pass", "bring", "send", "hold")
    ):
        return None  # "hand over two soldiers": a particle, not a bound
    best: tuple[int, str] | None = None
    words = [t.lower_ for t in doc[max(sent_start, start - 4) : start]]  # read once
    for n in range(1, 5):
        i = start - n
        if i < sent_start:
            break
        key = tuple(words[len(words) - n :])
        if key in lex.qualifiers_before:
            best = (i, str(lex.qualifiers_before[key]))
    return best


def _qualifier_after(doc: Doc, end: int, limit: int, lex: Lexicon) -> tuple[int, str] | None:
    found = _match_phrase(doc, end, lex.qualifiers_after, limit)  # type: ignore[arg-type]
    if found is None:
        return None
    return found[0], str(found[1])


def _read_point(doc: Doc, i: int, limit: int, lex: Lexicon) -> tuple[int, int | float] | None:
    return read_digits(doc, i, limit, lex) or read_word_number(doc, i, limit, lex)


def _interval(qualifier: str, value: float | None, high: float | None) -> tuple:
    if qualifier in ("exact", "about"):
        return value, value
    if qualifier in ("at_least", "more_than"):
        return value, None
    if qualifier in ("up_to", "fewer_than"):
        return None, value
    if qualifier == "range":
        return value, high
    return None, None


def is_ratio(doc: Doc, start: int, end: int) -> bool:
    """ "one in five shells", "nine out of ten", "one dead for every two wounded": a
    proportion, not a count ("killed more than 100 in one morning" is a count over a
    stretch of time)."""
    if start >= 2 and doc[start - 2].lower_ == "for" and doc[start - 1].lower_ == "every":
        return True  # "… for every two wounded"
    for k in range(end, min(len(doc) - 2, end + 3)):
        if doc[k].lower_ == "for" and doc[k + 1].lower_ == "every" and doc[k + 2].like_num:
            return True  # "roughly one dead for every …"
        if doc[k].is_punct:
            break
    if end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].like_num:
        if re.fullmatch(r"(1[89]|20)\d\d", doc[end + 1].text):
            return False  # "250,000 in 2023": a count in a year
        after = doc[end + 2] if end + 2 < len(doc) else None
        return after is None or after.lemma_.lower() not in get_lexicon().span_nouns
    if (
        end + 2 < len(doc)
        and doc[end].lower_ == "out"
        and doc[end + 1].lower_ == "of"
        and doc[end + 2].like_num
    ):
        return True
    if start >= 2 and doc[start - 1].lower_ == "in" and doc[start - 2].like_num:
        return True
    return (
        start >= 3
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].lower_ == "out"
        and doc[start - 3].like_num
    )


def _excluded(doc: Doc, start: int, end: int, lex: Lexicon | None = None) -> bool:
    if doc[start].text[:1] == "0" and doc[start].text[1:2].isdigit():
        return True  # "000" of "11 000", "07:00"
    return (
        is_ratio(doc, start, end)
        or is_designation(doc, start, end)
        or is_compound_modifier(doc, start, end, lex or get_lexicon())
        or is_measurement(doc, start, end)
        or is_money(doc, start, end)
        or is_date_or_time(doc, start, end)
        or is_ordinal(doc, start, end)
        or is_age(doc, start, end)
    )


def find_figures(doc: Doc, lex: Lexicon | None = None) -> list[Figure]:
    """Every figure in ``doc``, in text order, with qualifier and implied interval."""
    lex = lex or get_lexicon()
    figures: list[Figure] = []
    n = len(doc)
    index = sentence_index(doc)
    candidates = sorted(
        set(index.with_digits()) | set(index.matching(_START_WORDS | frozenset(lex.vague)))
    )
    done = 0  # tokens before this belong to a figure already read
    for i in candidates:
        if i < done:
            continue
        tok = doc[i]
        low = tok.lower_
        if low in ("a", "an"):
            if i + 1 >= n or doc[i + 1].lower_ not in _AFTER_A:
                continue
        elif not (
            tok.like_num
            or low in lex.vague
            or low in _FIGURE_WORDS
            or _INLINE_RANGE.match(tok.text)
            or _SUFFIXED.match(tok.text)
            or _TILDE.match(tok.text)
        ):
            continue
        sent = sent_of(tok)
        limit = sent.end
        figure = _figure_at(doc, i, sent.start, limit, lex)
        if figure is None:
            continue
        figures.append(figure)
        done = max(figure.qual_end, figure.end)
    return figures


def figure_at(doc: Doc, i: int, lex: Lexicon) -> Figure | None:
    """The figure that starts at token ``i``, read within its sentence, or None."""
    sent = sent_of(doc[i])
    return _figure_at(doc, i, sent.start, sent.end, lex)


def _figure_at(doc: Doc, i: int, sent_start: int, limit: int, lex: Lexicon) -> Figure | None:
    inline = _INLINE_RANGE.match(doc[i].text)
    if inline:
        low, high = _number(inline.group(1)), _number(inline.group(2))
        if low is None or high is None or low >= high or _excluded(doc, i, i + 1, lex):
            return None
        end = i + 1
        word = doc[end].lower_ if end < limit else ""
        if word in lex.multipliers and word != "m":
            # "7.2–9.1 million rounds": the multiplier after the range scales both ends
            low, high = _scaled(low, lex.multipliers[word]), _scaled(high, lex.multipliers[word])
            end += 1
        return _with_qualifier(doc, i, end, low, high, "range", None, sent_start, limit, lex)

    vague = read_vague(doc, i, limit, lex)
    if vague is not None:
        end, words, low, high = vague
        qstart = i
        q = _qualifier_before(doc, i, sent_start, lex)
        if q is not None and q[1] in ("about",):
            qstart = q[0]
        return Figure(i, end, None, None, "vague", words, low, high, qstart, end)

    point = _read_point(doc, i, limit, lex)
    if point is None:
        return None
    end, value = point
    if _excluded(doc, i, end, lex):
        return None
    glued = _GLUED_MULTIPLIER.match(doc[end - 1].text) if end - 1 > i else None
    if glued and glued.group(2) == "+":
        # "3 million+ 155mm rounds": at least 3 million
        low, hi = _interval("at_least", value, None)
        return Figure(i, end, _int(value), None, "at_least", None, _int(low), _int(hi), i, end)
    if glued and glued.group(3):
        # "6 million-7.5 million rounds": the second figure takes the multiplier after it
        second = _number(glued.group(3))
        factor = lex.multipliers.get(doc[end].lower_) if end < limit else None
        if second is not None and factor:
            high = _scaled(float(second), factor)
            if high > value:
                return Figure(
                    i,
                    end + 1,
                    _int(value),
                    _int(high),
                    "range",
                    None,
                    _int(value),
                    _int(high),
                    i,
                    end + 1,
                )
        return None
    if _TILDE.match(doc[i].text):
        low, hi = _interval("about", value, None)
        return Figure(i, end, _int(value), None, "about", None, _int(low), _int(hi), i, end)
    # Ranges: "between X and Y", "X to Y", "X-Y", "X or Y" (with a shared multiplier).
    if end + 1 < limit and doc[end].lower_ in ("to", "and", "-", "–", "—", "or"):
        second = _read_point(doc, end + 1, limit, lex)
        joiner = doc[end].lower_
        before = doc[i - 1].lower_ if i > sent_start else ""
        if (
            second is not None
            and joiner in ("-", "–", "—", "to")
            and is_measurement(doc, end + 1, second[0])
        ):
            return None  # "15-20%", "2 to 3 km": the unit after the second is the first's too
        if second is not None and not _excluded(doc, end + 1, second[0], lex):
            end2, high = second
            if joiner != "and" or before == "between":
                if before == "from" and joiner == "to" and not _spans_a_range(doc[i - 1]):
                    # "rose from 3,000 to 5,000": a change, the later figure stands alone.
                    return None
                if end == i + 1 and second[0] > end + 2:
                    # "10 to 12 thousand": the second figure's multiplier is shared.
                    scale = high / _base_value(doc, end + 1, second[0], lex)
                    if scale > 1 and value * scale < high:
                        value = value * scale
                if high > value:
                    qstart = i - 1 if before in ("between", "from") else i
                    return Figure(
                        i,
                        end2,
                        _int(value),
                        _int(high),
                        "range",
                        None,
                        _int(value),
                        _int(high),
                        qstart,
                        end2,
                    )
    return _with_qualifier(doc, i, end, value, None, "exact", None, sent_start, limit, lex)


#: Verbs whose "from X to Y" is a range, not a change: "estimates range from 3,000 to 4,000".
_RANGE_VERBS = frozenset({"range", "vary", "run", "span"})


def _spans_a_range(from_word: Token) -> bool:
    """ "from" hangs on a verb of extent ("range", "vary"), so "from X to Y" is a range."""
    return from_word.head.lemma_.lower() in _RANGE_VERBS


def _base_value(doc: Doc, start: int, end: int, lex: Lexicon) -> float:
    """The value of a figure's first word alone ("12" of "12 thousand")."""
    point = _read_point(doc, start, start + 1, lex)
    return float(point[1]) if point and point[1] else 1.0


def _int(value: float | int | None) -> int | float | None:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _with_qualifier(
    doc: Doc,
    start: int,
    end: int,
    value: int | float,
    high: int | float | None,
    qualifier: str,
    vague: str | None,
    sent_start: int,
    limit: int,
    lex: Lexicon,
) -> Figure:
    qstart, qend = start, end
    if qualifier != "range":
        before = _qualifier_before(doc, start, sent_start, lex)
        after = _qualifier_after(doc, end, limit, lex)
        if end + 1 < limit and doc[end].text in ("-", "–") and doc[end + 1].lower_ == "plus":
            after, before = (end + 2, "at_least"), None  # "some 1,000-plus"
        elif end < limit and doc[end].text == "+" and (before is None or before[1] == "exact"):
            after = (end + 1, "at_least")  # "20,000+ containers"
        if before is not None:
            qstart, qualifier = before
        elif after is not None:
            qend, qualifier = after
    low, hi = _interval(qualifier, value, high)
    return Figure(
        start, end, _int(value), _int(high), qualifier, vague, _int(low), _int(hi), qstart, qend
    )
