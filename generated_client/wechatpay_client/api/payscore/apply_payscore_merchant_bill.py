# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
import datetime
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apply_payscore_merchant_bill_encryption_algorithm import (
    ApplyPayscoreMerchantBillEncryptionAlgorithm,
)
from ...models.apply_payscore_merchant_bill_tar_type import (
    ApplyPayscoreMerchantBillTarType,
)
from ...models.payscore_merchant_bill import PayscoreMerchantBill
from ...types import UNSET, Response, Unset

OPERATION_ID = "apply_payscore_merchant_bill"


def _get_kwargs(
    *,
    bill_date: datetime.date,
    tar_type: ApplyPayscoreMerchantBillTarType | Unset = UNSET,
    encryption_algorithm: ApplyPayscoreMerchantBillEncryptionAlgorithm,
    service_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_bill_date = bill_date.isoformat()
    params["bill_date"] = json_bill_date

    json_tar_type: str | Unset = UNSET
    if not isinstance(tar_type, Unset):
        json_tar_type = tar_type

    params["tar_type"] = json_tar_type

    json_encryption_algorithm: str = encryption_algorithm
    params["encryption_algorithm"] = json_encryption_algorithm

    params["service_id"] = service_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/payscore/merchant-bill",
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PayscoreMerchantBill:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscoreMerchantBill)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayscoreMerchantBill]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    bill_date: datetime.date,
    tar_type: ApplyPayscoreMerchantBillTarType | Unset = UNSET,
    encryption_algorithm: ApplyPayscoreMerchantBillEncryptionAlgorithm,
    service_id: str,
) -> Response[PayscoreMerchantBill]:
    """商户申请获取对账单

    商户申请获取对账单 — returns, for one Pay Score service and one day (within the last
    three months), the download links of the bill file, split into one or more parts.

    - Each part is encrypted with AEAD_AES_256_GCM: `encrypt_key` is the part's key, which
      WeChat Pay encrypts with the merchant certificate's public key; the SDK decrypts it
      after verifying the answer, so the model holds the key. Decrypt the downloaded part
      with that key and `nonce`, then gunzip it when `tar_type=GZIP`, and compare the result
      with `hash_value` (`hash_type`, SHA1).
    - The links expire quickly; read-only and safe to repeat for fresh links.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013394586

    Operation: ``apply_payscore_merchant_bill`` (GET /v3/payscore/merchant-bill)

    Args:
        bill_date (datetime.date):
        tar_type (ApplyPayscoreMerchantBillTarType | Unset):
        encryption_algorithm (ApplyPayscoreMerchantBillEncryptionAlgorithm):
        service_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreMerchantBill]
    """

    kwargs = _get_kwargs(
        bill_date=bill_date,
        tar_type=tar_type,
        encryption_algorithm=encryption_algorithm,
        service_id=service_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    bill_date: datetime.date,
    tar_type: ApplyPayscoreMerchantBillTarType | Unset = UNSET,
    encryption_algorithm: ApplyPayscoreMerchantBillEncryptionAlgorithm,
    service_id: str,
) -> PayscoreMerchantBill:
    """商户申请获取对账单

    商户申请获取对账单 — returns, for one Pay Score service and one day (within the last
    three months), the download links of the bill file, split into one or more parts.

    - Each part is encrypted with AEAD_AES_256_GCM: `encrypt_key` is the part's key, which
      WeChat Pay encrypts with the merchant certificate's public key; the SDK decrypts it
      after verifying the answer, so the model holds the key. Decrypt the downloaded part
      with that key and `nonce`, then gunzip it when `tar_type=GZIP`, and compare the result
      with `hash_value` (`hash_type`, SHA1).
    - The links expire quickly; read-only and safe to repeat for fresh links.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013394586

    Operation: ``apply_payscore_merchant_bill`` (GET /v3/payscore/merchant-bill)

    Args:
        bill_date (datetime.date):
        tar_type (ApplyPayscoreMerchantBillTarType | Unset):
        encryption_algorithm (ApplyPayscoreMerchantBillEncryptionAlgorithm):
        service_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreMerchantBill
    """

    kwargs = _get_kwargs(
        bill_date=bill_date,
        tar_type=tar_type,
        encryption_algorithm=encryption_algorithm,
        service_id=service_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    bill_date: datetime.date,
    tar_type: ApplyPayscoreMerchantBillTarType | Unset = UNSET,
    encryption_algorithm: ApplyPayscoreMerchantBillEncryptionAlgorithm,
    service_id: str,
) -> Response[PayscoreMerchantBill]:
    """商户申请获取对账单

    商户申请获取对账单 — returns, for one Pay Score service and one day (within the last
    three months), the download links of the bill file, split into one or more parts.

    - Each part is encrypted with AEAD_AES_256_GCM: `encrypt_key` is the part's key, which
      WeChat Pay encrypts with the merchant certificate's public key; the SDK decrypts it
      after verifying the answer, so the model holds the key. Decrypt the downloaded part
      with that key and `nonce`, then gunzip it when `tar_type=GZIP`, and compare the result
      with `hash_value` (`hash_type`, SHA1).
    - The links expire quickly; read-only and safe to repeat for fresh links.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013394586

    Operation: ``apply_payscore_merchant_bill`` (GET /v3/payscore/merchant-bill)

    Args:
        bill_date (datetime.date):
        tar_type (ApplyPayscoreMerchantBillTarType | Unset):
        encryption_algorithm (ApplyPayscoreMerchantBillEncryptionAlgorithm):
        service_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscoreMerchantBill]
    """

    kwargs = _get_kwargs(
        bill_date=bill_date,
        tar_type=tar_type,
        encryption_algorithm=encryption_algorithm,
        service_id=service_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    bill_date: datetime.date,
    tar_type: ApplyPayscoreMerchantBillTarType | Unset = UNSET,
    encryption_algorithm: ApplyPayscoreMerchantBillEncryptionAlgorithm,
    service_id: str,
) -> PayscoreMerchantBill:
    """商户申请获取对账单

    商户申请获取对账单 — returns, for one Pay Score service and one day (within the last
    three months), the download links of the bill file, split into one or more parts.

    - Each part is encrypted with AEAD_AES_256_GCM: `encrypt_key` is the part's key, which
      WeChat Pay encrypts with the merchant certificate's public key; the SDK decrypts it
      after verifying the answer, so the model holds the key. Decrypt the downloaded part
      with that key and `nonce`, then gunzip it when `tar_type=GZIP`, and compare the result
      with `hash_value` (`hash_type`, SHA1).
    - The links expire quickly; read-only and safe to repeat for fresh links.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013394586

    Operation: ``apply_payscore_merchant_bill`` (GET /v3/payscore/merchant-bill)

    Args:
        bill_date (datetime.date):
        tar_type (ApplyPayscoreMerchantBillTarType | Unset):
        encryption_algorithm (ApplyPayscoreMerchantBillEncryptionAlgorithm):
        service_id (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscoreMerchantBill
    """

    kwargs = _get_kwargs(
        bill_date=bill_date,
        tar_type=tar_type,
        encryption_algorithm=encryption_algorithm,
        service_id=service_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
