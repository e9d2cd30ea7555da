# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint_immediate_service_request import ComplaintImmediateServiceRequest
from ...models.complaint_immediate_service_response import ComplaintImmediateServiceResponse
from ...types import Response

OPERATION_ID = "respond_complaint_immediate_service"


def _get_kwargs(
    complaint_id: str,
    *,
    body: ComplaintImmediateServiceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/merchant-service/complaints-v2/{complaint_id}/response-immediate-service".format(
            complaint_id=quote(str(complaint_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, ComplaintImmediateServiceRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ComplaintImmediateServiceResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, ComplaintImmediateServiceResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ComplaintImmediateServiceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    complaint_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ComplaintImmediateServiceRequest,
) -> Response[ComplaintImmediateServiceResponse]:
    """回复需要即时服务的投诉单

    回复需要即时服务的投诉单 — replies to a complaint flagged `need_immediate_service: true`
    with a rich message (`message.blocks`: text, image, link, FAQ list, button, button
    group). Images are `media_id`s from `upload_complaint_image`. The first reply moves the
    complaint from `PENDING` to `PROCESSING`; the answer returns the `log_id` of the entry
    written to the complaint log.

    - `idempotent_id` (for example a UUID) makes the call idempotent: WeChat Pay handles a
      given `idempotent_id` once, so resending the identical request after a timeout or 5XX
      is safe. Use a new `idempotent_id` only for a new message.
    - The reply can be seen in `list_complaint_negotiation_history`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017151596

    Operation: ``respond_complaint_immediate_service`` (POST /v3/merchant-service/complaints-v2/{complaint_id}/response-immediate-service)

    Args:
        complaint_id (str):
        body (ComplaintImmediateServiceRequest): 回复需要即时服务的投诉单请求 — a rich reply to an immediate-
            service complaint.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ComplaintImmediateServiceResponse]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    complaint_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ComplaintImmediateServiceRequest,
) -> ComplaintImmediateServiceResponse:
    """回复需要即时服务的投诉单

    回复需要即时服务的投诉单 — replies to a complaint flagged `need_immediate_service: true`
    with a rich message (`message.blocks`: text, image, link, FAQ list, button, button
    group). Images are `media_id`s from `upload_complaint_image`. The first reply moves the
    complaint from `PENDING` to `PROCESSING`; the answer returns the `log_id` of the entry
    written to the complaint log.

    - `idempotent_id` (for example a UUID) makes the call idempotent: WeChat Pay handles a
      given `idempotent_id` once, so resending the identical request after a timeout or 5XX
      is safe. Use a new `idempotent_id` only for a new message.
    - The reply can be seen in `list_complaint_negotiation_history`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017151596

    Operation: ``respond_complaint_immediate_service`` (POST /v3/merchant-service/complaints-v2/{complaint_id}/response-immediate-service)

    Args:
        complaint_id (str):
        body (ComplaintImmediateServiceRequest): 回复需要即时服务的投诉单请求 — a rich reply to an immediate-
            service complaint.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ComplaintImmediateServiceResponse
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    complaint_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ComplaintImmediateServiceRequest,
) -> Response[ComplaintImmediateServiceResponse]:
    """回复需要即时服务的投诉单

    回复需要即时服务的投诉单 — replies to a complaint flagged `need_immediate_service: true`
    with a rich message (`message.blocks`: text, image, link, FAQ list, button, button
    group). Images are `media_id`s from `upload_complaint_image`. The first reply moves the
    complaint from `PENDING` to `PROCESSING`; the answer returns the `log_id` of the entry
    written to the complaint log.

    - `idempotent_id` (for example a UUID) makes the call idempotent: WeChat Pay handles a
      given `idempotent_id` once, so resending the identical request after a timeout or 5XX
      is safe. Use a new `idempotent_id` only for a new message.
    - The reply can be seen in `list_complaint_negotiation_history`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017151596

    Operation: ``respond_complaint_immediate_service`` (POST /v3/merchant-service/complaints-v2/{complaint_id}/response-immediate-service)

    Args:
        complaint_id (str):
        body (ComplaintImmediateServiceRequest): 回复需要即时服务的投诉单请求 — a rich reply to an immediate-
            service complaint.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[ComplaintImmediateServiceResponse]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    complaint_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ComplaintImmediateServiceRequest,
) -> ComplaintImmediateServiceResponse:
    """回复需要即时服务的投诉单

    回复需要即时服务的投诉单 — replies to a complaint flagged `need_immediate_service: true`
    with a rich message (`message.blocks`: text, image, link, FAQ list, button, button
    group). Images are `media_id`s from `upload_complaint_image`. The first reply moves the
    complaint from `PENDING` to `PROCESSING`; the answer returns the `log_id` of the entry
    written to the complaint log.

    - `idempotent_id` (for example a UUID) makes the call idempotent: WeChat Pay handles a
      given `idempotent_id` once, so resending the identical request after a timeout or 5XX
      is safe. Use a new `idempotent_id` only for a new message.
    - The reply can be seen in `list_complaint_negotiation_history`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4017151596

    Operation: ``respond_complaint_immediate_service`` (POST /v3/merchant-service/complaints-v2/{complaint_id}/response-immediate-service)

    Args:
        complaint_id (str):
        body (ComplaintImmediateServiceRequest): 回复需要即时服务的投诉单请求 — a rich reply to an immediate-
            service complaint.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        ComplaintImmediateServiceResponse
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
