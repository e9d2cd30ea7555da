# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fapiao_application import FapiaoApplication
from ...types import UNSET, Response, Unset

OPERATION_ID = "query_fapiao"


def _get_kwargs(
    fapiao_apply_id: str,
    *,
    sub_mchid: str | Unset = UNSET,
    fapiao_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sub_mchid"] = sub_mchid

    params["fapiao_id"] = fapiao_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}".format(
            fapiao_apply_id=quote(str(fapiao_apply_id), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FapiaoApplication:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FapiaoApplication)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FapiaoApplication]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    fapiao_apply_id: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    fapiao_id: str | Unset = UNSET,
) -> Response[FapiaoApplication]:
    """查询电子发票

    查询电子发票 — reads the fapiao of one application: status of each fapiao (issue
    accepted, issued, reverse accepted, reversed, and in the 数电 mode issue/reverse
    failed), the blue and red fapiao numbers, the card-wallet state, amounts, seller, buyer
    and lines. Pass `fapiao_id` to read one fapiao only.

    This is the lookup that settles an unclear outcome of `issue_fapiao`, `reverse_fapiao`
    and `insert_fapiao_cards`, and how their asynchronous results are followed when no
    notification arrived. The buyer's `phone` and `email` come back encrypted with the
    merchant's key; the SDK decrypts them after verifying the answer. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012531753

    Operation: ``query_fapiao`` (GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id})

    Args:
        fapiao_apply_id (str):
        sub_mchid (str | Unset):
        fapiao_id (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FapiaoApplication]
    """

    kwargs = _get_kwargs(
        fapiao_apply_id=fapiao_apply_id,
        sub_mchid=sub_mchid,
        fapiao_id=fapiao_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    fapiao_apply_id: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    fapiao_id: str | Unset = UNSET,
) -> FapiaoApplication:
    """查询电子发票

    查询电子发票 — reads the fapiao of one application: status of each fapiao (issue
    accepted, issued, reverse accepted, reversed, and in the 数电 mode issue/reverse
    failed), the blue and red fapiao numbers, the card-wallet state, amounts, seller, buyer
    and lines. Pass `fapiao_id` to read one fapiao only.

    This is the lookup that settles an unclear outcome of `issue_fapiao`, `reverse_fapiao`
    and `insert_fapiao_cards`, and how their asynchronous results are followed when no
    notification arrived. The buyer's `phone` and `email` come back encrypted with the
    merchant's key; the SDK decrypts them after verifying the answer. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012531753

    Operation: ``query_fapiao`` (GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id})

    Args:
        fapiao_apply_id (str):
        sub_mchid (str | Unset):
        fapiao_id (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FapiaoApplication
    """

    kwargs = _get_kwargs(
        fapiao_apply_id=fapiao_apply_id,
        sub_mchid=sub_mchid,
        fapiao_id=fapiao_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    fapiao_apply_id: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    fapiao_id: str | Unset = UNSET,
) -> Response[FapiaoApplication]:
    """查询电子发票

    查询电子发票 — reads the fapiao of one application: status of each fapiao (issue
    accepted, issued, reverse accepted, reversed, and in the 数电 mode issue/reverse
    failed), the blue and red fapiao numbers, the card-wallet state, amounts, seller, buyer
    and lines. Pass `fapiao_id` to read one fapiao only.

    This is the lookup that settles an unclear outcome of `issue_fapiao`, `reverse_fapiao`
    and `insert_fapiao_cards`, and how their asynchronous results are followed when no
    notification arrived. The buyer's `phone` and `email` come back encrypted with the
    merchant's key; the SDK decrypts them after verifying the answer. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012531753

    Operation: ``query_fapiao`` (GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id})

    Args:
        fapiao_apply_id (str):
        sub_mchid (str | Unset):
        fapiao_id (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FapiaoApplication]
    """

    kwargs = _get_kwargs(
        fapiao_apply_id=fapiao_apply_id,
        sub_mchid=sub_mchid,
        fapiao_id=fapiao_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fapiao_apply_id: str,
    *,
    client: AuthenticatedClient | Client,
    sub_mchid: str | Unset = UNSET,
    fapiao_id: str | Unset = UNSET,
) -> FapiaoApplication:
    """查询电子发票

    查询电子发票 — reads the fapiao of one application: status of each fapiao (issue
    accepted, issued, reverse accepted, reversed, and in the 数电 mode issue/reverse
    failed), the blue and red fapiao numbers, the card-wallet state, amounts, seller, buyer
    and lines. Pass `fapiao_id` to read one fapiao only.

    This is the lookup that settles an unclear outcome of `issue_fapiao`, `reverse_fapiao`
    and `insert_fapiao_cards`, and how their asynchronous results are followed when no
    notification arrived. The buyer's `phone` and `email` come back encrypted with the
    merchant's key; the SDK decrypts them after verifying the answer. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012531753

    Operation: ``query_fapiao`` (GET /v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id})

    Args:
        fapiao_apply_id (str):
        sub_mchid (str | Unset):
        fapiao_id (str | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FapiaoApplication
    """

    kwargs = _get_kwargs(
        fapiao_apply_id=fapiao_apply_id,
        sub_mchid=sub_mchid,
        fapiao_id=fapiao_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
