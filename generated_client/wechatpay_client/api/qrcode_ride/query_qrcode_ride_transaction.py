# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.qrcode_ride_transaction import QrcodeRideTransaction
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_qrcode_ride_transaction"


def _get_kwargs(
    out_trade_no: str,
    *,
    sub_mchid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sub_mchid"] = sub_mchid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/qrcode/transactions/out-trade-no/{out_trade_no}".format(
            out_trade_no=quote(str(out_trade_no), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> QrcodeRideTransaction:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, QrcodeRideTransaction)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[QrcodeRideTransaction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
) -> Response[QrcodeRideTransaction]:
    """查询订单

    查询订单 — reads a ride deduction order by the merchant order number: its state
    (`SUCCESS`, `ACCEPTED`, `PAY_FAIL`, `REFUND`), the payment and, for an advanced fare, the
    user's repayment. This is the lookup that settles an unclear outcome of
    `create_qrcode_ride_transaction`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011984781

    Operation: ``query_qrcode_ride_transaction`` (GET /v3/qrcode/transactions/out-trade-no/{out_trade_no})

    Args:
        out_trade_no (str):
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[QrcodeRideTransaction]
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
        sub_mchid=sub_mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
) -> QrcodeRideTransaction:
    """查询订单

    查询订单 — reads a ride deduction order by the merchant order number: its state
    (`SUCCESS`, `ACCEPTED`, `PAY_FAIL`, `REFUND`), the payment and, for an advanced fare, the
    user's repayment. This is the lookup that settles an unclear outcome of
    `create_qrcode_ride_transaction`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011984781

    Operation: ``query_qrcode_ride_transaction`` (GET /v3/qrcode/transactions/out-trade-no/{out_trade_no})

    Args:
        out_trade_no (str):
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        QrcodeRideTransaction
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
        sub_mchid=sub_mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
) -> Response[QrcodeRideTransaction]:
    """查询订单

    查询订单 — reads a ride deduction order by the merchant order number: its state
    (`SUCCESS`, `ACCEPTED`, `PAY_FAIL`, `REFUND`), the payment and, for an advanced fare, the
    user's repayment. This is the lookup that settles an unclear outcome of
    `create_qrcode_ride_transaction`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011984781

    Operation: ``query_qrcode_ride_transaction`` (GET /v3/qrcode/transactions/out-trade-no/{out_trade_no})

    Args:
        out_trade_no (str):
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[QrcodeRideTransaction]
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
        sub_mchid=sub_mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_trade_no: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
) -> QrcodeRideTransaction:
    """查询订单

    查询订单 — reads a ride deduction order by the merchant order number: its state
    (`SUCCESS`, `ACCEPTED`, `PAY_FAIL`, `REFUND`), the payment and, for an advanced fare, the
    user's repayment. This is the lookup that settles an unclear outcome of
    `create_qrcode_ride_transaction`. Read-only; safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v2/merchant/4011984781

    Operation: ``query_qrcode_ride_transaction`` (GET /v3/qrcode/transactions/out-trade-no/{out_trade_no})

    Args:
        out_trade_no (str):
        sub_mchid (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        QrcodeRideTransaction
    """

    kwargs = _get_kwargs(
        out_trade_no=out_trade_no,
        sub_mchid=sub_mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
