# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
"""Resource classes of the ``complaints`` tag: one method per operation of ``api/complaints/``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import AsyncResource, SyncResource

if TYPE_CHECKING:
    import datetime

    from ..models.complaint import Complaint
    from ..models.complaint_complete_request import ComplaintCompleteRequest
    from ..models.complaint_image_upload_request import ComplaintImageUploadRequest
    from ..models.complaint_image_upload_response import ComplaintImageUploadResponse
    from ..models.complaint_immediate_service_request import ComplaintImmediateServiceRequest
    from ..models.complaint_immediate_service_response import ComplaintImmediateServiceResponse
    from ..models.complaint_list_response import ComplaintListResponse
    from ..models.complaint_negotiation_history_response import ComplaintNegotiationHistoryResponse
    from ..models.complaint_notification_url import ComplaintNotificationUrl
    from ..models.complaint_notification_url_request import ComplaintNotificationUrlRequest
    from ..models.complaint_refund_progress_request import ComplaintRefundProgressRequest
    from ..models.complaint_response_request import ComplaintResponseRequest
    from ..types import File, Response, Unset


class ComplaintsResource(SyncResource):
    """``complaints`` (typed results).

    风险合规∙消费者投诉 — consumer complaints 2.0 for direct merchants: register the complaint
    notification address, list and read complaints and their negotiation history, reply to
    the user (also for immediate-service complaints), answer refund requests, mark a
    complaint handled, and upload / download complaint images. Paths under
    `/v3/merchant-service/complaint-notifications`, `/v3/merchant-service/complaints-v2/`
    and `/v3/merchant-service/images/`.
    """

    __slots__ = ()

    def complete_complaint(self, complaint_id: str, *, body: ComplaintCompleteRequest | Mapping[str, Any]) -> None:
        """反馈处理完成

        反馈处理完成 — tells WeChat Pay that the merchant has finished handling the complaint;
        the user is then asked to rate the handling. Call it only after the problem is really
        solved: users who complain again count against the merchant's complaint-handling
        record. Success is `204 No Content` (still signed).

        After a timeout or 5XX, check `complaint_state` (`PROCESSED`) with `query_complaint`
        before calling again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467255

        Operation: ``complete_complaint`` (POST /v3/merchant-service/complaints-v2/{complaint_id}/complete); function: ``api.complaints.complete_complaint``.
        """
        from ..api.complaints import complete_complaint as _op

        self._invoker.call(_op.sync_detailed, complaint_id=complaint_id, body=body)

    def create_complaint_notification(
        self, *, body: ComplaintNotificationUrlRequest | Mapping[str, Any]
    ) -> ComplaintNotificationUrl:
        """创建投诉通知回调地址

        创建投诉通知回调地址 — registers the HTTPS address to which WeChat Pay pushes complaint
        events (`COMPLAINT.CREATE` when a user files a complaint, `COMPLAINT.STATE_CHANGE` when
        it moves on; see `ComplaintNotificationResource`). A merchant has one address; change
        it with `update_complaint_notification` and remove it with
        `delete_complaint_notification`.

        - The answer echoes the merchant ID and the stored address.
        - Not documented as idempotent. After a timeout or 5XX, read the stored address with
          `query_complaint_notification` before calling again (an address that already exists
          is changed with the update operation, not created twice).

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458679

        Operation: ``create_complaint_notification`` (POST /v3/merchant-service/complaint-notifications); function: ``api.complaints.create_complaint_notification``.
        """
        from ..api.complaints import create_complaint_notification as _op

        return self._invoker.call(_op.sync, body=body)

    def delete_complaint_notification(self) -> None:
        """删除投诉通知回调地址

        删除投诉通知回调地址 — removes the registered complaint notification address, which
        stops the `COMPLAINT.*` pushes. Complaints still exist and can be read with
        `list_complaints`. Success is `204 No Content` (still signed).

        After an unclear outcome, `query_complaint_notification` tells whether an address is
        still registered (an error answer saying it does not exist means the delete took
        effect).

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460452

        Operation: ``delete_complaint_notification`` (DELETE /v3/merchant-service/complaint-notifications); function: ``api.complaints.delete_complaint_notification``.
        """
        from ..api.complaints import delete_complaint_notification as _op

        self._invoker.call(_op.sync_detailed)

    def download_complaint_image(self, media_id: str) -> File:
        """图片请求接口

        图片请求接口 (图片下载) — downloads an image of a complaint: the URLs in
        `complaint_media_list[].media_url` (complaint detail and negotiation history) and in
        `image_list` have the form `https://api.mch.weixin.qq.com/v3/merchant-service/images/<id>`.
        Pass `<id>` percent-decoded as `media_id`; the SDK encodes it again (the IDs contain
        `=` and may contain `+` or `/`).

        - The request is signed like any GET.
        - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
          false`): it is the raw image stream, and no signed digest of it is published, so its
          integrity rests on TLS alone.
        - Users' own complaint images may only be visible to merchants whitelisted by WeChat
          Pay. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467251

        Operation: ``download_complaint_image`` (GET /v3/merchant-service/images/{media_id}); function: ``api.complaints.download_complaint_image``.
        """
        from ..api.complaints import download_complaint_image as _op

        return self._invoker.call(_op.sync, media_id=media_id)

    def list_complaint_negotiation_history(
        self, complaint_id: str, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET
    ) -> ComplaintNegotiationHistoryResponse:
        """查询投诉单协商历史

        查询投诉单协商历史 — pages through the log of a complaint: every user message, merchant
        reply, refund decision, platform action and system message, each with its
        `operate_type`, operator, time and content (plain text in `operate_details`, rich
        messages in `normal_message`). Note the path spelling `negotiation-historys`.

        - `limit` is 1 to 300 (the older page gives 100 as the default); when WeChat Pay says
          the answer is too large, ask for a smaller page. `total_count` is returned when
          `offset` is 0.
        - This is the lookup that shows whether a reply (`respond_complaint`,
          `respond_complaint_immediate_service`) or a refund decision
          (`update_complaint_refund_progress`) was recorded. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012533439

        Operation: ``list_complaint_negotiation_history`` (GET /v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys); function: ``api.complaints.list_complaint_negotiation_history``.
        """
        from ..api.complaints import list_complaint_negotiation_history as _op

        return self._invoker.call(_op.sync, complaint_id=complaint_id, limit=limit, offset=offset)

    def list_complaints(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        begin_date: datetime.date,
        end_date: datetime.date,
        complainted_mchid: str | Unset = UNSET,
    ) -> ComplaintListResponse:
        """查询投诉单列表

        查询投诉单列表 — pages through the complaints filed against the merchant between
        `begin_date` and `end_date` (complaint dates, `YYYY-MM-DD`; the span may be at most 30
        days). `limit` is 1 to 50 per page; `offset` counts from 0. `total_count` is the number
        of complaints in the range.

        - Each entry carries the complaint state (`PENDING`, `PROCESSING`, `PROCESSED`), the
          related orders, whether there is an unanswered user message
          (`incoming_user_response`) and whether the complaint needs immediate service
          (`need_immediate_service`, answered with `respond_complaint_immediate_service`).
        - `payer_phone` arrives encrypted with the merchant's API certificate key; the SDK
          decrypts it after verifying the answer.
        - `complainted_mchid` filters by the merchant complained about; direct merchants
          normally omit it. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012533431

        Operation: ``list_complaints`` (GET /v3/merchant-service/complaints-v2); function: ``api.complaints.list_complaints``.
        """
        from ..api.complaints import list_complaints as _op

        return self._invoker.call(
            _op.sync,
            limit=limit,
            offset=offset,
            begin_date=begin_date,
            end_date=end_date,
            complainted_mchid=complainted_mchid,
        )

    def query_complaint(self, complaint_id: str) -> Complaint:
        """查询投诉单详情

        查询投诉单详情 — reads one complaint: what the user wrote, its state, the related
        payment and service orders, the problem type, the amount the user asks back
        (`apply_refund_amount`, fen), attached images (`complaint_media_list`, fetch them with
        `download_complaint_image`) and the user's contact details.

        - `payer_phone` arrives encrypted with the merchant's API certificate key; the SDK
          decrypts it after verifying the answer.
        - This is the lookup after a `COMPLAINT.*` notification, and the one that settles an
          unclear outcome of `complete_complaint` (`complaint_state` becomes `PROCESSED`).
          Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012533436

        Operation: ``query_complaint`` (GET /v3/merchant-service/complaints-v2/{complaint_id}); function: ``api.complaints.query_complaint``.
        """
        from ..api.complaints import query_complaint as _op

        return self._invoker.call(_op.sync, complaint_id=complaint_id)

    def query_complaint_notification(self) -> ComplaintNotificationUrl:
        """查询投诉通知回调地址

        查询投诉通知回调地址 — reads the complaint notification address currently registered
        for the merchant. When none is registered, WeChat Pay answers with an error
        (`RESOURCE_NOT_EXISTS` on the older pages). This is the lookup that settles an unclear
        outcome of the create, update and delete operations. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012459014

        Operation: ``query_complaint_notification`` (GET /v3/merchant-service/complaint-notifications); function: ``api.complaints.query_complaint_notification``.
        """
        from ..api.complaints import query_complaint_notification as _op

        return self._invoker.call(_op.sync)

    def respond_complaint(self, complaint_id: str, *, body: ComplaintResponseRequest | Mapping[str, Any]) -> None:
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

        Operation: ``respond_complaint`` (POST /v3/merchant-service/complaints-v2/{complaint_id}/response); function: ``api.complaints.respond_complaint``.
        """
        from ..api.complaints import respond_complaint as _op

        self._invoker.call(_op.sync_detailed, complaint_id=complaint_id, body=body)

    def respond_complaint_immediate_service(
        self, complaint_id: str, *, body: ComplaintImmediateServiceRequest | Mapping[str, Any]
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

        Operation: ``respond_complaint_immediate_service`` (POST /v3/merchant-service/complaints-v2/{complaint_id}/response-immediate-service); function: ``api.complaints.respond_complaint_immediate_service``.
        """
        from ..api.complaints import respond_complaint_immediate_service as _op

        return self._invoker.call(_op.sync, complaint_id=complaint_id, body=body)

    def update_complaint_notification(
        self, *, body: ComplaintNotificationUrlRequest | Mapping[str, Any]
    ) -> ComplaintNotificationUrl:
        """更新投诉通知回调地址

        更新投诉通知回调地址 — replaces the registered complaint notification address with a new
        HTTPS address; later `COMPLAINT.*` events go to the new one.

        Setting the same address twice leaves the same state, but the call is not documented
        as idempotent: after a timeout or 5XX, read the address with
        `query_complaint_notification` and repeat only if it still differs.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012459282

        Operation: ``update_complaint_notification`` (PUT /v3/merchant-service/complaint-notifications); function: ``api.complaints.update_complaint_notification``.
        """
        from ..api.complaints import update_complaint_notification as _op

        return self._invoker.call(_op.sync, body=body)

    def update_complaint_refund_progress(
        self, complaint_id: str, *, body: ComplaintRefundProgressRequest | Mapping[str, Any]
    ) -> None:
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

        Operation: ``update_complaint_refund_progress`` (POST /v3/merchant-service/complaints-v2/{complaint_id}/update-refund-progress); function: ``api.complaints.update_complaint_refund_progress``.
        """
        from ..api.complaints import update_complaint_refund_progress as _op

        self._invoker.call(_op.sync_detailed, complaint_id=complaint_id, body=body)

    def upload_complaint_image(self, *, body: ComplaintImageUploadRequest) -> ComplaintImageUploadResponse:
        """图片上传接口

        图片上传接口 (商户上传反馈图片) — uploads an image (JPG, BMP or PNG, at most 2 MB) for the
        complaint APIs and returns its `media_id`, which `respond_complaint`
        (`response_images`), `update_complaint_refund_progress` (`reject_media_list`) and
        `respond_complaint_immediate_service` (image blocks) take.

        Body: `multipart/form-data` with two parts, in this order: `meta` (JSON
        `{"filename": ..., "sha256": ...}`, `Content-Type: application/json`; `filename` must
        end in `.jpg`, `.bmp` or `.png`, `sha256` is the hex SHA-256 of the file bytes) and
        `file` (the bytes, with their own content type and the same file name).

        **Signing rule:** the signature covers the `meta` JSON text only, not the multipart
        body, and the `meta` part must carry exactly those bytes.

        The response is a normal signed JSON body. Not documented as idempotent; a resend only
        creates another `media_id` for the same image, and no query exists to confirm an
        unclear upload.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467250

        Operation: ``upload_complaint_image`` (POST /v3/merchant-service/images/upload); function: ``api.complaints.upload_complaint_image``.
        """
        from ..api.complaints import upload_complaint_image as _op

        return self._invoker.call(_op.sync, body=body)


class AsyncComplaintsResource(AsyncResource):
    """``complaints`` (async, typed results).

    风险合规∙消费者投诉 — consumer complaints 2.0 for direct merchants: register the complaint
    notification address, list and read complaints and their negotiation history, reply to
    the user (also for immediate-service complaints), answer refund requests, mark a
    complaint handled, and upload / download complaint images. Paths under
    `/v3/merchant-service/complaint-notifications`, `/v3/merchant-service/complaints-v2/`
    and `/v3/merchant-service/images/`.
    """

    __slots__ = ()

    async def complete_complaint(
        self, complaint_id: str, *, body: ComplaintCompleteRequest | Mapping[str, Any]
    ) -> None:
        """反馈处理完成

        反馈处理完成 — tells WeChat Pay that the merchant has finished handling the complaint;
        the user is then asked to rate the handling. Call it only after the problem is really
        solved: users who complain again count against the merchant's complaint-handling
        record. Success is `204 No Content` (still signed).

        After a timeout or 5XX, check `complaint_state` (`PROCESSED`) with `query_complaint`
        before calling again.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467255

        Operation: ``complete_complaint`` (POST /v3/merchant-service/complaints-v2/{complaint_id}/complete); function: ``api.complaints.complete_complaint``.
        """
        from ..api.complaints import complete_complaint as _op

        await self._invoker.call(_op.asyncio_detailed, complaint_id=complaint_id, body=body)

    async def create_complaint_notification(
        self, *, body: ComplaintNotificationUrlRequest | Mapping[str, Any]
    ) -> ComplaintNotificationUrl:
        """创建投诉通知回调地址

        创建投诉通知回调地址 — registers the HTTPS address to which WeChat Pay pushes complaint
        events (`COMPLAINT.CREATE` when a user files a complaint, `COMPLAINT.STATE_CHANGE` when
        it moves on; see `ComplaintNotificationResource`). A merchant has one address; change
        it with `update_complaint_notification` and remove it with
        `delete_complaint_notification`.

        - The answer echoes the merchant ID and the stored address.
        - Not documented as idempotent. After a timeout or 5XX, read the stored address with
          `query_complaint_notification` before calling again (an address that already exists
          is changed with the update operation, not created twice).

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012458679

        Operation: ``create_complaint_notification`` (POST /v3/merchant-service/complaint-notifications); function: ``api.complaints.create_complaint_notification``.
        """
        from ..api.complaints import create_complaint_notification as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def delete_complaint_notification(self) -> None:
        """删除投诉通知回调地址

        删除投诉通知回调地址 — removes the registered complaint notification address, which
        stops the `COMPLAINT.*` pushes. Complaints still exist and can be read with
        `list_complaints`. Success is `204 No Content` (still signed).

        After an unclear outcome, `query_complaint_notification` tells whether an address is
        still registered (an error answer saying it does not exist means the delete took
        effect).

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012460452

        Operation: ``delete_complaint_notification`` (DELETE /v3/merchant-service/complaint-notifications); function: ``api.complaints.delete_complaint_notification``.
        """
        from ..api.complaints import delete_complaint_notification as _op

        await self._invoker.call(_op.asyncio_detailed)

    async def download_complaint_image(self, media_id: str) -> File:
        """图片请求接口

        图片请求接口 (图片下载) — downloads an image of a complaint: the URLs in
        `complaint_media_list[].media_url` (complaint detail and negotiation history) and in
        `image_list` have the form `https://api.mch.weixin.qq.com/v3/merchant-service/images/<id>`.
        Pass `<id>` percent-decoded as `media_id`; the SDK encodes it again (the IDs contain
        `=` and may contain `+` or `/`).

        - The request is signed like any GET.
        - **The response carries no WeChat Pay signature** (`x-wechatpay-signed-response:
          false`): it is the raw image stream, and no signed digest of it is published, so its
          integrity rests on TLS alone.
        - Users' own complaint images may only be visible to merchants whitelisted by WeChat
          Pay. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467251

        Operation: ``download_complaint_image`` (GET /v3/merchant-service/images/{media_id}); function: ``api.complaints.download_complaint_image``.
        """
        from ..api.complaints import download_complaint_image as _op

        return await self._invoker.call(_op.asyncio, media_id=media_id)

    async def list_complaint_negotiation_history(
        self, complaint_id: str, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET
    ) -> ComplaintNegotiationHistoryResponse:
        """查询投诉单协商历史

        查询投诉单协商历史 — pages through the log of a complaint: every user message, merchant
        reply, refund decision, platform action and system message, each with its
        `operate_type`, operator, time and content (plain text in `operate_details`, rich
        messages in `normal_message`). Note the path spelling `negotiation-historys`.

        - `limit` is 1 to 300 (the older page gives 100 as the default); when WeChat Pay says
          the answer is too large, ask for a smaller page. `total_count` is returned when
          `offset` is 0.
        - This is the lookup that shows whether a reply (`respond_complaint`,
          `respond_complaint_immediate_service`) or a refund decision
          (`update_complaint_refund_progress`) was recorded. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012533439

        Operation: ``list_complaint_negotiation_history`` (GET /v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys); function: ``api.complaints.list_complaint_negotiation_history``.
        """
        from ..api.complaints import list_complaint_negotiation_history as _op

        return await self._invoker.call(_op.asyncio, complaint_id=complaint_id, limit=limit, offset=offset)

    async def list_complaints(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        begin_date: datetime.date,
        end_date: datetime.date,
        complainted_mchid: str | Unset = UNSET,
    ) -> ComplaintListResponse:
        """查询投诉单列表

        查询投诉单列表 — pages through the complaints filed against the merchant between
        `begin_date` and `end_date` (complaint dates, `YYYY-MM-DD`; the span may be at most 30
        days). `limit` is 1 to 50 per page; `offset` counts from 0. `total_count` is the number
        of complaints in the range.

        - Each entry carries the complaint state (`PENDING`, `PROCESSING`, `PROCESSED`), the
          related orders, whether there is an unanswered user message
          (`incoming_user_response`) and whether the complaint needs immediate service
          (`need_immediate_service`, answered with `respond_complaint_immediate_service`).
        - `payer_phone` arrives encrypted with the merchant's API certificate key; the SDK
          decrypts it after verifying the answer.
        - `complainted_mchid` filters by the merchant complained about; direct merchants
          normally omit it. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012533431

        Operation: ``list_complaints`` (GET /v3/merchant-service/complaints-v2); function: ``api.complaints.list_complaints``.
        """
        from ..api.complaints import list_complaints as _op

        return await self._invoker.call(
            _op.asyncio,
            limit=limit,
            offset=offset,
            begin_date=begin_date,
            end_date=end_date,
            complainted_mchid=complainted_mchid,
        )

    async def query_complaint(self, complaint_id: str) -> Complaint:
        """查询投诉单详情

        查询投诉单详情 — reads one complaint: what the user wrote, its state, the related
        payment and service orders, the problem type, the amount the user asks back
        (`apply_refund_amount`, fen), attached images (`complaint_media_list`, fetch them with
        `download_complaint_image`) and the user's contact details.

        - `payer_phone` arrives encrypted with the merchant's API certificate key; the SDK
          decrypts it after verifying the answer.
        - This is the lookup after a `COMPLAINT.*` notification, and the one that settles an
          unclear outcome of `complete_complaint` (`complaint_state` becomes `PROCESSED`).
          Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012533436

        Operation: ``query_complaint`` (GET /v3/merchant-service/complaints-v2/{complaint_id}); function: ``api.complaints.query_complaint``.
        """
        from ..api.complaints import query_complaint as _op

        return await self._invoker.call(_op.asyncio, complaint_id=complaint_id)

    async def query_complaint_notification(self) -> ComplaintNotificationUrl:
        """查询投诉通知回调地址

        查询投诉通知回调地址 — reads the complaint notification address currently registered
        for the merchant. When none is registered, WeChat Pay answers with an error
        (`RESOURCE_NOT_EXISTS` on the older pages). This is the lookup that settles an unclear
        outcome of the create, update and delete operations. Read-only; safe to repeat.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012459014

        Operation: ``query_complaint_notification`` (GET /v3/merchant-service/complaint-notifications); function: ``api.complaints.query_complaint_notification``.
        """
        from ..api.complaints import query_complaint_notification as _op

        return await self._invoker.call(_op.asyncio)

    async def respond_complaint(self, complaint_id: str, *, body: ComplaintResponseRequest | Mapping[str, Any]) -> None:
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

        Operation: ``respond_complaint`` (POST /v3/merchant-service/complaints-v2/{complaint_id}/response); function: ``api.complaints.respond_complaint``.
        """
        from ..api.complaints import respond_complaint as _op

        await self._invoker.call(_op.asyncio_detailed, complaint_id=complaint_id, body=body)

    async def respond_complaint_immediate_service(
        self, complaint_id: str, *, body: ComplaintImmediateServiceRequest | Mapping[str, Any]
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

        Operation: ``respond_complaint_immediate_service`` (POST /v3/merchant-service/complaints-v2/{complaint_id}/response-immediate-service); function: ``api.complaints.respond_complaint_immediate_service``.
        """
        from ..api.complaints import respond_complaint_immediate_service as _op

        return await self._invoker.call(_op.asyncio, complaint_id=complaint_id, body=body)

    async def update_complaint_notification(
        self, *, body: ComplaintNotificationUrlRequest | Mapping[str, Any]
    ) -> ComplaintNotificationUrl:
        """更新投诉通知回调地址

        更新投诉通知回调地址 — replaces the registered complaint notification address with a new
        HTTPS address; later `COMPLAINT.*` events go to the new one.

        Setting the same address twice leaves the same state, but the call is not documented
        as idempotent: after a timeout or 5XX, read the address with
        `query_complaint_notification` and repeat only if it still differs.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012459282

        Operation: ``update_complaint_notification`` (PUT /v3/merchant-service/complaint-notifications); function: ``api.complaints.update_complaint_notification``.
        """
        from ..api.complaints import update_complaint_notification as _op

        return await self._invoker.call(_op.asyncio, body=body)

    async def update_complaint_refund_progress(
        self, complaint_id: str, *, body: ComplaintRefundProgressRequest | Mapping[str, Any]
    ) -> None:
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

        Operation: ``update_complaint_refund_progress`` (POST /v3/merchant-service/complaints-v2/{complaint_id}/update-refund-progress); function: ``api.complaints.update_complaint_refund_progress``.
        """
        from ..api.complaints import update_complaint_refund_progress as _op

        await self._invoker.call(_op.asyncio_detailed, complaint_id=complaint_id, body=body)

    async def upload_complaint_image(self, *, body: ComplaintImageUploadRequest) -> ComplaintImageUploadResponse:
        """图片上传接口

        图片上传接口 (商户上传反馈图片) — uploads an image (JPG, BMP or PNG, at most 2 MB) for the
        complaint APIs and returns its `media_id`, which `respond_complaint`
        (`response_images`), `update_complaint_refund_progress` (`reject_media_list`) and
        `respond_complaint_immediate_service` (image blocks) take.

        Body: `multipart/form-data` with two parts, in this order: `meta` (JSON
        `{"filename": ..., "sha256": ...}`, `Content-Type: application/json`; `filename` must
        end in `.jpg`, `.bmp` or `.png`, `sha256` is the hex SHA-256 of the file bytes) and
        `file` (the bytes, with their own content type and the same file name).

        **Signing rule:** the signature covers the `meta` JSON text only, not the multipart
        body, and the `meta` part must carry exactly those bytes.

        The response is a normal signed JSON body. Not documented as idempotent; a resend only
        creates another `media_id` for the same image, and no query exists to confirm an
        unclear upload.

        Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467250

        Operation: ``upload_complaint_image`` (POST /v3/merchant-service/images/upload); function: ``api.complaints.upload_complaint_image``.
        """
        from ..api.complaints import upload_complaint_image as _op

        return await self._invoker.call(_op.asyncio, body=body)


class ComplaintsResourceWithRawResponse(SyncResource):
    """``complaints`` (raw responses).

    风险合规∙消费者投诉 — consumer complaints 2.0 for direct merchants: register the complaint
    notification address, list and read complaints and their negotiation history, reply to
    the user (also for immediate-service complaints), answer refund requests, mark a
    complaint handled, and upload / download complaint images. Paths under
    `/v3/merchant-service/complaint-notifications`, `/v3/merchant-service/complaints-v2/`
    and `/v3/merchant-service/images/`.
    """

    __slots__ = ()

    def complete_complaint(
        self, complaint_id: str, *, body: ComplaintCompleteRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``complete_complaint`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        反馈处理完成
        """
        from ..api.complaints import complete_complaint as _op

        return self._invoker.call(_op.sync_detailed, complaint_id=complaint_id, body=body)

    def create_complaint_notification(
        self, *, body: ComplaintNotificationUrlRequest | Mapping[str, Any]
    ) -> Response[ComplaintNotificationUrl]:
        """``create_complaint_notification`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建投诉通知回调地址
        """
        from ..api.complaints import create_complaint_notification as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def delete_complaint_notification(self) -> Response[None]:
        """``delete_complaint_notification`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        删除投诉通知回调地址
        """
        from ..api.complaints import delete_complaint_notification as _op

        return self._invoker.call(_op.sync_detailed)

    def download_complaint_image(self, media_id: str) -> Response[File]:
        """``download_complaint_image`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        图片请求接口
        """
        from ..api.complaints import download_complaint_image as _op

        return self._invoker.call(_op.sync_detailed, media_id=media_id)

    def list_complaint_negotiation_history(
        self, complaint_id: str, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET
    ) -> Response[ComplaintNegotiationHistoryResponse]:
        """``list_complaint_negotiation_history`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询投诉单协商历史
        """
        from ..api.complaints import list_complaint_negotiation_history as _op

        return self._invoker.call(_op.sync_detailed, complaint_id=complaint_id, limit=limit, offset=offset)

    def list_complaints(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        begin_date: datetime.date,
        end_date: datetime.date,
        complainted_mchid: str | Unset = UNSET,
    ) -> Response[ComplaintListResponse]:
        """``list_complaints`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询投诉单列表
        """
        from ..api.complaints import list_complaints as _op

        return self._invoker.call(
            _op.sync_detailed,
            limit=limit,
            offset=offset,
            begin_date=begin_date,
            end_date=end_date,
            complainted_mchid=complainted_mchid,
        )

    def query_complaint(self, complaint_id: str) -> Response[Complaint]:
        """``query_complaint`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询投诉单详情
        """
        from ..api.complaints import query_complaint as _op

        return self._invoker.call(_op.sync_detailed, complaint_id=complaint_id)

    def query_complaint_notification(self) -> Response[ComplaintNotificationUrl]:
        """``query_complaint_notification`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询投诉通知回调地址
        """
        from ..api.complaints import query_complaint_notification as _op

        return self._invoker.call(_op.sync_detailed)

    def respond_complaint(
        self, complaint_id: str, *, body: ComplaintResponseRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``respond_complaint`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        回复用户
        """
        from ..api.complaints import respond_complaint as _op

        return self._invoker.call(_op.sync_detailed, complaint_id=complaint_id, body=body)

    def respond_complaint_immediate_service(
        self, complaint_id: str, *, body: ComplaintImmediateServiceRequest | Mapping[str, Any]
    ) -> Response[ComplaintImmediateServiceResponse]:
        """``respond_complaint_immediate_service`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        回复需要即时服务的投诉单
        """
        from ..api.complaints import respond_complaint_immediate_service as _op

        return self._invoker.call(_op.sync_detailed, complaint_id=complaint_id, body=body)

    def update_complaint_notification(
        self, *, body: ComplaintNotificationUrlRequest | Mapping[str, Any]
    ) -> Response[ComplaintNotificationUrl]:
        """``update_complaint_notification`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        更新投诉通知回调地址
        """
        from ..api.complaints import update_complaint_notification as _op

        return self._invoker.call(_op.sync_detailed, body=body)

    def update_complaint_refund_progress(
        self, complaint_id: str, *, body: ComplaintRefundProgressRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``update_complaint_refund_progress`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        更新退款审批结果
        """
        from ..api.complaints import update_complaint_refund_progress as _op

        return self._invoker.call(_op.sync_detailed, complaint_id=complaint_id, body=body)

    def upload_complaint_image(self, *, body: ComplaintImageUploadRequest) -> Response[ComplaintImageUploadResponse]:
        """``upload_complaint_image`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        图片上传接口
        """
        from ..api.complaints import upload_complaint_image as _op

        return self._invoker.call(_op.sync_detailed, body=body)


class AsyncComplaintsResourceWithRawResponse(AsyncResource):
    """``complaints`` (async, raw responses).

    风险合规∙消费者投诉 — consumer complaints 2.0 for direct merchants: register the complaint
    notification address, list and read complaints and their negotiation history, reply to
    the user (also for immediate-service complaints), answer refund requests, mark a
    complaint handled, and upload / download complaint images. Paths under
    `/v3/merchant-service/complaint-notifications`, `/v3/merchant-service/complaints-v2/`
    and `/v3/merchant-service/images/`.
    """

    __slots__ = ()

    async def complete_complaint(
        self, complaint_id: str, *, body: ComplaintCompleteRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``complete_complaint`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        反馈处理完成
        """
        from ..api.complaints import complete_complaint as _op

        return await self._invoker.call(_op.asyncio_detailed, complaint_id=complaint_id, body=body)

    async def create_complaint_notification(
        self, *, body: ComplaintNotificationUrlRequest | Mapping[str, Any]
    ) -> Response[ComplaintNotificationUrl]:
        """``create_complaint_notification`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        创建投诉通知回调地址
        """
        from ..api.complaints import create_complaint_notification as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def delete_complaint_notification(self) -> Response[None]:
        """``delete_complaint_notification`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        删除投诉通知回调地址
        """
        from ..api.complaints import delete_complaint_notification as _op

        return await self._invoker.call(_op.asyncio_detailed)

    async def download_complaint_image(self, media_id: str) -> Response[File]:
        """``download_complaint_image`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        图片请求接口
        """
        from ..api.complaints import download_complaint_image as _op

        return await self._invoker.call(_op.asyncio_detailed, media_id=media_id)

    async def list_complaint_negotiation_history(
        self, complaint_id: str, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET
    ) -> Response[ComplaintNegotiationHistoryResponse]:
        """``list_complaint_negotiation_history`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询投诉单协商历史
        """
        from ..api.complaints import list_complaint_negotiation_history as _op

        return await self._invoker.call(_op.asyncio_detailed, complaint_id=complaint_id, limit=limit, offset=offset)

    async def list_complaints(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        begin_date: datetime.date,
        end_date: datetime.date,
        complainted_mchid: str | Unset = UNSET,
    ) -> Response[ComplaintListResponse]:
        """``list_complaints`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询投诉单列表
        """
        from ..api.complaints import list_complaints as _op

        return await self._invoker.call(
            _op.asyncio_detailed,
            limit=limit,
            offset=offset,
            begin_date=begin_date,
            end_date=end_date,
            complainted_mchid=complainted_mchid,
        )

    async def query_complaint(self, complaint_id: str) -> Response[Complaint]:
        """``query_complaint`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询投诉单详情
        """
        from ..api.complaints import query_complaint as _op

        return await self._invoker.call(_op.asyncio_detailed, complaint_id=complaint_id)

    async def query_complaint_notification(self) -> Response[ComplaintNotificationUrl]:
        """``query_complaint_notification`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        查询投诉通知回调地址
        """
        from ..api.complaints import query_complaint_notification as _op

        return await self._invoker.call(_op.asyncio_detailed)

    async def respond_complaint(
        self, complaint_id: str, *, body: ComplaintResponseRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``respond_complaint`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        回复用户
        """
        from ..api.complaints import respond_complaint as _op

        return await self._invoker.call(_op.asyncio_detailed, complaint_id=complaint_id, body=body)

    async def respond_complaint_immediate_service(
        self, complaint_id: str, *, body: ComplaintImmediateServiceRequest | Mapping[str, Any]
    ) -> Response[ComplaintImmediateServiceResponse]:
        """``respond_complaint_immediate_service`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        回复需要即时服务的投诉单
        """
        from ..api.complaints import respond_complaint_immediate_service as _op

        return await self._invoker.call(_op.asyncio_detailed, complaint_id=complaint_id, body=body)

    async def update_complaint_notification(
        self, *, body: ComplaintNotificationUrlRequest | Mapping[str, Any]
    ) -> Response[ComplaintNotificationUrl]:
        """``update_complaint_notification`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        更新投诉通知回调地址
        """
        from ..api.complaints import update_complaint_notification as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)

    async def update_complaint_refund_progress(
        self, complaint_id: str, *, body: ComplaintRefundProgressRequest | Mapping[str, Any]
    ) -> Response[None]:
        """``update_complaint_refund_progress`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        更新退款审批结果
        """
        from ..api.complaints import update_complaint_refund_progress as _op

        return await self._invoker.call(_op.asyncio_detailed, complaint_id=complaint_id, body=body)

    async def upload_complaint_image(
        self, *, body: ComplaintImageUploadRequest
    ) -> Response[ComplaintImageUploadResponse]:
        """``upload_complaint_image`` with the whole answer: status, headers, ``request_id`` and ``parsed``.

        图片上传接口
        """
        from ..api.complaints import upload_complaint_image as _op

        return await self._invoker.call(_op.asyncio_detailed, body=body)
