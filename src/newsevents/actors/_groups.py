"""Groups named by a modified plural noun phrase.

"senior Chinese officials", "wealthy nations", "the US and Chinese delegations": a noun of
the lexicon's ``group_nouns`` with a real modifier that says which group. A country or
organisation among the modifiers gives the group its country or affiliation. Plural
demonyms ("Palestinians") become groups through :meth:`_Groups._add_group` too.
"""

from __future__ import annotations

from newsevents.actors._doc import _MODIFIER_DEPS, _DocState, _Draft
from newsevents.model import ActorKind

# Words that say how many, not which: "some other officials" is the group "officials".
_QUANTIFIERS = frozenset(
    {
        "some", "any", "all", "many", "several", "few", "other", "others", "both", "most",
        "more", "various", "numerous", "certain", "such", "each", "every", "no", "own", "same",
        "respective",
    }
)  # fmt: skip


class _Groups(_DocState):
    """Find the groups of the doc among noun phrases headed by a group noun."""

    def _find_groups(self) -> None:
        nouns = self.lexicon.group_nouns
        doc = self.doc
        for i, word in enumerate(self.lower):
            if word not in nouns or i in self.token_owner or i in self.entity_at:
                continue
            if doc[i].pos_ not in ("NOUN", "PROPN"):
                continue
            bounds = self._group_bounds(i)
            if bounds is None:
                continue
            start, name_start = bounds
            codes: set[str] = set()
            affiliation: _Draft | None = None
            j = name_start
            while j < i:
                entity = self.entity_at.get(j)
                if entity is not None:
                    code = self._country_of_range(entity[0], entity[1])
                    if code is not None:
                        codes.add(code)
                    elif entity[2] == "ORG":
                        affiliation = self.token_owner.get(entity[0])
                    j = max(entity[1], j + 1)
                    continue
                match = self.countries.lookup(doc[j].text)
                if match is not None and self._is_capitalised(j):
                    codes.add(match.code)
                j += 1
            code = codes.pop() if len(codes) == 1 else None
            self._add_group(start, i + 1, name_start, code, affiliation)

    def _group_bounds(self, i: int) -> tuple[int, int] | None:
        """Return where the noun phrase headed by group noun ``i`` and its name start.

        None unless a real modifier ("senior", "Chinese", "developing") says which group:
        "the officials" or "two countries" name no group.
        """
        doc = self.doc
        lefts = list(doc[i].lefts)
        if not any(self._is_group_modifier(child.i) for child in lefts):
            return None
        start = min(child.left_edge.i for child in lefts)
        # Keep to the noun phrase: nothing verbal or clausal inside it ...
        for j in range(i - 1, start - 1, -1):
            token = doc[j]
            if (
                token.pos_ in ("VERB", "AUX", "PRON", "ADP", "SCONJ")
                and token.tag_ != "PRP$"
                and token.dep_ not in _MODIFIER_DEPS
            ):
                start = j + 1
                break
        # ... and no piece of a hyphenated word ("state-of-the-art").
        while start < i and start > 0 and self._glued(start):
            start += 1
        if any(self.entity_at.get(j, (0, 0, ""))[2] == "PERSON" for j in range(start, i)):
            return None
        # The name leaves out determiners, numbers and quantifiers ("some other", "three").
        while start < i and doc[start].pos_ in ("CCONJ", "PUNCT"):
            start += 1
        name_start = start
        while name_start < i and (
            doc[name_start].pos_ in ("DET", "CCONJ", "NUM", "PUNCT")
            or doc[name_start].tag_ == "PRP$"
            or self.lower[name_start] in _QUANTIFIERS
        ):
            name_start += 1
        if not any(self._is_group_modifier(j) for j in range(name_start, i)):
            return None
        return start, name_start

    def _is_group_modifier(self, i: int) -> bool:
        token = self.doc[i]
        if token.dep_ not in _MODIFIER_DEPS and token.dep_ not in ("conj", "poss"):
            return False
        if i in self.entity_at:
            return self.entity_at[i][2] in ("GPE", "NORP", "ORG")
        if token.dep_ == "poss":
            return False
        return self.lower[i] not in _QUANTIFIERS and not token.like_num and token.is_alpha

    def _add_group(
        self, start: int, end: int, name_start: int, code: str | None, affiliation: _Draft | None
    ) -> None:
        doc = self.doc
        name = self.text[doc[name_start].idx : self._chars(name_start, end)[1]]
        key = " ".join(self._name_words(name_start, end))
        draft = self.groups.get(key)
        if draft is None:
            draft = self._new_draft(ActorKind.GROUP, name, (key,))
            draft.country = code
            draft.affiliation = affiliation
            self.groups[key] = draft
        draft.mentions.append(self._mention(start, end))
        # Tokens already owned (a country's "US" inside "the US and Chinese delegations")
        # keep their actor.
        self._own(draft, (i for i in range(start, end) if i not in self.token_owner))
