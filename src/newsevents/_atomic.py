"""Output files that are complete or absent: written beside the target, renamed at the end."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

__all__ = ["AtomicFile"]


class AtomicFile:
    """A binary file written to a temporary file beside ``target``, renamed into place once done.

    Call :meth:`commit` to publish the file or :meth:`discard` to remove it; used as a
    context manager, the file is committed when the block ends normally and discarded when it
    raises. Either way the target is never left half-written.

    >>> import pathlib, tempfile
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with AtomicFile(target) as stream:
    ...     _ = stream.write(b"done")
    >>> target.read_bytes()
    b'done'
    """

    def __init__(self, target: str | os.PathLike[str]) -> None:
        """Open the temporary file in ``target``'s directory."""
        self.target = Path(target)
        handle, self._temporary = tempfile.mkstemp(
            prefix=f".{self.target.name}.", suffix=".tmp", dir=self.target.parent
        )
        self.stream: BinaryIO = os.fdopen(handle, "wb")
        self._open = True

    def commit(self) -> None:
        """Close the temporary file and rename it to the target."""
        if not self._open:
            return
        self._open = False
        try:
            self.stream.close()
            # mkstemp makes the file private (0600); give it the mode a plain open() would.
            mask = os.umask(0o022)
            os.umask(mask)
            os.chmod(self._temporary, 0o666 & ~mask)
            os.replace(self._temporary, self.target)
        except BaseException:
            os.unlink(self._temporary)
            raise

    def discard(self) -> None:
        """Close and remove the temporary file, leaving the target as it was."""
        if not self._open:
            return
        self._open = False
        self.stream.close()
        os.unlink(self._temporary)

    def __enter__(self) -> BinaryIO:
        """Return the stream to write to."""
        return self.stream

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Commit after a normal end of the block, discard after an exception."""
        if kind is None:
            self.commit()
        else:
            self.discard()
