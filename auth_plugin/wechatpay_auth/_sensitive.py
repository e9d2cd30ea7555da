"""Sensitive fields of JSON bodies: encrypted in requests, decrypted in answers (protocol.md section 3).

The generated client sends the body as JSON bytes. :func:`encrypt_json_fields` parses them,
replaces each value named by the operation's ``sensitive_request_fields`` with its RSA-OAEP
ciphertext, and re-serialises compactly (``ensure_ascii=False``, ``separators=(",", ":")``,
like httpx). :func:`decrypt_json_fields` does the reverse for a verified answer whose
``sensitive_response_fields`` WeChat Pay encrypted with the merchant's own key (for example a
transfer's ``user_name``), so that the typed model holds plaintext (masked in its ``repr``).
Error messages name the JSON path, never the value.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Sequence
from typing import Any

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from ._cipher import oaep_max_plaintext_length, rsa_oaep_encrypt
from ._errors import DecryptionError, RequestValidationError

__all__ = ["decrypt_fields_in", "decrypt_json_fields", "encrypt_json_fields", "format_json_path"]

WILDCARD = "*"


def format_json_path(segments: Sequence[str | int]) -> str:
    """``("real_identity", "real_name")`` -> ``$.real_identity.real_name``; ints become ``[i]``."""
    text = "$"
    for segment in segments:
        text += f"[{segment}]" if isinstance(segment, int) else f".{segment}"
    return text


def _walk(
    node: Any,
    pattern: Sequence[str],
    concrete: list[str | int],
    found: list[tuple[list[str | int], Any, str | int]],
) -> None:
    """Collect (path, parent, key) of every leaf matching ``pattern``; absent or null parents are skipped."""
    segment = pattern[0]
    last = len(pattern) == 1
    if segment == WILDCARD:
        if node is None:
            return
        if not isinstance(node, list):
            raise RequestValidationError(
                f"{format_json_path(concrete)} must be an array (it holds sensitive fields)",
                path=format_json_path(concrete),
            )
        for index, item in enumerate(node):
            path = [*concrete, index]
            if last:
                found.append((path, node, index))
            else:
                _walk(item, pattern[1:], path, found)
        return
    if node is None:
        return
    if not isinstance(node, dict):
        raise RequestValidationError(
            f"{format_json_path(concrete)} must be an object (it holds sensitive fields)",
            path=format_json_path(concrete),
        )
    if segment not in node:
        return
    path = [*concrete, segment]
    if last:
        found.append((path, node, segment))
    else:
        _walk(node[segment], pattern[1:], path, found)


#: Default of ``encrypt_json_fields(document=)``: parse ``body`` here.
_UNPARSED: Any = object()


def sensitive_plaintext(value: str, where: str, public_key: RSAPublicKey, limit: int | None = None) -> bytes:
    """``value`` in UTF-8, or :class:`RequestValidationError` naming ``where`` if RSA-OAEP cannot hold it."""
    plaintext = value.encode("utf-8")
    if limit is None:
        limit = oaep_max_plaintext_length(public_key)
    if len(plaintext) > limit:
        raise RequestValidationError(
            f"{where} is {len(plaintext)} bytes in UTF-8; a sensitive value can hold at most {limit} bytes "
            f"(RSA-OAEP with a {public_key.key_size}-bit key). Pass the plaintext, not an already encrypted value",
            path=where,
        )
    return plaintext


def encrypt_json_fields(
    body: bytes,
    paths: Sequence[Sequence[str]],
    *,
    public_key: RSAPublicKey,
    document: Any = _UNPARSED,
) -> bytes | None:
    """Encrypt the string values at ``paths`` in the JSON ``body``.

    Returns the new body bytes, or None when no value needed encryption (absent, null or ``""``
    values are left as they are, so the original bytes can be sent unchanged). Every value is
    checked before any is encrypted: a non-string value, or a plaintext longer than the OAEP
    limit of ``public_key`` (214 bytes for RSA-2048), raises :class:`RequestValidationError`
    naming its JSON path. ``document``: ``body`` already parsed (it is changed in place), so that
    a body checked by request validation is not parsed twice.
    """
    if not paths or not body.strip():
        return None
    if document is _UNPARSED:
        try:
            document = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise RequestValidationError(
                "the request body must be JSON: the operation has sensitive fields to encrypt", path="$"
            ) from None

    found: list[tuple[list[str | int], Any, str | int]] = []
    for pattern in paths:
        if pattern:
            _walk(document, list(pattern), [], found)

    limit = oaep_max_plaintext_length(public_key)
    todo: list[tuple[Any, str | int, bytes]] = []
    seen: set[tuple[int, str | int]] = set()
    for path, parent, key in found:
        if (id(parent), key) in seen:  # two metadata paths naming the same value
            continue
        seen.add((id(parent), key))
        value = parent[key]
        if value is None or value == "":
            continue
        where = format_json_path(path)
        if not isinstance(value, str):
            raise RequestValidationError(
                f"{where} is a sensitive field and must be a string, got {type(value).__name__}", path=where
            )
        todo.append((parent, key, sensitive_plaintext(value, where, public_key, limit)))
    if not todo:
        return None
    for parent, key, plaintext in todo:
        parent[key] = base64.b64encode(rsa_oaep_encrypt(public_key, plaintext)).decode("ascii")
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def decrypt_fields_in(document: Any, paths: Sequence[Sequence[str]], *, decrypt: Callable[[str], str]) -> bool:
    """Decrypt, in place, the string values at ``paths`` of a parsed JSON document; True if any changed.

    Absent, null and ``""`` values are left alone. A value that is not a string, or that does not
    decrypt, raises :class:`DecryptionError` naming its JSON path (never the value).
    """
    found: list[tuple[list[str | int], Any, str | int]] = []
    for pattern in paths:
        if pattern:
            try:
                _walk(document, list(pattern), [], found)
            except RequestValidationError as exc:  # the document's shape differs from the spec's
                raise DecryptionError(f"cannot decrypt a sensitive field: {exc}") from None
    changed = False
    seen: set[tuple[int, str | int]] = set()
    for path, parent, key in found:
        if (id(parent), key) in seen:
            continue
        seen.add((id(parent), key))
        value = parent[key]
        if value is None or value == "":
            continue
        where = format_json_path(path)
        if not isinstance(value, str):
            raise DecryptionError(f"{where} is a sensitive field and must be a string, got {type(value).__name__}")
        try:
            parent[key] = decrypt(value)
        except DecryptionError as exc:
            raise DecryptionError(
                f"{where}: the sensitive field could not be decrypted with the merchant private key ({exc})"
            ) from None
        changed = True
    return changed


def decrypt_json_fields(body: bytes, paths: Sequence[Sequence[str]], *, decrypt: Callable[[str], str]) -> bytes | None:
    """Decrypt the string values at ``paths`` in the JSON answer ``body`` with ``decrypt``.

    Returns the new body, or None when nothing needed decrypting (no such field, null or ``""``),
    so the verified bytes are kept as they are. Absent fields are fine: not every answer carries
    every field. A value that is not a string, or that does not decrypt, raises
    :class:`DecryptionError` naming its JSON path (never the value); a body that is not a JSON
    object or array is left for the model to reject.
    """
    if not paths or not body.strip():
        return None
    try:
        document = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not decrypt_fields_in(document, paths, decrypt=decrypt):
        return None
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
