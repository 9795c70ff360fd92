"""The one error a CV upload can end in: what is wrong and how to fix it."""

from __future__ import annotations


class CVError(Exception):
    """A CV file that cannot be read, with a message for the user and a fix they can act on.

    ``kind`` is a stable short code (``empty``, ``too_large``, ``wrong_type``, ``encrypted``,
    ``corrupt``, ``image_only``, ``timeout``, ``too_complex``) for callers that branch on it.
    """

    def __init__(self, kind: str, message: str, fix: str) -> None:
        super().__init__(f"{message} {fix}")
        self.kind = kind
        self.message = message
        self.fix = fix

    def __reduce__(self) -> tuple[type[CVError], tuple[str, str, str]]:
        # Keeps the three fields intact when the error crosses a process boundary.
        return (type(self), (self.kind, self.message, self.fix))


PASTE_FIX = "Paste the text of your CV into the chat instead."


def empty() -> CVError:
    """The file holds no bytes or no readable text."""
    return CVError(
        "empty",
        "The CV file is empty or has no readable text.",
        "Check you chose the right file, or " + PASTE_FIX.lower(),
    )


def too_large(what: str, limit: str) -> CVError:
    """A size, page or character limit was passed."""
    return CVError(
        "too_large",
        f"The CV is too large: {what} (the limit is {limit}).",
        "Upload a shorter CV (two or three pages are plenty) or paste its text into the chat.",
    )


def wrong_type(found: str) -> CVError:
    """The content is not a PDF, DOCX, TXT or Markdown file."""
    return CVError(
        "wrong_type",
        f"This file is not a CV format the planner reads (its content looks like {found}).",
        "Save the CV as PDF, DOCX, TXT or Markdown and upload that file, or paste the text.",
    )


def encrypted() -> CVError:
    """A password-protected PDF or DOCX."""
    return CVError(
        "encrypted",
        "The CV is protected by a password, so its text cannot be read.",
        "Save an unprotected copy (print to PDF or export without a password) and upload it.",
    )


def corrupt(detail: str) -> CVError:
    """The file is damaged or not what its structure claims."""
    return CVError(
        "corrupt",
        f"The CV file is damaged or malformed ({detail}).",
        "Open it in its editor, save or export it again as PDF or DOCX, and upload the new file.",
    )


def image_only() -> CVError:
    """A scanned PDF: pages but no text layer."""
    return CVError(
        "image_only",
        "The PDF has pages but no text layer: it is probably a scan or a picture of a CV.",
        PASTE_FIX + " Or export the CV from its editor as a text PDF or DOCX.",
    )


def timeout(seconds: float) -> CVError:
    """Reading took longer than the wall-clock limit."""
    return CVError(
        "timeout",
        f"Reading the CV took longer than {seconds:g} s and was stopped.",
        "Export the CV again as a simple PDF or DOCX (no embedded images), or paste its text.",
    )


def too_complex(detail: str) -> CVError:
    """The file needs more memory or work than the reader allows."""
    return CVError(
        "too_complex",
        f"The CV file needs more memory than the reader allows ({detail}).",
        "Export the CV again as a simple PDF or DOCX (no embedded images), or paste its text.",
    )
