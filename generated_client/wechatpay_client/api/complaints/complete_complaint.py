# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint_complete_request import ComplaintCompleteRequest
from ...types import Response

OPERATION_ID = "complete_complaint"


def _get_kwargs(
    complaint_id: str,
    *,
    body: ComplaintCompleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/merchant-service/complaints-v2/{complaint_id}/complete".format(
            complaint_id=quote(str(complaint_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, ComplaintCompleteRequest)
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
    complaint_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ComplaintCompleteRequest,
) -> Response[None]:
    """反馈处理完成

    反馈处理完成 — tells WeChat Pay that the merchant has finished handling the complaint;
    the user is then asked to rate the handling. Call it only after the problem is really
    solved: users who complain again count against the merchant's complaint-handling
    record. Success is `204 No Content` (still signed).

    After a timeout or 5XX, check `complaint_state` (`PROCESSED`) with `query_complaint`
    before calling again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467255

    Operation: ``complete_complaint`` (POST /v3/merchant-service/complaints-v2/{complaint_id}/complete)

    Args:
        complaint_id (str):
        body (ComplaintCompleteRequest): 反馈处理完成请求 — marks a complaint handled.

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
        complaint_id=complaint_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    complaint_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ComplaintCompleteRequest,
) -> Response[None]:
    """反馈处理完成

    反馈处理完成 — tells WeChat Pay that the merchant has finished handling the complaint;
    the user is then asked to rate the handling. Call it only after the problem is really
    solved: users who complain again count against the merchant's complaint-handling
    record. Success is `204 No Content` (still signed).

    After a timeout or 5XX, check `complaint_state` (`PROCESSED`) with `query_complaint`
    before calling again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467255

    Operation: ``complete_complaint`` (POST /v3/merchant-service/complaints-v2/{complaint_id}/complete)

    Args:
        complaint_id (str):
        body (ComplaintCompleteRequest): 反馈处理完成请求 — marks a complaint handled.

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
        complaint_id=complaint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
