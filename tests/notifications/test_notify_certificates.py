"""Certificate mode, migration mode and sharing the keys of a client (protocol §2.3, §2.4, §5)."""

from __future__ import annotations

import time

import pytest
from notify_kit import (
    APIV3_KEY,
    KEYS,
    NOW,
    UNKNOWN_HEX_SERIAL,
    FakeCertificateServer,
    FakeClock,
    ParseFn,
    certificate_parser_kwargs,
    notification,
)
from wechatpay_auth import (
    APIError,
    CertificateStore,
    NotificationParser,
    NotificationReply,
    NotificationSignatureError,
    PlatformCertificate,
    PlatformKeys,
    WeChatPayAuth,
    create_client,
    get_auth,
)


@pytest.fixture
def server(clock: FakeClock) -> FakeCertificateServer:
    return FakeCertificateServer(clock)


@pytest.fixture
def cert_parser(server: FakeCertificateServer) -> NotificationParser:
    return NotificationParser(**certificate_parser_kwargs(server))


async def test_certificate_mode_downloads_once_and_verifies(
    cert_parser: NotificationParser, server: FakeCertificateServer, parse: ParseFn
) -> None:
    note = notification("TRANSACTION.SUCCESS", signer="platform")
    event = await parse(cert_parser, note.headers, note.body)
    assert event.serial == KEYS.serials["platform"]
    assert event.resource.trade_type == "PAP"
    assert server.downloads == 1
    assert server.authorizations[0].startswith(f'WECHATPAY2-SHA256-RSA2048 mchid="{KEYS.mchid}"')
    for _ in range(3):
        again = notification("TRANSACTION.SUCCESS", signer="platform")
        await parse(cert_parser, again.headers, again.body)
    assert server.downloads == 1


async def test_certificate_mode_rejects_public_key_serial_without_download(
    cert_parser: NotificationParser, server: FakeCertificateServer, parse: ParseFn
) -> None:
    note = notification(signer="pubkey")
    with pytest.raises(NotificationSignatureError) as info:
        await parse(cert_parser, note.headers, note.body)
    assert info.value.reason == "unknown_serial"
    assert server.downloads == 0


async def test_unknown_serial_downloads_at_most_once_a_minute(
    cert_parser: NotificationParser, server: FakeCertificateServer, clock: FakeClock, parse: ParseFn
) -> None:
    good = notification(signer="platform")
    await parse(cert_parser, good.headers, good.body)
    assert server.downloads == 1
    clock.advance(61)
    for _ in range(20):  # an attacker sending fresh timestamps with made-up hex serials
        forged = notification(signer="other", serial=UNKNOWN_HEX_SERIAL, timestamp=int(clock()))
        with pytest.raises(NotificationSignatureError) as info:
            await parse(cert_parser, forged.headers, forged.body)
        assert info.value.reason == "unknown_serial"
    assert server.downloads == 2  # one attempt, then the 60 s gap applies
    clock.advance(61)
    forged = notification(signer="other", serial=UNKNOWN_HEX_SERIAL, timestamp=int(clock()))
    with pytest.raises(NotificationSignatureError):
        await parse(cert_parser, forged.headers, forged.body)
    assert server.downloads == 3


async def test_stale_timestamp_is_rejected_before_any_download(
    cert_parser: NotificationParser, server: FakeCertificateServer, parse: ParseFn
) -> None:
    stale = notification(signer="platform", timestamp=NOW - 3600)
    with pytest.raises(NotificationSignatureError) as info:
        await parse(cert_parser, stale.headers, stale.body)
    assert info.value.reason == "timestamp_out_of_range"
    assert server.downloads == 0


async def test_rotated_certificate_is_picked_up(
    cert_parser: NotificationParser, server: FakeCertificateServer, clock: FakeClock, parse: ParseFn
) -> None:
    first = notification(signer="platform")
    await parse(cert_parser, first.headers, first.body)
    server.names = ["platform", "platform2"]  # WeChat Pay publishes the new certificate
    clock.advance(61)
    rotated = notification(signer="platform2", timestamp=int(clock()))
    event = await parse(cert_parser, rotated.headers, rotated.body)
    assert event.serial == KEYS.serials["platform2"]
    assert server.downloads == 2
    old = notification(signer="platform", timestamp=int(clock()))  # both serials valid during rotation
    assert (await parse(cert_parser, old.headers, old.body)).serial == KEYS.serials["platform"]


async def test_download_failure_is_a_signature_error_with_cause(
    cert_parser: NotificationParser, server: FakeCertificateServer, parse: ParseFn
) -> None:
    server.fail = True
    note = notification(signer="platform")
    with pytest.raises(NotificationSignatureError) as info:
        await parse(cert_parser, note.headers, note.body)
    assert info.value.reason == "unknown_serial"
    assert isinstance(info.value.__cause__, APIError)
    assert NotificationReply.for_error(info.value).status == 401


