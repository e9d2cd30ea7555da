# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.refund import Refund
from ...models.refund_apply_abnormal_request import RefundApplyAbnormalRequest
from ...types import UNSET, Response, Unset

OPERATION_ID = "apply_abnormal_refund"


def _get_kwargs(
    refund_id: str,
    *,
    body: RefundApplyAbnormalRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund".format(
            refund_id=quote(str(refund_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, RefundApplyAbnormalRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Refund:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, Refund)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Refund]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    refund_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RefundApplyAbnormalRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[Refund]:
    """发起异常退款

    发起异常退款 — handle a refund whose status is `ABNORMAL` (e.g. the user's card was
    cancelled or frozen): send it to the user's bank card (`USER_BANK_CARD`) or to the
    merchant's bank account (`MERCHANT_BANK_CARD`).

    - `refund_id` is the WeChat Pay refund number from `create_refund`/`query_refund`.
    - For `USER_BANK_CARD`, `bank_type`, `bank_account` and `real_name` describe the
      receiving card; `bank_account` and `real_name` are sensitive: pass plaintext, the SDK
      encrypts them and sets `Wechatpay-Serial`.
    - Not documented as idempotent. After an unclear outcome, check the refund with
      `query_refund` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791864

    Operation: ``apply_abnormal_refund`` (POST /v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund)

    Args:
        refund_id (str):
        wechatpay_serial (str | Unset):
        body (RefundApplyAbnormalRequest): 发起异常退款请求 — abnormal-refund request. For
            `USER_BANK_CARD`, `bank_type`,
            `bank_account` and `real_name` are needed; `bank_account` and `real_name` are
            sensitive: pass plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[Refund]
    """

    kwargs = _get_kwargs(
        refund_id=refund_id,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    refund_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RefundApplyAbnormalRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Refund:
    """发起异常退款

    发起异常退款 — handle a refund whose status is `ABNORMAL` (e.g. the user's card was
    cancelled or frozen): send it to the user's bank card (`USER_BANK_CARD`) or to the
    merchant's bank account (`MERCHANT_BANK_CARD`).

    - `refund_id` is the WeChat Pay refund number from `create_refund`/`query_refund`.
    - For `USER_BANK_CARD`, `bank_type`, `bank_account` and `real_name` describe the
      receiving card; `bank_account` and `real_name` are sensitive: pass plaintext, the SDK
      encrypts them and sets `Wechatpay-Serial`.
    - Not documented as idempotent. After an unclear outcome, check the refund with
      `query_refund` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791864

    Operation: ``apply_abnormal_refund`` (POST /v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund)

    Args:
        refund_id (str):
        wechatpay_serial (str | Unset):
        body (RefundApplyAbnormalRequest): 发起异常退款请求 — abnormal-refund request. For
            `USER_BANK_CARD`, `bank_type`,
            `bank_account` and `real_name` are needed; `bank_account` and `real_name` are
            sensitive: pass plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Refund
    """

    kwargs = _get_kwargs(
        refund_id=refund_id,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    refund_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RefundApplyAbnormalRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[Refund]:
    """发起异常退款

    发起异常退款 — handle a refund whose status is `ABNORMAL` (e.g. the user's card was
    cancelled or frozen): send it to the user's bank card (`USER_BANK_CARD`) or to the
    merchant's bank account (`MERCHANT_BANK_CARD`).

    - `refund_id` is the WeChat Pay refund number from `create_refund`/`query_refund`.
    - For `USER_BANK_CARD`, `bank_type`, `bank_account` and `real_name` describe the
      receiving card; `bank_account` and `real_name` are sensitive: pass plaintext, the SDK
      encrypts them and sets `Wechatpay-Serial`.
    - Not documented as idempotent. After an unclear outcome, check the refund with
      `query_refund` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791864

    Operation: ``apply_abnormal_refund`` (POST /v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund)

    Args:
        refund_id (str):
        wechatpay_serial (str | Unset):
        body (RefundApplyAbnormalRequest): 发起异常退款请求 — abnormal-refund request. For
            `USER_BANK_CARD`, `bank_type`,
            `bank_account` and `real_name` are needed; `bank_account` and `real_name` are
            sensitive: pass plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[Refund]
    """

    kwargs = _get_kwargs(
        refund_id=refund_id,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    refund_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RefundApplyAbnormalRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Refund:
    """发起异常退款

    发起异常退款 — handle a refund whose status is `ABNORMAL` (e.g. the user's card was
    cancelled or frozen): send it to the user's bank card (`USER_BANK_CARD`) or to the
    merchant's bank account (`MERCHANT_BANK_CARD`).

    - `refund_id` is the WeChat Pay refund number from `create_refund`/`query_refund`.
    - For `USER_BANK_CARD`, `bank_type`, `bank_account` and `real_name` describe the
      receiving card; `bank_account` and `real_name` are sensitive: pass plaintext, the SDK
      encrypts them and sets `Wechatpay-Serial`.
    - Not documented as idempotent. After an unclear outcome, check the refund with
      `query_refund` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791864

    Operation: ``apply_abnormal_refund`` (POST /v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund)

    Args:
        refund_id (str):
        wechatpay_serial (str | Unset):
        body (RefundApplyAbnormalRequest): 发起异常退款请求 — abnormal-refund request. For
            `USER_BANK_CARD`, `bank_type`,
            `bank_account` and `real_name` are needed; `bank_account` and `real_name` are
            sensitive: pass plaintext, the SDK encrypts them and sets `Wechatpay-Serial`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Refund
    """

    kwargs = _get_kwargs(
        refund_id=refund_id,
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
