# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint_response_request import ComplaintResponseRequest
from ...types import Response

OPERATION_ID = "respond_complaint"


def _get_kwargs(
    complaint_id: str,
    *,
    body: ComplaintResponseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/merchant-service/complaints-v2/{complaint_id}/response".format(
            complaint_id=quote(str(complaint_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, ComplaintResponseRequest)
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
    body: ComplaintResponseRequest,
) -> Response[None]:
    """回复用户

    回复用户 — sends the merchant's reply to the user who filed the complaint: text (up to
    500 characters), up to 4 images uploaded first with `upload_complaint_image`
    (`response_images` takes their `media_id`s), and optionally a link (`jump_url` with its
    `jump_url_text`, which must come together) or a mini-program page. Links and
    mini-program pages are a restricted feature that has to be enabled for the merchant.

    - The first reply moves a `PENDING` complaint to `PROCESSING`. Success is `204 No
      Content` (still signed).
    - Not documented as idempotent: a resend would post the reply twice. After a timeout
      or 5XX, look for the reply (`MERCHANT_RESPONSE`) with
      `list_complaint_negotiation_history` before sending again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467254

    Operation: ``respond_complaint`` (POST /v3/merchant-service/complaints-v2/{complaint_id}/response)

    Args:
        complaint_id (str):
        body (ComplaintResponseRequest): 回复用户请求 — the merchant's reply. `jump_url` and
            `jump_url_text` go together;
            links and mini-program pages must be enabled for the merchant first.

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
    body: ComplaintResponseRequest,
) -> Response[None]:
    """回复用户

    回复用户 — sends the merchant's reply to the user who filed the complaint: text (up to
    500 characters), up to 4 images uploaded first with `upload_complaint_image`
    (`response_images` takes their `media_id`s), and optionally a link (`jump_url` with its
    `jump_url_text`, which must come together) or a mini-program page. Links and
    mini-program pages are a restricted feature that has to be enabled for the merchant.

    - The first reply moves a `PENDING` complaint to `PROCESSING`. Success is `204 No
      Content` (still signed).
    - Not documented as idempotent: a resend would post the reply twice. After a timeout
      or 5XX, look for the reply (`MERCHANT_RESPONSE`) with
      `list_complaint_negotiation_history` before sending again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467254

    Operation: ``respond_complaint`` (POST /v3/merchant-service/complaints-v2/{complaint_id}/response)

    Args:
        complaint_id (str):
        body (ComplaintResponseRequest): 回复用户请求 — the merchant's reply. `jump_url` and
            `jump_url_text` go together;
            links and mini-program pages must be enabled for the merchant first.

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
