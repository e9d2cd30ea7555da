# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint_refund_progress_request import ComplaintRefundProgressRequest
from ...types import Response

OPERATION_ID = "update_complaint_refund_progress"


def _get_kwargs(
    complaint_id: str,
    *,
    body: ComplaintRefundProgressRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/merchant-service/complaints-v2/{complaint_id}/update-refund-progress".format(
            complaint_id=quote(str(complaint_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, ComplaintRefundProgressRequest)
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
    body: ComplaintRefundProgressRequest,
) -> Response[None]:
    """更新退款审批结果

    更新退款审批结果 — answers a complaint in which the user asks for a refund
    (`problem_type: REFUND`): `APPROVE` with the number of working days until the refund
    is started (`launch_refund_day`, 0 = today), or `REJECT` with the reason
    (`reject_reason`) and up to 4 evidence images (`reject_media_list`, `media_id`s from
    `upload_complaint_image`).

    - Approving does not move money: start the refund yourself with `create_refund`; when
      it arrives, the complaint becomes handled on its own. A rejection also closes the
      complaint as handled. Success is `204 No Content` (still signed).
    - Not documented as idempotent. After a timeout or 5XX, look for the decision
      (`MERCHANT_APPROVE_REFUND` / `MERCHANT_REFUSE_RERUND`, upstream spelling) with
      `list_complaint_negotiation_history` before calling again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467256

    Operation: ``update_complaint_refund_progress`` (POST /v3/merchant-service/complaints-v2/{complaint_id}/update-refund-progress)

    Args:
        complaint_id (str):
        body (ComplaintRefundProgressRequest): 更新退款审批结果请求 — the merchant's decision on a refund
            request: `APPROVE` with
            `launch_refund_day`, or `REJECT` with `reject_reason` (and optional evidence images).

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
    body: ComplaintRefundProgressRequest,
) -> Response[None]:
    """更新退款审批结果

    更新退款审批结果 — answers a complaint in which the user asks for a refund
    (`problem_type: REFUND`): `APPROVE` with the number of working days until the refund
    is started (`launch_refund_day`, 0 = today), or `REJECT` with the reason
    (`reject_reason`) and up to 4 evidence images (`reject_media_list`, `media_id`s from
    `upload_complaint_image`).

    - Approving does not move money: start the refund yourself with `create_refund`; when
      it arrives, the complaint becomes handled on its own. A rejection also closes the
      complaint as handled. Success is `204 No Content` (still signed).
    - Not documented as idempotent. After a timeout or 5XX, look for the decision
      (`MERCHANT_APPROVE_REFUND` / `MERCHANT_REFUSE_RERUND`, upstream spelling) with
      `list_complaint_negotiation_history` before calling again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467256

    Operation: ``update_complaint_refund_progress`` (POST /v3/merchant-service/complaints-v2/{complaint_id}/update-refund-progress)

    Args:
        complaint_id (str):
        body (ComplaintRefundProgressRequest): 更新退款审批结果请求 — the merchant's decision on a refund
            request: `APPROVE` with
            `launch_refund_day`, or `REJECT` with `reject_reason` (and optional evidence images).

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
