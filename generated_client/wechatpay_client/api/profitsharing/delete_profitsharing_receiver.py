# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.profitsharing_receiver_delete_request import ProfitsharingReceiverDeleteRequest
from ...models.profitsharing_receiver_delete_response import ProfitsharingReceiverDeleteResponse
from ...types import Response

OPERATION_ID = "delete_profitsharing_receiver"


def _get_kwargs(
    *,
    body: ProfitsharingReceiverDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/profitsharing/receivers/delete",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, ProfitsharingReceiverDeleteRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProfitsharingReceiverDeleteResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, ProfitsharingReceiverDeleteResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProfitsharingReceiverDeleteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProfitsharingReceiverDeleteRequest,
) -> Response[ProfitsharingReceiverDeleteResponse]:
    """删除分账接收方

    删除分账接收方 — takes a receiver off the merchant's receiver list; from then on, splits
    to it are refused.

    No lookup of the receiver list exists, so an unclear outcome cannot be checked; the docs
    do not say what deleting a receiver that is not on the list does.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529590

    Operation: ``delete_profitsharing_receiver`` (POST /v3/profitsharing/receivers/delete)

    Args:
        body (ProfitsharingReceiverDeleteRequest): 删除分账接收方请求 — delete-receiver request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ProfitsharingReceiverDeleteResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ProfitsharingReceiverDeleteRequest,
) -> ProfitsharingReceiverDeleteResponse:
    """删除分账接收方

    删除分账接收方 — takes a receiver off the merchant's receiver list; from then on, splits
    to it are refused.

    No lookup of the receiver list exists, so an unclear outcome cannot be checked; the docs
    do not say what deleting a receiver that is not on the list does.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529590

    Operation: ``delete_profitsharing_receiver`` (POST /v3/profitsharing/receivers/delete)

    Args:
        body (ProfitsharingReceiverDeleteRequest): 删除分账接收方请求 — delete-receiver request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ProfitsharingReceiverDeleteResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProfitsharingReceiverDeleteRequest,
) -> Response[ProfitsharingReceiverDeleteResponse]:
    """删除分账接收方

    删除分账接收方 — takes a receiver off the merchant's receiver list; from then on, splits
    to it are refused.

    No lookup of the receiver list exists, so an unclear outcome cannot be checked; the docs
    do not say what deleting a receiver that is not on the list does.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529590

    Operation: ``delete_profitsharing_receiver`` (POST /v3/profitsharing/receivers/delete)

    Args:
        body (ProfitsharingReceiverDeleteRequest): 删除分账接收方请求 — delete-receiver request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ProfitsharingReceiverDeleteResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProfitsharingReceiverDeleteRequest,
) -> ProfitsharingReceiverDeleteResponse:
    """删除分账接收方

    删除分账接收方 — takes a receiver off the merchant's receiver list; from then on, splits
    to it are refused.

    No lookup of the receiver list exists, so an unclear outcome cannot be checked; the docs
    do not say what deleting a receiver that is not on the list does.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012529590

    Operation: ``delete_profitsharing_receiver`` (POST /v3/profitsharing/receivers/delete)

    Args:
        body (ProfitsharingReceiverDeleteRequest): 删除分账接收方请求 — delete-receiver request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ProfitsharingReceiverDeleteResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
