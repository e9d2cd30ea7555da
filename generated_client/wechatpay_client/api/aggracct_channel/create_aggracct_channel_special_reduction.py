# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.aggracct_channel_special_reduction import AggracctChannelSpecialReduction
from ...models.aggracct_channel_special_reduction_create_request import AggracctChannelSpecialReductionCreateRequest
from ...types import UNSET, Response, Unset

OPERATION_ID = "create_aggracct_channel_special_reduction"


def _get_kwargs(
    *,
    body: AggracctChannelSpecialReductionCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/aggracct-bc/wb-channel/special-reduction",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, AggracctChannelSpecialReductionCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AggracctChannelSpecialReduction:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, AggracctChannelSpecialReduction)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AggracctChannelSpecialReduction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AggracctChannelSpecialReductionCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[AggracctChannelSpecialReduction]:
    """特殊减额

    特殊减额 — lowers the quota of a WeBank ledger account by `amount` (fen) for a financial
    penalty (`FINANCIAL_PENALTY`) or a judicial deduction (`JUDICIAL_DEDUCTION`). The answer
    may still be `PROCESSING`; follow it with `query_aggracct_channel_special_reduction`.
    About 100 calls per second per target merchant.

    - When the quota is too low the order is closed and the call answers `403 NOT_ENOUGH`;
      resending the same `out_request_no` afterwards answers `400 ALREADY_EXISTS` because the
      order is closed.
    - `bal_account_no` and `card_no` are sensitive: pass plaintext; the SDK encrypts them and
      sets `Wechatpay-Serial`. `bal_account_no` in the answer is decrypted by the SDK.
    - Documented as idempotent for 31 days with the same `out_request_no`. After an unclear
      outcome query it first and resend with identical fields only if it does not exist.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016061190

    Operation: ``create_aggracct_channel_special_reduction`` (POST /v3/aggracct-bc/wb-channel/special-reduction)

    Args:
        wechatpay_serial (str | Unset):
        body (AggracctChannelSpecialReductionCreateRequest): 特殊减额请求 — special-reduction request.
            `bal_account_no` and `card_no` are encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[AggracctChannelSpecialReduction]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AggracctChannelSpecialReductionCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> AggracctChannelSpecialReduction:
    """特殊减额

    特殊减额 — lowers the quota of a WeBank ledger account by `amount` (fen) for a financial
    penalty (`FINANCIAL_PENALTY`) or a judicial deduction (`JUDICIAL_DEDUCTION`). The answer
    may still be `PROCESSING`; follow it with `query_aggracct_channel_special_reduction`.
    About 100 calls per second per target merchant.

    - When the quota is too low the order is closed and the call answers `403 NOT_ENOUGH`;
      resending the same `out_request_no` afterwards answers `400 ALREADY_EXISTS` because the
      order is closed.
    - `bal_account_no` and `card_no` are sensitive: pass plaintext; the SDK encrypts them and
      sets `Wechatpay-Serial`. `bal_account_no` in the answer is decrypted by the SDK.
    - Documented as idempotent for 31 days with the same `out_request_no`. After an unclear
      outcome query it first and resend with identical fields only if it does not exist.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016061190

    Operation: ``create_aggracct_channel_special_reduction`` (POST /v3/aggracct-bc/wb-channel/special-reduction)

    Args:
        wechatpay_serial (str | Unset):
        body (AggracctChannelSpecialReductionCreateRequest): 特殊减额请求 — special-reduction request.
            `bal_account_no` and `card_no` are encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        AggracctChannelSpecialReduction
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AggracctChannelSpecialReductionCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[AggracctChannelSpecialReduction]:
    """特殊减额

    特殊减额 — lowers the quota of a WeBank ledger account by `amount` (fen) for a financial
    penalty (`FINANCIAL_PENALTY`) or a judicial deduction (`JUDICIAL_DEDUCTION`). The answer
    may still be `PROCESSING`; follow it with `query_aggracct_channel_special_reduction`.
    About 100 calls per second per target merchant.

    - When the quota is too low the order is closed and the call answers `403 NOT_ENOUGH`;
      resending the same `out_request_no` afterwards answers `400 ALREADY_EXISTS` because the
      order is closed.
    - `bal_account_no` and `card_no` are sensitive: pass plaintext; the SDK encrypts them and
      sets `Wechatpay-Serial`. `bal_account_no` in the answer is decrypted by the SDK.
    - Documented as idempotent for 31 days with the same `out_request_no`. After an unclear
      outcome query it first and resend with identical fields only if it does not exist.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016061190

    Operation: ``create_aggracct_channel_special_reduction`` (POST /v3/aggracct-bc/wb-channel/special-reduction)

    Args:
        wechatpay_serial (str | Unset):
        body (AggracctChannelSpecialReductionCreateRequest): 特殊减额请求 — special-reduction request.
            `bal_account_no` and `card_no` are encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[AggracctChannelSpecialReduction]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AggracctChannelSpecialReductionCreateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> AggracctChannelSpecialReduction:
    """特殊减额

    特殊减额 — lowers the quota of a WeBank ledger account by `amount` (fen) for a financial
    penalty (`FINANCIAL_PENALTY`) or a judicial deduction (`JUDICIAL_DEDUCTION`). The answer
    may still be `PROCESSING`; follow it with `query_aggracct_channel_special_reduction`.
    About 100 calls per second per target merchant.

    - When the quota is too low the order is closed and the call answers `403 NOT_ENOUGH`;
      resending the same `out_request_no` afterwards answers `400 ALREADY_EXISTS` because the
      order is closed.
    - `bal_account_no` and `card_no` are sensitive: pass plaintext; the SDK encrypts them and
      sets `Wechatpay-Serial`. `bal_account_no` in the answer is decrypted by the SDK.
    - Documented as idempotent for 31 days with the same `out_request_no`. After an unclear
      outcome query it first and resend with identical fields only if it does not exist.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016061190

    Operation: ``create_aggracct_channel_special_reduction`` (POST /v3/aggracct-bc/wb-channel/special-reduction)

    Args:
        wechatpay_serial (str | Unset):
        body (AggracctChannelSpecialReductionCreateRequest): 特殊减额请求 — special-reduction request.
            `bal_account_no` and `card_no` are encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        AggracctChannelSpecialReduction
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
