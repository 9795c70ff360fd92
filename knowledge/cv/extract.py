"""Safe text extraction: type from the bytes, limits first, parsing in a child process.

PDF and DOCX parsing runs in a forked child with a memory cap (``RLIMIT_AS``) and a wall-clock
timeout, so a decompression bomb, a circular reference or a parser bug ends in a ``CVError``
instead of a hung or exhausted app. Plain text is decoded in-process: it inflates nothing.
"""

from __future__ import annotations

import codecs
import errno
import multiprocessing
import resource
from multiprocessing.connection import Connection
from typing import Any

from knowledge.cv import errors
from knowledge.cv.errors import CVError
from knowledge.cv.sniff import DEFAULT_LIMITS, Kind, Limits, sniff

_CONTEXT: Any = None


def extract_text(data: bytes, limits: Limits = DEFAULT_LIMITS) -> tuple[str, Kind]:
    """The raw text of a CV and the kind its bytes showed; raises ``CVError`` on a bad file."""
    kind = sniff(data, limits)
    text = decode_text(data) if kind == "text" else _parse_in_child(kind, data, limits)
    if len(text) > limits.max_chars:
        raise errors.too_large(f"{len(text):,} characters", f"{limits.max_chars:,}")
    if not text.strip():
        raise errors.empty()
    return text, kind


def decode_text(data: bytes) -> str:
    """Decode a text file: BOMs first, then UTF-8, then Windows-1252 (which never fails)."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    high = sum(1 for byte in data[:65536] if byte >= 0x80)
    if high > 0.3 * len(data[:65536]):
        # Windows-1252 text is mostly ASCII; this is binary data or an encoding we cannot tell.
        raise errors.wrong_type("binary data or text in an unknown encoding")
    return data.decode("cp1252", errors="replace")


def _context() -> Any:
    """A fork-server context with the parsers preloaded, so each child starts in milliseconds."""
    global _CONTEXT
    if _CONTEXT is None:
        try:
            ctx: Any = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(["knowledge.cv._parse"])
        except ValueError:  # platforms without fork
            ctx = multiprocessing.get_context("spawn")
        _CONTEXT = ctx
    return _CONTEXT


def _parse_in_child(kind: Kind, data: bytes, limits: Limits) -> str:
    receiver, sender = _context().Pipe(duplex=False)
    process = _context().Process(target=_child, args=(sender, kind, data, limits), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(limits.timeout_s):
            raise errors.timeout(limits.timeout_s)
        status, payload = receiver.recv()
    except EOFError:
        process.join(1)
        raise errors.too_complex(f"the reader stopped with code {process.exitcode}") from None
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(1)
    if status == "error":
        raise payload
    return str(payload)


def _child(sender: Connection, kind: Kind, data: bytes, limits: Limits) -> None:
    """Child body: cap memory, parse, send back ``("ok", text)`` or ``("error", CVError)``."""
    from knowledge.cv import _parse

    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    try:
        parse = _parse.parse_pdf if kind == "pdf" else _parse.parse_docx
        sender.send(("ok", parse(data, limits)))
    except CVError as exc:
        sender.send(("error", exc))
    except MemoryError:
        sender.send(("error", errors.too_complex("it needs too much memory to unpack")))
    except OSError as exc:
        if exc.errno != errno.ENOMEM:
            sender.send(("error", errors.corrupt(f"{type(exc).__name__}: {str(exc)[:160]}")))
        else:
            sender.send(("error", errors.too_complex("it needs too much memory to unpack")))
    except RecursionError:
        sender.send(("error", errors.corrupt("its objects refer to each other in a loop")))
    except Exception as exc:  # any parser failure on hostile input is a damaged file to the user
        if type(exc).__name__ == "LimitReachedError":  # pypdf's own decompression caps
            sender.send(("error", errors.too_complex("a part of it inflates beyond the limit")))
            return
        sender.send(("error", errors.corrupt(f"{type(exc).__name__}: {str(exc)[:160]}")))
    finally:
        sender.close()
