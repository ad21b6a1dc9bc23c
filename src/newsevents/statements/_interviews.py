"""Answers of an interview printed as questions and answers.

News prints an interview as paragraphs that open with "Q:" and "A:" after a prose
introduction that names whom the paper spoke to::

    Mayor Ruth Calder spoke to us in her office. ...

    Q: What would you tell other councils?

    A: Plan for the worst. Don't wait for the money from London.

Each "A:" paragraph is a direct statement by the person interviewed: the person the
introduction (the text before the first "Q:") names most often, the first of them on a tie.
Its cue is the "A:" mark, its content the rest of the paragraph. The questions are the
paper's and make no statement. Only a document with at least one "Q:" paragraph followed by
an "A:" paragraph is read so (with a colon, or with a full stop: "Q." and "A."), so a
paragraph that opens with an initial ("A. Smith said") elsewhere is no answer.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from newsevents.model import SpeechAct
from newsevents.statements._document import _Document, _Draft

# "Q:" or "A:" (or "Q." and "A.") opening a paragraph, then the words.
_MARK = re.compile(r"(?m)^[ \t]*([QA])([:.])[ \t]+(?=\S)")


class _Interviews(_Document):
    """Find the answers of a question-and-answer interview."""

    def _interview_answers(self) -> list[_Draft]:
        """Return a statement for each "A:" paragraph of a question-and-answer interview."""
        text = self.text
        if "Q" not in text:
            return []
        marks = list(_MARK.finditer(text))
        for stop in (":", "."):
            found = [m for m in marks if m.group(2) == stop]
            letters = "".join(m.group(1) for m in found)
            if "QA" in letters:
                break
        else:
            return []
        first_question = next(m.start() for m in found if m.group(1) == "Q")
        speaker = self._interviewee(first_question)
        answers = []
        for mark in found:
            if mark.group(1) != "A" or mark.start() < first_question:
                continue
            cue = self._mark_tokens(mark.start(1), mark.end(2))
            if cue is None:
                continue
            end = text.find("\n", mark.end())
            end = len(text) if end < 0 else end
            draft = _Draft(cue=cue, act=SpeechAct.ASSERT)
            draft.content = [(mark.end(), end)]
            draft.actor_id = speaker
            draft.verbatim = True
            answers.append(draft)
        return answers

    def _interviewee(self, before: int) -> str | None:
        """Return the person named most often before character ``before`` (the first on a tie)."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for start, _, actor in self.mentions:
            if start >= before:
                break
            if self.actor_kinds.get(actor) != "person":
                continue
            counts[actor] += 1
            first.setdefault(actor, start)
        if not counts:
            return None
        return min(counts, key=lambda actor: (-counts[actor], first[actor]))

    def _mark_tokens(self, start: int, end: int) -> tuple[int, int] | None:
        """Return the token range of the mark at characters ``[start, end)``, if tokens."""
        first = bisect.bisect_left(self.token_starts, start)
        if first >= len(self.tokens) or self.token_starts[first] != start:
            return None
        last = bisect.bisect_left(self.token_starts, end)
        return first, max(last, first + 1)