async def test_migration_mode_accepts_either_serial(server: FakeCertificateServer, parse: ParseFn) -> None:
    parser = NotificationParser(
        **certificate_parser_kwargs(
            server, wechatpay_public_key_id=KEYS.public_key_id, wechatpay_public_key=KEYS.public_key_pem
        )
    )
    by_public_key = notification("INSURANCE_ENTRUST.SIGN", signer="pubkey")
    assert (await parse(parser, by_public_key.headers, by_public_key.body)).serial == KEYS.public_key_id
    assert server.downloads == 0  # the public key needs no download
    by_certificate = notification("INSURANCE_ENTRUST.SIGN", signer="platform")
    assert (await parse(parser, by_certificate.headers, by_certificate.body)).serial == KEYS.serials["platform"]
    assert server.downloads == 1
    wrong = notification(signer="platform2", serial=KEYS.public_key_id)  # key ID, but not its key
    with pytest.raises(NotificationSignatureError) as info:
        await parse(parser, wrong.headers, wrong.body)
    assert info.value.reason == "bad_signature"


async def test_from_auth_shares_keys_and_certificate_manager(
    server: FakeCertificateServer, clock: FakeClock, parse: ParseFn
) -> None:
    auth = WeChatPayAuth(
        KEYS.mchid,
        merchant_serial_no=KEYS.merchant_serial,
        merchant_private_key=KEYS.merchant_key_pem,
        apiv3_key=APIV3_KEY,
        transport=server.transport,
        async_transport=server.async_transport,
        operations=None,
        clock=clock,
    )
    parser = NotificationParser.from_auth(auth, apiv3_key=APIV3_KEY, clock=clock)
    assert parser.keys is auth.keys
    note = notification("TRANSACTION.FAIL", signer="platform")
    assert (await parse(parser, note.headers, note.body)).event_type == "TRANSACTION.FAIL"
    assert server.downloads == 1
    store = auth.keys.certificates
    assert store is not None and [c.serial_no for c in store.certificates] == [KEYS.serials["platform"]]
    assert auth.resolve_key(KEYS.serials["platform"]) is not None
    assert server.downloads == 1  # the client reuses what the parser downloaded


async def test_from_client(parse: ParseFn) -> None:
    server = FakeCertificateServer(FakeClock(time.time()))  # create_client uses the real clock
    client = create_client(
        KEYS.mchid,
        merchant_serial_no=KEYS.merchant_serial,
        merchant_private_key=KEYS.merchant_key_pem,
        wechatpay_public_key_id=KEYS.public_key_id,
        wechatpay_public_key=KEYS.public_key_pem,
        apiv3_key=APIV3_KEY,
        transport=server.transport,
        async_transport=server.async_transport,
    )
    parser = NotificationParser.from_client(client, apiv3_key=APIV3_KEY)  # real clock, like the client
    assert parser.keys is get_auth(client).keys
    now = int(time.time())
    for signer in ("pubkey", "platform"):
        note = notification("INSURANCE_ENTRUST.RENEW", signer=signer, timestamp=now)
        event = await parse(parser, note.headers, note.body)
        assert event.serial == KEYS.serials[signer]
    assert server.downloads == 1


async def test_static_keys_never_download(clock: FakeClock, parse: ParseFn) -> None:
    cert = KEYS.certificates["platform"]
    public_key = cert.public_key()
    store = CertificateStore()
    store.replace(
        [
            PlatformCertificate(
                serial_no=KEYS.serials["platform"],
                not_before=cert.not_valid_before_utc.timestamp(),
                not_after=cert.not_valid_after_utc.timestamp(),
                public_key=public_key,  # type: ignore[arg-type]
                certificate=cert,
            )
        ],
        clock(),
    )
    parser = NotificationParser(apiv3_key=APIV3_KEY, keys=PlatformKeys(None, store), clock=clock)
    note = notification(signer="platform")
    assert (await parse(parser, note.headers, note.body)).serial == KEYS.serials["platform"]
    unknown = notification(signer="platform2")
    with pytest.raises(NotificationSignatureError) as info:
        await parse(parser, unknown.headers, unknown.body)
    assert info.value.reason == "unknown_serial"


def test_one_key_source_only(server: FakeCertificateServer) -> None:
    from wechatpay_auth import ConfigurationError

    auth_kwargs = certificate_parser_kwargs(server)
    parser = NotificationParser(**auth_kwargs)
    with pytest.raises(ConfigurationError):
        NotificationParser(apiv3_key=APIV3_KEY, keys=parser.keys, wechatpay_public_key_id=KEYS.public_key_id)
    with pytest.raises(ConfigurationError):
        NotificationParser(apiv3_key=APIV3_KEY, auth="not an auth")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        NotificationParser(apiv3_key=APIV3_KEY, keys="not keys")  # type: ignore[arg-type]
    parser.close()
