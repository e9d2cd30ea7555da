"""``GET /v3/certificates``, the key families, and platform certificate rotation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from cryptography import x509
from sandbox_helpers import ApiClient, aead_decrypt, cert_public, ctl, verify_wechatpay
from wechatpay_sandbox import Sandbox, SandboxCredentials

CERTS = "/v3/certificates"
QUERY = "/v3/papay/insurance-sign/contracts/plan-id/1/out-contract-code/NOPE"


@pytest.fixture
def cert_mode(credentials: SandboxCredentials) -> Iterator[tuple[Sandbox, ApiClient]]:
    with Sandbox("certificate", credentials=credentials, strict_responses=True) as sb:
        client = ApiClient(sb)
        yield sb, client
        client.close()


def _download(client: ApiClient, apiv3_key: str, query: str = "") -> dict[str, x509.Certificate]:
    response = client.get(CERTS + query)
    assert response.status_code == 200, response.text
    out = {}
    for item in response.json()["data"]:
        encrypted = item["encrypt_certificate"]
        assert encrypted["algorithm"] == "AEAD_AES_256_GCM"
        assert encrypted["associated_data"] == "certificate"
        assert len(encrypted["nonce"]) == 12
        cert = x509.load_pem_x509_certificate(aead_decrypt(apiv3_key, encrypted))
        assert format(cert.serial_number, "X") == item["serial_no"]
        assert dt.datetime.fromisoformat(item["effective_time"]) == cert.not_valid_before_utc
        assert dt.datetime.fromisoformat(item["expire_time"]) == cert.not_valid_after_utc
        out[item["serial_no"]] = cert
    # the answer is signed by a certificate of the list itself
    signer = out[response.headers["Wechatpay-Serial"]].public_key()
    assert verify_wechatpay(response.headers, response.content, signer)  # type: ignore[arg-type]
    return out


def test_certificates_decrypt_with_the_apiv3_key(
    cert_mode: tuple[Sandbox, ApiClient], credentials: SandboxCredentials
) -> None:
    sb, client = cert_mode
    certs = _download(client, credentials.apiv3_key)
    assert list(certs) == [credentials.platform_serial_no]
    serial = credentials.platform_serial_no
    assert len(serial) == 40 and serial == serial.upper()
    assert sb.certificate_downloads == 1
    assert _download(client, credentials.apiv3_key, "?algorithm_type=ALL")
    assert sb.certificate_downloads == 2
    assert client.get(CERTS + "?algorithm_type=SM2").json()["data"] == []


def test_certificates_need_a_signed_request(cert_mode: tuple[Sandbox, ApiClient]) -> None:
    sb, client = cert_mode
    assert client.get(CERTS, mchid="1000000000").status_code == 401
    assert sb.certificate_downloads == 0
    declared = sb.spec.find_by_shape("GET", CERTS)
    assert sb.request_count(declared.operation_id if declared else "get_certificates") == 1


def test_public_key_mode_has_no_certificates(sandbox: Sandbox, api: ApiClient) -> None:
    before = sandbox.certificate_downloads
    response = api.get(CERTS)
    assert response.status_code == 404
    assert response.json()["code"] == "RESOURCE_NOT_EXISTS"
    assert "public key" in response.json()["message"]
    api.verified(response)
    assert response.headers["Wechatpay-Serial"] == sandbox.credentials.public_key_id
    assert sandbox.certificate_downloads == before


def test_rotation(cert_mode: tuple[Sandbox, ApiClient], credentials: SandboxCredentials) -> None:
    sb, client = cert_mode
    assert client.get(QUERY).headers["Wechatpay-Serial"] == credentials.platform_serial_no
    new = sb.rotate_platform_certificate()
    assert new.serial_no != credentials.platform_serial_no
    # answers are now signed with a serial the client has not seen yet ...
    response = client.get(QUERY)
    assert response.headers["Wechatpay-Serial"] == new.serial_no
    assert verify_wechatpay(response.headers, response.content, cert_public(new.certificate_pem))
    # ... and a fresh download lists both
    assert set(_download(client, credentials.apiv3_key)) == {credentials.platform_serial_no, new.serial_no}
    rotated = ctl("POST", sb.base_url + "/sandbox/certificates/rotate").json()["serial_no"]
    assert len(sb.platform_certificates) == 3 and sb.platform_certificates[-1].serial_no == rotated
    sb.retire_platform_certificate(credentials.platform_serial_no)
    assert credentials.platform_serial_no not in _download(client, credentials.apiv3_key)
    with pytest.raises(ValueError):
        sb.retire_platform_certificate(rotated)  # the active one


def test_staged_rotation(cert_mode: tuple[Sandbox, ApiClient], credentials: SandboxCredentials) -> None:
    """A new certificate can be listed before it is used, as WeChat Pay does 24 h ahead."""
    sb, client = cert_mode
    staged = ctl("POST", sb.base_url + "/sandbox/certificates/rotate", json={"activate": False}).json()
    assert staged["active"] == credentials.platform_serial_no
    assert set(_download(client, credentials.apiv3_key)) == {credentials.platform_serial_no, staged["serial_no"]}
    assert client.get(QUERY).headers["Wechatpay-Serial"] == credentials.platform_serial_no
    activated = ctl("POST", sb.base_url + f"/sandbox/certificates/{staged['serial_no']}/activate")
    assert activated.json()["active"] == staged["serial_no"]
    assert client.verified(client.get(QUERY)).headers["Wechatpay-Serial"] == staged["serial_no"]
    assert ctl("POST", sb.base_url + "/sandbox/certificates/NOPE/activate").status_code == 404


def test_both_mode_signs_with_the_family_the_request_names(credentials: SandboxCredentials) -> None:
    with Sandbox("both", credentials=credentials) as sb:
        client = ApiClient(sb)
        cases = [
            ({}, credentials.public_key_id),
            ({"Wechatpay-Serial": credentials.public_key_id}, credentials.public_key_id),
            ({"Wechatpay-Serial": credentials.platform_serial_no}, credentials.platform_serial_no),
        ]
        for headers, expected in cases:
            response = client.get(QUERY, headers=headers)
            assert response.headers["Wechatpay-Serial"] == expected
            client.verified(response)
        # the certificate download defaults to the certificate family
        assert client.get(CERTS).headers["Wechatpay-Serial"] == credentials.platform_serial_no
        assert (
            client.get(CERTS, headers={"Wechatpay-Serial": credentials.public_key_id}).headers["Wechatpay-Serial"]
            == credentials.public_key_id
        )
        client.close()
