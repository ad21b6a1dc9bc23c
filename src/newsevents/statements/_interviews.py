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

An answer may be marked by the name of who gives it instead ("Rebelo: I am confident it
will."): after a "Q:" paragraph, a paragraph that opens with a person's name and a colon is
that person's answer, with the name as the speaker written.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from newsevents.model import SpeechAct
from newsevents.statements._document import _Document, _Draft

# "Q:" or "A:" (or "Q." and "A.") opening a paragraph, then the words.
_MARK = re.compile(r"(?m)^[ \t]*([QA])([:.])[ \t]+(?=\S)")
# A name of one to three capitalised words and a colon opening a paragraph: "Rebelo: I am ..."
_NAMED = re.compile(r"(?m)^[ \t]*([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}):[ \t]+(?=[^\s\"“])")


class _Interviews(_Document):
    """Find the answers of a question-and-answer interview."""

    def _interview_answers(self) -> list[_Draft]:
        """Return a statement for each "A:" paragraph of a question-and-answer interview."""
        text = self.text
        if "Q" not in text:
            return []
        marks = list(_MARK.finditer(text))
        named = [m for m in _NAMED.finditer(text) if m.group(1) not in ("Q", "A")]
        for stop in (":", "."):
            found = [m for m in marks if m.group(2) == stop]
            letters = "".join(m.group(1) for m in found)
            if "QA" in letters:
                break
            # "Q: ..." then "Rebelo: ...": the answers are marked by name
            questions = [m.start() for m in found if m.group(1) == "Q"]
            if stop == ":" and questions and any(m.start() > questions[0] for m in named):
                break
        else:
            return []
        first_question = next(m.start() for m in found if m.group(1) == "Q")
        speaker = self._interviewee(first_question)
        answers = []
        for mark in found:
            if mark.group(1) != "A" or mark.start() < first_question:
                continue
            answer = self._answer(mark.start(1), mark.end(2), mark.end(), speaker)
            if answer is not None:
                answers.append(answer)
        if stop == ":":
            # "Rebelo: I am confident it will.": an answer marked by the name of who gives it
            for mark in named:
                if mark.start() < first_question:
                    continue
                name = self._mark_tokens(mark.start(1), mark.end(1))
                person = self.actor(self.tokens[name[1] - 1]) if name is not None else None
                if person is not None and self.actor_kinds.get(person) != "person":
                    person = None
                answer = self._answer(mark.end(1), mark.end(1) + 1, mark.end(), person)
                if person is not None and name is not None and answer is not None:
                    answer.mention = name  # the name as written
                    answers.append(answer)
        return answers

    def _answer(self, start: int, end: int, words: int, speaker: str | None) -> _Draft | None:
        """Return the answer whose mark is at ``[start, end)`` and words start at ``words``."""
        cue = self._mark_tokens(start, end)
        if cue is None:
            return None
        stop = self.text.find("\n", words)
        stop = len(self.text) if stop < 0 else stop
        draft = _Draft(cue=cue, act=SpeechAct.ASSERT)
        draft.content = [(words, stop)]
        draft.actor_id = speaker
        draft.verbatim = True
        return draft

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
