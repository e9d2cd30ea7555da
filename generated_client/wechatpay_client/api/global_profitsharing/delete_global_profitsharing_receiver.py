# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_profitsharing_receiver_delete_request import GlobalProfitsharingReceiverDeleteRequest
from ...types import Response

OPERATION_ID = "delete_global_profitsharing_receiver"


def _get_kwargs(
    *,
    body: GlobalProfitsharingReceiverDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/global/profit-sharing/receivers",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GlobalProfitsharingReceiverDeleteRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return  # a no-content success under another 2xx status: nothing to decode, the call succeeded
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalProfitsharingReceiverDeleteRequest,
) -> Response[None]:
    """删除分账接收方

    删除分账接收方 — takes a receiver off the merchant's cross-border receiver list; splits
    to it are refused from then on. Note the method: `DELETE` with a JSON body naming the
    receiver. Answers `204` with no body.

    Not documented as idempotent, and the docs do not say what the receiver query returns
    for a deleted receiver, so an unclear outcome cannot be confirmed.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013027316

    Operation: ``delete_global_profitsharing_receiver`` (DELETE /v3/global/profit-sharing/receivers)

    Args:
        body (GlobalProfitsharingReceiverDeleteRequest): 删除分账接收方请求 — the receiver to remove.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalProfitsharingReceiverDeleteRequest,
) -> Response[None]:
    """删除分账接收方

    删除分账接收方 — takes a receiver off the merchant's cross-border receiver list; splits
    to it are refused from then on. Note the method: `DELETE` with a JSON body naming the
    receiver. Answers `204` with no body.

    Not documented as idempotent, and the docs do not say what the receiver query returns
    for a deleted receiver, so an unclear outcome cannot be confirmed.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013027316

    Operation: ``delete_global_profitsharing_receiver`` (DELETE /v3/global/profit-sharing/receivers)

    Args:
        body (GlobalProfitsharingReceiverDeleteRequest): 删除分账接收方请求 — the receiver to remove.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
