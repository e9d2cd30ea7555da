# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_refund import GlobalRefund
from ...types import UNSET, Response

OPERATION_ID = "query_global_refund_by_id"


def _get_kwargs(
    refund_id: str,
    *,
    mchid: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mchid"] = mchid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/global/refunds/id/{refund_id}".format(
            refund_id=quote(str(refund_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalRefund:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalRefund)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GlobalRefund]:
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
    mchid: str,
) -> Response[GlobalRefund]:
    """查询单笔退款(微信支付退款订单号)

    查询单笔退款 (by WeChat Pay refund number) — read one cross-border refund by the `id`
    WeChat Pay gave it, to follow a `PROCESSING` refund to `SUCCESS`, `REFUNDCLOSE` or
    `ABNORMAL`. Amounts are integers in the minor unit of their currency. Read-only; safe
    to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354684

    Operation: ``query_global_refund_by_id`` (GET /v3/global/refunds/id/{refund_id})

    Args:
        refund_id (str):
        mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalRefund]
    """

    kwargs = _get_kwargs(
        refund_id=refund_id,
        mchid=mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    refund_id: str,
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
) -> GlobalRefund:
    """查询单笔退款(微信支付退款订单号)

    查询单笔退款 (by WeChat Pay refund number) — read one cross-border refund by the `id`
    WeChat Pay gave it, to follow a `PROCESSING` refund to `SUCCESS`, `REFUNDCLOSE` or
    `ABNORMAL`. Amounts are integers in the minor unit of their currency. Read-only; safe
    to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354684

    Operation: ``query_global_refund_by_id`` (GET /v3/global/refunds/id/{refund_id})

    Args:
        refund_id (str):
        mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalRefund
    """

    kwargs = _get_kwargs(
        refund_id=refund_id,
        mchid=mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    refund_id: str,
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
) -> Response[GlobalRefund]:
    """查询单笔退款(微信支付退款订单号)

    查询单笔退款 (by WeChat Pay refund number) — read one cross-border refund by the `id`
    WeChat Pay gave it, to follow a `PROCESSING` refund to `SUCCESS`, `REFUNDCLOSE` or
    `ABNORMAL`. Amounts are integers in the minor unit of their currency. Read-only; safe
    to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354684

    Operation: ``query_global_refund_by_id`` (GET /v3/global/refunds/id/{refund_id})

    Args:
        refund_id (str):
        mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalRefund]
    """

    kwargs = _get_kwargs(
        refund_id=refund_id,
        mchid=mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    refund_id: str,
    *,
    client: AuthenticatedClient | Client,
    mchid: str,
) -> GlobalRefund:
    """查询单笔退款(微信支付退款订单号)

    查询单笔退款 (by WeChat Pay refund number) — read one cross-border refund by the `id`
    WeChat Pay gave it, to follow a `PROCESSING` refund to `SUCCESS`, `REFUNDCLOSE` or
    `ABNORMAL`. Amounts are integers in the minor unit of their currency. Read-only; safe
    to repeat.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4012354684

    Operation: ``query_global_refund_by_id`` (GET /v3/global/refunds/id/{refund_id})

    Args:
        refund_id (str):
        mchid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalRefund
    """

    kwargs = _get_kwargs(
        refund_id=refund_id,
        mchid=mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
