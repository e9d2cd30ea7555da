"""Platform-certificate mode and migration mode, sync and async."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Self

import httpx
import pytest
from auth_testkit import (
    APIV3_KEY,
    BASE_URL,
    ID_CARD,
    PRE_SIGN_EXT,
    PRE_SIGN_PATH,
    REAL_NAME,
    CertEntry,
    FakeWeChatPay,
    oaep_decrypt,
    pre_sign_body,
)
from wechatpay_auth import (
    CertificateDownloadError,
    ConfigurationError,
    DecryptionError,
    InternalServerError,
    NotFoundError,
    RequestValidationError,
    SignatureVerificationError,
    WeChatPayAuth,
)

DAY = 86400.0


def _sign_with(fake: FakeWeChatPay, key: str, body: bytes = b'{"ok":true}') -> None:
    fake.responder = lambda request: fake.signed_response(200, body, key=key)


async def test_first_request_downloads_and_verifies_with_platform_certificate(
    send, make_auth, fake: FakeWeChatPay, vectors
) -> None:
    _sign_with(fake, "platform")
    response = await send(make_auth("certificate"), "GET", "/v3/a")
    assert response.json() == {"ok": True}
    download, business = fake.requests
    assert download.raw_path == "/v3/certificates"
    assert download.authorization_valid  # the downloader signs like any request
    assert "Wechatpay-Serial" not in download.headers
    assert business.headers["Wechatpay-Serial"] == vectors.serials["platform"]
    assert fake.certificate_downloads == 1


async def test_certificates_are_cached_between_requests(send, make_auth, fake: FakeWeChatPay) -> None:
    _sign_with(fake, "platform")
    auth = make_auth("certificate")
    for _ in range(3):
        await send(auth, "GET", "/v3/a")
    assert fake.certificate_downloads == 1


async def test_encryption_uses_the_newest_valid_certificate(
    send, make_auth, fake: FakeWeChatPay, vectors, clock
) -> None:
    generated = vectors.certificates["platform"].not_valid_before_utc.timestamp()
    clock.now = generated + 10 * DAY
    fake.cert_entries = [
        CertEntry("platform", effective=generated + DAY),
        CertEntry("platform2", effective=generated + 5 * DAY),
    ]
    _sign_with(fake, "platform")
    await send(
        make_auth("certificate"),
        "POST",
        PRE_SIGN_PATH,
        json=pre_sign_body(real_name=REAL_NAME, id_card_number=ID_CARD),
        extensions=PRE_SIGN_EXT,
    )
    business = fake.business_requests[0]
    assert business.headers["Wechatpay-Serial"] == vectors.serials["platform2"]  # leading-zero serial kept as is
    sent = json.loads(business.body)
    assert oaep_decrypt(vectors.private_keys["platform2"], sent["real_identity"]["real_name"]) == REAL_NAME


async def test_certificate_not_yet_effective_is_not_used(send, make_auth, fake: FakeWeChatPay, vectors, clock) -> None:
    fake.cert_entries = [CertEntry("platform"), CertEntry("platform2", effective=clock() + DAY)]
    auth = make_auth("certificate")
    _sign_with(fake, "platform")
    await send(auth, "POST", PRE_SIGN_PATH, json=pre_sign_body(real_name=REAL_NAME), extensions=PRE_SIGN_EXT)
    assert fake.business_requests[0].headers["Wechatpay-Serial"] == vectors.serials["platform"]
    # ... nor accepted for verification before its time.
    clock.advance(61)
    _sign_with(fake, "platform2")
    with pytest.raises(SignatureVerificationError) as info:
        await send(auth, "GET", "/v3/a")
    assert info.value.reason == "unknown_serial"


async def test_expired_certificate_is_dropped(send, make_auth, fake: FakeWeChatPay, clock) -> None:
    fake.cert_entries = [CertEntry("platform", expire=clock() - 1), CertEntry("platform2")]
    fake.cert_sign_with = "platform2"  # an expired certificate cannot vouch for the download
    auth = make_auth("certificate")
    _sign_with(fake, "platform2")
    await send(auth, "GET", "/v3/a")
    assert [c.serial_no for c in auth.keys.certificates.certificates] == [fake.v.serials["platform2"]]
    _sign_with(fake, "platform")
    with pytest.raises(SignatureVerificationError) as info:
        await send(auth, "GET", "/v3/a")
    assert info.value.reason == "unknown_serial"
    assert fake.certificate_downloads == 1  # rate limit: the last download was under a minute ago


async def test_download_signed_by_an_expired_certificate_is_rejected(
    send, make_auth, fake: FakeWeChatPay, clock
) -> None:
    fake.cert_entries = [CertEntry("platform", expire=clock() - 1), CertEntry("platform2")]
    fake.cert_sign_with = "platform"
    with pytest.raises(CertificateDownloadError) as info:  # nothing was sent
        await send(make_auth("certificate"), "GET", "/v3/a")
    cause = info.value.__cause__
    assert isinstance(cause, SignatureVerificationError) and cause.reason == "unknown_serial"
    assert info.value.reason == "verification" and info.value.outcome_unknown is False
    assert fake.business_requests == []


async def test_certificate_withdrawn_from_the_list_is_no_longer_trusted(
    send, make_auth, fake: FakeWeChatPay, clock
) -> None:
    # The list is authoritative: each download replaces the set (it holds every usable certificate).
    fake.cert_entries = [CertEntry("platform"), CertEntry("platform2")]
    auth = make_auth("certificate")
    _sign_with(fake, "platform")
    await send(auth, "GET", "/v3/a")
    clock.advance(3600)  # scheduled refresh
    fake.cert_entries = [CertEntry("platform2")]
    fake.cert_sign_with = "platform2"
    _sign_with(fake, "platform2")
    await send(auth, "GET", "/v3/a")
    assert fake.certificate_downloads == 2
    _sign_with(fake, "platform")
    with pytest.raises(SignatureVerificationError) as info:
        await send(auth, "GET", "/v3/a")
    assert info.value.reason == "unknown_serial"


async def test_wrong_apiv3_key_is_a_decryption_error(send, make_auth, fake: FakeWeChatPay) -> None:
    with pytest.raises(CertificateDownloadError, match="apiv3_key") as info:
        await send(make_auth("certificate", apiv3_key="X" * 32), "GET", "/v3/a")
    assert isinstance(info.value.__cause__, DecryptionError) and info.value.reason == "decryption"
    assert APIV3_KEY not in str(info.value) and APIV3_KEY not in str(info.value.__cause__)
    assert fake.business_requests == []


async def test_tampered_certificate_ciphertext_is_a_decryption_error(send, make_auth, fake: FakeWeChatPay) -> None:
    fake.cert_tamper = True  # every entry: none is usable
    with pytest.raises(CertificateDownloadError) as info:
        await send(make_auth("certificate"), "GET", "/v3/a")
    assert isinstance(info.value.__cause__, DecryptionError)
    assert fake.business_requests == []


async def test_download_signed_by_a_foreign_key_is_rejected(send, make_auth, fake: FakeWeChatPay) -> None:
    fake.cert_sign_with = "other"
    with pytest.raises(CertificateDownloadError) as info:
        await send(make_auth("certificate"), "GET", "/v3/a")
    cause = info.value.__cause__
    assert isinstance(cause, SignatureVerificationError) and cause.reason == "unknown_serial"
    assert fake.business_requests == []


async def test_download_with_stale_timestamp_is_rejected(send, make_auth, fake: FakeWeChatPay) -> None:
    original = fake.certificates_response

    def stale() -> httpx.Response:
        response = original()
        response.headers["Wechatpay-Timestamp"] = str(int(fake.clock()) - 301)
        return response

    fake.certificates_response = stale
    with pytest.raises(CertificateDownloadError) as info:
        await send(make_auth("certificate"), "GET", "/v3/a")
    cause = info.value.__cause__
    assert isinstance(cause, SignatureVerificationError) and cause.reason == "timestamp_out_of_range"
    assert fake.business_requests == []


async def test_404_on_certificates_says_to_use_public_key_mode(send, make_auth, fake: FakeWeChatPay) -> None:
    fake.cert_status = 404
    with pytest.raises(ConfigurationError) as info:
        await send(make_auth("certificate"), "GET", "/v3/a")
    text = str(info.value)
    assert "wechatpay_public_key_id" in text and "wechatpay_public_key" in text and "public-key mode" in text
    assert isinstance(info.value.__cause__, NotFoundError)
    assert info.value.__cause__.code == "RESOURCE_NOT_EXISTS"
    assert fake.business_requests == []


async def test_500_on_certificates_is_a_clean_not_sent_error(send, make_auth, fake: FakeWeChatPay) -> None:
    fake.cert_status = 500
    with pytest.raises(CertificateDownloadError) as info:
        await send(make_auth("certificate"), "GET", "/v3/a")
    error = info.value
    assert isinstance(error.__cause__, InternalServerError)
    assert (error.reason, error.status_code, error.outcome_unknown, error.reconcile_with) == (
        "http_status",
        500,
        False,
        None,
    )
    assert "not sent" in str(error)
    assert fake.business_requests == []


async def test_unknown_serial_triggers_one_refresh(send, make_auth, fake: FakeWeChatPay, clock) -> None:
    auth = make_auth("certificate")
    _sign_with(fake, "platform")
    await send(auth, "GET", "/v3/a")
    clock.advance(61)
    fake.cert_entries = [CertEntry("platform"), CertEntry("platform2")]
    _sign_with(fake, "platform2")
    response = await send(auth, "GET", "/v3/a")
    assert response.status_code == 200
    assert fake.certificate_downloads == 2


async def test_unknown_serial_refresh_is_rate_limited_to_once_a_minute(
    send, make_auth, fake: FakeWeChatPay, clock
) -> None:
    auth = make_auth("certificate")
    _sign_with(fake, "platform")
    await send(auth, "GET", "/v3/a")
    clock.advance(61)
    _sign_with(fake, "other")  # a hex serial the download never contains
    for _ in range(3):
        with pytest.raises(SignatureVerificationError):
            await send(auth, "GET", "/v3/a")
    assert fake.certificate_downloads == 2  # the initial one plus exactly one refresh
    clock.advance(59)
    with pytest.raises(SignatureVerificationError):
        await send(auth, "GET", "/v3/a")
    assert fake.certificate_downloads == 2
    clock.advance(1)  # 60 s after the refresh
    with pytest.raises(SignatureVerificationError):
        await send(auth, "GET", "/v3/a")
    assert fake.certificate_downloads == 3


async def test_public_key_id_serial_never_triggers_a_download(send, make_auth, fake: FakeWeChatPay, clock) -> None:
    auth = make_auth("certificate")
    _sign_with(fake, "platform")
    await send(auth, "GET", "/v3/a")
    clock.advance(120)
    fake.responder = lambda request: fake.signed_response(200, b"{}", key="pubkey", serial="PUB_KEY_ID_0112345678")
    with pytest.raises(SignatureVerificationError) as info:
        await send(auth, "GET", "/v3/a")
    assert info.value.reason == "unknown_serial"
    assert fake.certificate_downloads == 1


async def test_failed_refresh_on_unknown_serial_is_a_verification_error(
    send, make_auth, fake: FakeWeChatPay, clock
) -> None:
    auth = make_auth("certificate")
    _sign_with(fake, "platform")
    await send(auth, "GET", "/v3/a")
    clock.advance(61)
    fake.cert_status = 500
    _sign_with(fake, "platform2")
    with pytest.raises(SignatureVerificationError) as info:
        await send(auth, "GET", "/v3/a")
    assert info.value.reason == "unknown_serial"
    assert isinstance(info.value.__cause__, InternalServerError)


async def test_scheduled_refresh(send, make_auth, fake: FakeWeChatPay, clock) -> None:
    auth = make_auth("certificate", certificate_refresh_interval=3600)
    _sign_with(fake, "platform")
    await send(auth, "GET", "/v3/a")
    clock.advance(3599)
    await send(auth, "GET", "/v3/a")
    assert fake.certificate_downloads == 1
    clock.advance(1)
    await send(auth, "GET", "/v3/a")
    assert fake.certificate_downloads == 2


async def test_failed_scheduled_refresh_keeps_the_current_set(
    send, make_auth, fake: FakeWeChatPay, clock, caplog
) -> None:
    auth = make_auth("certificate", certificate_refresh_interval=3600)
    _sign_with(fake, "platform")
    await send(auth, "GET", "/v3/a")
    clock.advance(3600)
    fake.cert_status = 503
    with caplog.at_level(logging.WARNING, logger="wechatpay"):
        response = await send(auth, "GET", "/v3/a")
    assert response.status_code == 200
    assert "refresh failed" in caplog.text
    assert fake.certificate_downloads == 2
    clock.advance(30)
    await send(auth, "GET", "/v3/a")
    assert fake.certificate_downloads == 2  # retried at most once a minute
    clock.advance(30)
    fake.cert_status = 200
    await send(auth, "GET", "/v3/a")
    assert fake.certificate_downloads == 3


async def test_migration_mode_accepts_both_serials(send, make_auth, fake: FakeWeChatPay, vectors) -> None:
    auth = make_auth("migration")
    _sign_with(fake, "pubkey")
    await send(auth, "GET", "/v3/a")
    assert fake.certificate_downloads == 0  # the public key needs no download
    assert fake.requests[0].headers["Wechatpay-Serial"] == vectors.public_key_id
    _sign_with(fake, "platform")
    await send(auth, "GET", "/v3/a")
    assert fake.certificate_downloads == 1
    _sign_with(fake, "pubkey")
    await send(auth, "GET", "/v3/a")
    _sign_with(fake, "platform")
    await send(auth, "GET", "/v3/a")
    assert fake.certificate_downloads == 1


async def test_migration_mode_encrypts_with_the_public_key(send, make_auth, fake: FakeWeChatPay, vectors) -> None:
    await send(
        make_auth("migration"), "POST", PRE_SIGN_PATH, json=pre_sign_body(real_name=REAL_NAME), extensions=PRE_SIGN_EXT
    )
    [business] = fake.business_requests
    assert business.headers["Wechatpay-Serial"] == vectors.public_key_id
    sent = json.loads(business.body)
    assert oaep_decrypt(vectors.private_keys["pubkey"], sent["real_identity"]["real_name"]) == REAL_NAME
    assert fake.certificate_downloads == 0


async def test_two_merchants_share_nothing(send, make_auth, fake: FakeWeChatPay) -> None:
    _sign_with(fake, "platform")
    first, second = make_auth("certificate"), make_auth("certificate")
    await send(first, "GET", "/v3/a")
    assert first.keys.certificates is not second.keys.certificates
    assert second.keys.certificates is not None and second.keys.certificates.certificates == ()
    await send(second, "GET", "/v3/a")
    assert fake.certificate_downloads == 2


# ------------------------------------------------------------------------------------------ issue 13: the list


def _rewrite_list(fake: FakeWeChatPay, change: Any) -> None:
    """Serve the certificate list as ``change(document)`` makes it (the answer is signed afterwards)."""
    original = fake.certificates_body

    def body() -> bytes:
        document = json.loads(original())
        change(document)
        return json.dumps(document).encode()

    fake.certificates_body = body  # type: ignore[method-assign]


def _garble(entry: dict[str, Any]) -> None:
    encrypted = entry["encrypt_certificate"]
    raw = bytearray(base64.b64decode(encrypted["ciphertext"]))
    raw[0] ^= 1
    encrypted["ciphertext"] = base64.b64encode(bytes(raw)).decode()


async def test_one_undecryptable_entry_is_skipped_and_the_others_kept(
    send, make_auth, fake: FakeWeChatPay, vectors, caplog
) -> None:
    fake.cert_entries = [CertEntry("platform"), CertEntry("platform2")]
    _rewrite_list(fake, lambda document: _garble(document["data"][1]))
    auth = make_auth("certificate")
    _sign_with(fake, "platform")
    with caplog.at_level(logging.WARNING, logger="wechatpay"):
        response = await send(auth, "GET", "/v3/a")  # was: DecryptionError for the whole list
    assert response.status_code == 200
    assert [c.serial_no for c in auth.keys.certificates.certificates] == [vectors.serials["platform"]]
    [warning] = [r for r in caplog.records if "skipping" in r.getMessage()]
    text = warning.getMessage()
    assert "data[1]" in text and vectors.serials["platform2"] in text and "AES-256-GCM" in text
    assert APIV3_KEY not in caplog.text
    # The skipped certificate is not trusted.
    _sign_with(fake, "platform2")
    with pytest.raises(SignatureVerificationError) as info:
        await send(auth, "GET", "/v3/a")
    assert info.value.reason == "unknown_serial"


async def test_malformed_entries_are_skipped(send, make_auth, fake: FakeWeChatPay, vectors, caplog) -> None:
    def change(document: dict[str, Any]) -> None:
        good = document["data"][0]
        wrong_serial = json.loads(json.dumps(good))
        wrong_serial["serial_no"] = vectors.serials["platform2"]  # decrypts, but to another certificate
        no_cipher = json.loads(json.dumps(good))
        del no_cipher["encrypt_certificate"]["ciphertext"]
        document["data"] = ["junk", {"serial_no": "not hex\nFORGED LOG LINE"}, no_cipher, wrong_serial, good]

    _rewrite_list(fake, change)
    auth = make_auth("certificate")
    _sign_with(fake, "platform")
    with caplog.at_level(logging.WARNING, logger="wechatpay"):
        await send(auth, "GET", "/v3/a")
    assert [c.serial_no for c in auth.keys.certificates.certificates] == [vectors.serials["platform"]]
    skipped = [r.getMessage() for r in caplog.records if "skipping" in r.getMessage()]
    assert [m.split("data[")[1][0] for m in skipped] == ["0", "1", "2", "3"]
    assert "FORGED" not in caplog.text  # an unreadable serial is never logged


async def test_the_entry_of_the_signing_certificate_cannot_be_skipped(send, make_auth, fake: FakeWeChatPay) -> None:
    fake.cert_entries = [CertEntry("platform"), CertEntry("platform2")]
    fake.cert_sign_with = "platform"
    _rewrite_list(fake, lambda document: _garble(document["data"][0]))
    with pytest.raises(CertificateDownloadError) as info:
        await send(make_auth("certificate"), "GET", "/v3/a")
    cause = info.value.__cause__
    assert isinstance(cause, SignatureVerificationError) and cause.reason == "unknown_serial"
    assert fake.business_requests == []


async def test_empty_list_fails_and_backs_off(send, make_auth, fake: FakeWeChatPay, clock) -> None:
    fake.cert_entries = []  # nothing can vouch for the answer
    auth = make_auth("certificate")
    for _ in range(3):
        with pytest.raises(CertificateDownloadError) as info:
            await send(auth, "GET", "/v3/a")
        assert info.value.reason == "verification"
    assert fake.certificate_downloads == 1
    clock.advance(1)
    with pytest.raises(CertificateDownloadError):
        await send(auth, "GET", "/v3/a")
    assert fake.certificate_downloads == 2
    assert fake.business_requests == []


async def test_404_is_shared_as_a_configuration_error(send, make_auth, fake: FakeWeChatPay) -> None:
    fake.cert_status = 404
    auth = make_auth("certificate")
    for _ in range(3):
        with pytest.raises(ConfigurationError, match="public-key mode") as info:
            await send(auth, "GET", "/v3/a")
        assert isinstance(info.value.__cause__, NotFoundError)
    assert fake.certificate_downloads == 1


# ------------------------------------------------------------------------------------------ issue 13: one attempt

N = 8


class _CountingLock:
    """A threading.Lock that counts the threads inside ``acquire`` and runs ``on_release`` once."""

    def __init__(self, on_release: Any) -> None:
        self._lock = threading.Lock()
        self._guard = threading.Lock()
        self.inside = 0
        self._on_release = on_release

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        with self._guard:
            self.inside += 1
        try:
            return self._lock.acquire(blocking, timeout)
        finally:
            with self._guard:
                self.inside -= 1

    def release(self) -> None:
        hook, self._on_release = self._on_release, None
        if hook is not None:
            hook()
        self._lock.release()

    def locked(self) -> bool:
        return self._lock.locked()

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


class _HookedAsyncLock(asyncio.Lock):
    def __init__(self, on_release: Any) -> None:
        super().__init__()
        self._on_release = on_release

    def release(self) -> None:
        hook, self._on_release = self._on_release, None
        if hook is not None:
            hook()
        super().release()


# The failed attempt ends, then 120 s of fake time pass before the waiters get the lock: longer
# than any backoff, so only sharing the attempt they waited for keeps them from downloading again.


def test_threads_waiting_for_a_failed_download_share_its_failure(make_auth, fake: FakeWeChatPay, clock) -> None:
    auth = make_auth("certificate")
    lock = _CountingLock(on_release=lambda: clock.advance(120))
    auth.keys.certificates.download_lock = lock  # type: ignore[assignment]
    fake.cert_status = 500
    original = fake.certificates_response

    def answer() -> httpx.Response:
        for _ in range(500):  # bounded: until the other callers wait for the lock
            if lock.inside >= N - 1:
                break
            time.sleep(0.01)
        return original()

    fake.certificates_response = answer  # type: ignore[method-assign]
    barrier = threading.Barrier(N)

    def call(_: int) -> BaseException | None:
        barrier.wait()
        try:
            client.get("/v3/a")
        except Exception as exc:  # noqa: BLE001
            return exc
        return None

    with (
        httpx.Client(base_url=BASE_URL, transport=fake.transport, auth=auth) as client,
        ThreadPoolExecutor(max_workers=N) as pool,
    ):
        errors = list(pool.map(call, range(N)))
    assert all(isinstance(e, CertificateDownloadError) for e in errors), errors
    assert fake.certificate_downloads == 1  # was N: each waiter downloaded again
    assert sorted(e.shared for e in errors if isinstance(e, CertificateDownloadError)) == [False] + [True] * (N - 1)
    assert all(isinstance(e.__cause__, InternalServerError) for e in errors if e is not None)
    assert fake.business_requests == []


async def test_tasks_waiting_for_a_failed_download_share_its_failure(make_auth, fake: FakeWeChatPay, clock) -> None:
    auth = make_auth("certificate")
    store = auth.keys.certificates
    store._async_locks[asyncio.get_running_loop()] = _HookedAsyncLock(on_release=lambda: clock.advance(120))
    fake.cert_delay = 0.05  # the other tasks queue on the lock meanwhile
    fake.cert_status = 500
    async with httpx.AsyncClient(base_url=BASE_URL, transport=fake.async_transport, auth=auth) as client:
        results = await asyncio.gather(*(client.get("/v3/a") for _ in range(N)), return_exceptions=True)
    assert all(isinstance(r, CertificateDownloadError) for r in results), results
    assert fake.certificate_downloads == 1
    assert sorted(r.shared for r in results if isinstance(r, CertificateDownloadError)) == [False] + [True] * (N - 1)
    assert fake.business_requests == []


async def test_failed_download_backoff_doubles_and_success_resets_it(
    send, make_auth, fake: FakeWeChatPay, clock
) -> None:
    auth = make_auth("certificate")
    fake.cert_status = 503
    waits = []
    for _ in range(4):
        with pytest.raises(CertificateDownloadError) as info:
            await send(auth, "GET", "/v3/a")
        waits.append(info.value.retry_after)
        with pytest.raises(CertificateDownloadError) as shared:
            await send(auth, "GET", "/v3/a")
        assert shared.value.shared and shared.value.retry_after == info.value.retry_after
        clock.advance(info.value.retry_after)
    assert waits == [1.0, 2.0, 4.0, 8.0]
    assert fake.certificate_downloads == 4
    fake.cert_status = 200
    _sign_with(fake, "platform")
    await send(auth, "GET", "/v3/a")
    assert fake.certificate_downloads == 5
    # A later failure starts again at 1 s.
    clock.advance(3600)
    auth.keys.certificates.replace([], clock())  # the set is gone (say, all expired)
    fake.cert_status = 500
    with pytest.raises(CertificateDownloadError) as info:
        await send(auth, "GET", "/v3/a")
    assert info.value.retry_after == 1.0


# ------------------------------------------------------------------------------------------ encrypt_sensitive


async def test_encrypt_sensitive_for_untyped_calls(send, make_auth, fake: FakeWeChatPay, vectors) -> None:
    auth: WeChatPayAuth = make_auth("certificate")
    if send.mode == "sync":
        ciphertext, serial = auth.encrypt_sensitive(REAL_NAME)
    else:
        ciphertext, serial = await auth.aencrypt_sensitive(REAL_NAME)
    assert serial == vectors.serials["platform"]
    assert oaep_decrypt(vectors.private_keys["platform"], ciphertext) == REAL_NAME
    assert fake.certificate_downloads == 1
    # Sending it with that serial is accepted as is (a raw call: nothing is re-encrypted).
    _sign_with(fake, "platform")
    await send(auth, "POST", "/v3/untyped", json={"name": ciphertext}, headers={"Wechatpay-Serial": serial})
    assert json.loads(fake.business_requests[0].body) == {"name": ciphertext}


def test_encrypt_sensitive_public_key_mode_edge_cases(make_auth, vectors) -> None:
    auth: WeChatPayAuth = make_auth()
    assert auth.encrypt_sensitive("") == ("", vectors.public_key_id)
    with pytest.raises(RequestValidationError) as info:
        auth.encrypt_sensitive("x" * 215)
    assert "215" in str(info.value) and "x" * 20 not in str(info.value)
    ciphertext, _ = auth.encrypt_sensitive(ID_CARD)
    assert oaep_decrypt(vectors.private_keys["pubkey"], ciphertext) == ID_CARD


def test_decrypt_sensitive_uses_the_merchant_key(make_auth, vectors) -> None:
    import base64

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None)
    ciphertext = base64.b64encode(vectors.merchant_public_key.encrypt(REAL_NAME.encode(), oaep)).decode()
    auth: WeChatPayAuth = make_auth()
    assert auth.decrypt_sensitive(ciphertext) == REAL_NAME
    with pytest.raises(DecryptionError):
        auth.decrypt_sensitive("bm90IGEgY2lwaGVydGV4dA==")
