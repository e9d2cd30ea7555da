# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.aggracct_channel_recover_request import AggracctChannelRecoverRequest
from ...models.aggracct_channel_recover_response import AggracctChannelRecoverResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "create_aggracct_channel_recover_order"


def _get_kwargs(
    *,
    body: AggracctChannelRecoverRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/aggracct-bc/wb-channel/control-orders/recover",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, AggracctChannelRecoverRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AggracctChannelRecoverResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, AggracctChannelRecoverResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AggracctChannelRecoverResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AggracctChannelRecoverRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[AggracctChannelRecoverResponse]:
    """解管

    解管 (listed as 解除对微众台账的管控) — lifts a control placed with
    `create_aggracct_channel_punish_order`, naming it by both the channel's and WeChat Pay's
    control numbers. `out_request_no` is a new number and must differ from the control's.
    WeChat Pay only accepts the request; follow it with
    `query_aggracct_channel_control_order` (`control_type=RECOVER`). About 200 calls per minute.

    - `bal_account_no` and `card_no` are sensitive: pass plaintext; the SDK encrypts them and
      sets `Wechatpay-Serial`.
    - Re-entrant for one year with the same `out_request_no`; after an unclear outcome query
      first, then resend with identical fields.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016025279

    Operation: ``create_aggracct_channel_recover_order`` (POST /v3/aggracct-bc/wb-channel/control-orders/recover)

    Args:
        wechatpay_serial (str | Unset):
        body (AggracctChannelRecoverRequest): 解管请求 — release request. `bal_account_no` and
            `card_no` are encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[AggracctChannelRecoverResponse]
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
    body: AggracctChannelRecoverRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> AggracctChannelRecoverResponse:
    """解管

    解管 (listed as 解除对微众台账的管控) — lifts a control placed with
    `create_aggracct_channel_punish_order`, naming it by both the channel's and WeChat Pay's
    control numbers. `out_request_no` is a new number and must differ from the control's.
    WeChat Pay only accepts the request; follow it with
    `query_aggracct_channel_control_order` (`control_type=RECOVER`). About 200 calls per minute.

    - `bal_account_no` and `card_no` are sensitive: pass plaintext; the SDK encrypts them and
      sets `Wechatpay-Serial`.
    - Re-entrant for one year with the same `out_request_no`; after an unclear outcome query
      first, then resend with identical fields.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016025279

    Operation: ``create_aggracct_channel_recover_order`` (POST /v3/aggracct-bc/wb-channel/control-orders/recover)

    Args:
        wechatpay_serial (str | Unset):
        body (AggracctChannelRecoverRequest): 解管请求 — release request. `bal_account_no` and
            `card_no` are encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        AggracctChannelRecoverResponse
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
    body: AggracctChannelRecoverRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[AggracctChannelRecoverResponse]:
    """解管

    解管 (listed as 解除对微众台账的管控) — lifts a control placed with
    `create_aggracct_channel_punish_order`, naming it by both the channel's and WeChat Pay's
    control numbers. `out_request_no` is a new number and must differ from the control's.
    WeChat Pay only accepts the request; follow it with
    `query_aggracct_channel_control_order` (`control_type=RECOVER`). About 200 calls per minute.

    - `bal_account_no` and `card_no` are sensitive: pass plaintext; the SDK encrypts them and
      sets `Wechatpay-Serial`.
    - Re-entrant for one year with the same `out_request_no`; after an unclear outcome query
      first, then resend with identical fields.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016025279

    Operation: ``create_aggracct_channel_recover_order`` (POST /v3/aggracct-bc/wb-channel/control-orders/recover)

    Args:
        wechatpay_serial (str | Unset):
        body (AggracctChannelRecoverRequest): 解管请求 — release request. `bal_account_no` and
            `card_no` are encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[AggracctChannelRecoverResponse]
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
    body: AggracctChannelRecoverRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> AggracctChannelRecoverResponse:
    """解管

    解管 (listed as 解除对微众台账的管控) — lifts a control placed with
    `create_aggracct_channel_punish_order`, naming it by both the channel's and WeChat Pay's
    control numbers. `out_request_no` is a new number and must differ from the control's.
    WeChat Pay only accepts the request; follow it with
    `query_aggracct_channel_control_order` (`control_type=RECOVER`). About 200 calls per minute.

    - `bal_account_no` and `card_no` are sensitive: pass plaintext; the SDK encrypts them and
      sets `Wechatpay-Serial`.
    - Re-entrant for one year with the same `out_request_no`; after an unclear outcome query
      first, then resend with identical fields.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016025279

    Operation: ``create_aggracct_channel_recover_order`` (POST /v3/aggracct-bc/wb-channel/control-orders/recover)

    Args:
        wechatpay_serial (str | Unset):
        body (AggracctChannelRecoverRequest): 解管请求 — release request. `bal_account_no` and
            `card_no` are encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        AggracctChannelRecoverResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
