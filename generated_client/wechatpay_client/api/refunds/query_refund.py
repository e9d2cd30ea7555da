# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.refund import Refund
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_refund"


def _get_kwargs(
    out_refund_no: str,
    *,
    sub_mchid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sub_mchid"] = sub_mchid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/refund/domestic/refunds/{out_refund_no}".format(
            out_refund_no=quote(str(out_refund_no), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

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
    out_refund_no: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
) -> Response[Refund]:
    """查询单笔退款（按商户退款单号）

    查询单笔退款 — look up one refund by the merchant refund number. A refund is not
    settled at once, so poll at intervals (starting about a minute after `create_refund`,
    then less often): money back to the user's balance (零钱) normally arrives within minutes,
    money back to a bank card can take a few working days.

    This is the lookup that resolves an unclear outcome of `create_refund` and
    `apply_abnormal_refund`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791863

    Operation: ``query_refund`` (GET /v3/refund/domestic/refunds/{out_refund_no})

    Args:
        out_refund_no (str):
        sub_mchid (str | Unset):

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
        out_refund_no=out_refund_no,
        sub_mchid=sub_mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    out_refund_no: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
) -> Refund:
    """查询单笔退款（按商户退款单号）

    查询单笔退款 — look up one refund by the merchant refund number. A refund is not
    settled at once, so poll at intervals (starting about a minute after `create_refund`,
    then less often): money back to the user's balance (零钱) normally arrives within minutes,
    money back to a bank card can take a few working days.

    This is the lookup that resolves an unclear outcome of `create_refund` and
    `apply_abnormal_refund`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791863

    Operation: ``query_refund`` (GET /v3/refund/domestic/refunds/{out_refund_no})

    Args:
        out_refund_no (str):
        sub_mchid (str | Unset):

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
        out_refund_no=out_refund_no,
        sub_mchid=sub_mchid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    out_refund_no: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
) -> Response[Refund]:
    """查询单笔退款（按商户退款单号）

    查询单笔退款 — look up one refund by the merchant refund number. A refund is not
    settled at once, so poll at intervals (starting about a minute after `create_refund`,
    then less often): money back to the user's balance (零钱) normally arrives within minutes,
    money back to a bank card can take a few working days.

    This is the lookup that resolves an unclear outcome of `create_refund` and
    `apply_abnormal_refund`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791863

    Operation: ``query_refund`` (GET /v3/refund/domestic/refunds/{out_refund_no})

    Args:
        out_refund_no (str):
        sub_mchid (str | Unset):

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
        out_refund_no=out_refund_no,
        sub_mchid=sub_mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    out_refund_no: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
) -> Refund:
    """查询单笔退款（按商户退款单号）

    查询单笔退款 — look up one refund by the merchant refund number. A refund is not
    settled at once, so poll at intervals (starting about a minute after `create_refund`,
    then less often): money back to the user's balance (零钱) normally arrives within minutes,
    money back to a bank card can take a few working days.

    This is the lookup that resolves an unclear outcome of `create_refund` and
    `apply_abnormal_refund`. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012791863

    Operation: ``query_refund`` (GET /v3/refund/domestic/refunds/{out_refund_no})

    Args:
        out_refund_no (str):
        sub_mchid (str | Unset):

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
        out_refund_no=out_refund_no,
        sub_mchid=sub_mchid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
