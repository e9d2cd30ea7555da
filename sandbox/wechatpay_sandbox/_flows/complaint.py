"""风险合规∙消费者投诉 (consumer complaints 2.0) of a direct merchant: tag ``complaints``.

The merchant registers ONE complaint notification URL (create / query / update / delete); a user
files a complaint about a payment (:meth:`ComplaintFlow.user_files`), the merchant lists and reads
it, replies, and marks it handled; the negotiation history logs every step.

Complaint states (``complaint_state``, spec ``Complaint``): ``PENDING`` (待处理) when filed;
``PROCESSING`` (处理中) after the merchant's first reply (回复用户 or the immediate-service reply:
"首次回复用户后,投诉单状态将由待处理更新为处理中", official pages 4012467254, 4017151596);
``PROCESSED`` (已处理完成) after 反馈处理完成 or a refund rejection (spec description of
``update_complaint_refund_progress``). A user who complains again about a PROCESSED complaint
(:meth:`ComplaintFlow.user_continues`) makes it ``PENDING`` again (*sandbox*: the state after
``CONTINUE_COMPLAINT`` is not documented) and counts ``user_complaint_times`` up.

Rules and codes (documented by WeChat Pay unless marked *sandbox*):

- Notification URL: one per merchant. ``create`` when one exists: the same URL again answers the
  stored address (*sandbox*: an idempotent resend), another URL is ``400 INVALID_REQUEST``
  (*sandbox* code; the spec says an existing address is changed with ``update``). ``query`` with
  none registered: ``400 RESOURCE_NOT_EXISTS`` "查询的通知回调不存在" (old wiki 10_2_3, status as
  documented); ``update``/``delete`` with none: the same (*sandbox*). The URL must be HTTPS
  ("仅支持HTTPS"); *sandbox*: ``http://`` is accepted for a loopback host (127.0.0.1, ::1,
  localhost) so local receivers work; anything else is ``400 PARAM_ERROR``.
- Callbacks go to the URL registered when the event happens (none registered: no callback):
  ``COMPLAINT.CREATE`` (``action_type`` ``CREATE_COMPLAINT``) when a user files;
  ``COMPLAINT.STATE_CHANGE`` with ``MERCHANT_RESPONSE``, ``MERCHANT_CONFIRM_COMPLETE``,
  ``USER_RESPONSE``, ``CONTINUE_COMPLAINT``, ``MERCHANT_APPROVE_REFUND``/``MERCHANT_REJECT_REFUND``;
  ``original_type`` ``complaint``, summaries 产生新投诉 / 投诉状态变化 (callback page, IM). The
  resource carries only ``complaint_id`` and ``action_type`` (IM webhook pages).
- Unknown ``complaint_id`` (detail, history, reply, complete, refund decision, immediate-service
  reply): ``404 RESOURCE_NOT_EXISTS`` (*sandbox*: WeChat Pay answers ``403 NO_AUTH`` for another
  merchant's complaint; a sandbox has one merchant).
- ``complainted_mchid`` in a reply, completion or immediate-service reply must be the merchant's
  own: ``403 NO_AUTH`` "您暂无权限为该投诉单提交商户回复" (FAQ 4016111688: no replies across
  merchants). In the list's query it filters (another mchid lists nothing; *sandbox*).
- List: ``begin_date`` <= ``end_date`` and a span of at most 30 days ("查询日期跨度不超过30天",
  4012533431; *sandbox*: ``end_date - begin_date`` <= 30 days, else ``400 PARAM_ERROR``); dates
  are complaint dates in Beijing time, both inclusive; ``limit`` defaults to 10, history to 100
  (old wiki 10_2_11 / 10_2_12); ``total_count`` only when ``offset`` is 0 (OA, IM). Newest first
  (*sandbox*); the history is oldest first.
- 回复用户: on a ``PROCESSED`` complaint ``400 INVALID_REQUEST`` (*sandbox*; the code is the
  documented one for "符合参数格式,但不符合业务规则"). ``jump_url`` and ``jump_url_text`` go
  together (``400 PARAM_ERROR``, official page); links and mini-program pages need the feature
  (``links_enabled``, default False): ``403 NO_AUTH`` "此商户号暂不支持发送外部链接..." (FAQ
  4016111688). ``response_images`` are taken as given (*sandbox*: media ids of the generic upload
  are not checked) and show up as ``OPERATION_IMAGE`` media in the detail and as ``image_list``
  in the history entry ``MERCHANT_RESPONSE``.
- 反馈处理完成: a ``PROCESSED`` complaint again is ``400 INVALID_REQUEST``
  "当前投诉单状态不支持操作, 请检查是否重复调用" (*sandbox*, worded after the FAQ's answer for a
  repeated refund decision). A ``PENDING`` complaint may be completed (nothing says a reply is
  needed). History ``MERCHANT_CONFIRM_COMPLETE``.
- 更新退款审批结果: only for ``problem_type`` ``REFUND`` and once: ``400 INVALID_REQUEST``
  "当前单据状态不支持操作, 请检查是否重复调用" (FAQ 4016111688, a repeated decision) — also for a
  non-refund or PROCESSED complaint (*sandbox*). ``REJECT`` needs ``reject_reason``
  (``400 PARAM_ERROR``, *sandbox*) and makes the complaint PROCESSED; ``APPROVE`` logs
  ``MERCHANT_APPROVE_REFUND`` and leaves the state (the refund itself is the merchant's).
- Immediate-service reply: a given ``idempotent_id`` is handled once (4017151596): the same id
  answers the same ``log_id`` without a new entry; PENDING becomes PROCESSING.
- ``payer_phone`` is returned in plaintext by the handlers; the server encrypts it for the
  merchant (``x-wechatpay-sensitive``), list entries included. List entries have no
  ``payer_openid`` (spec).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import urllib.parse
import uuid
from collections.abc import Mapping
from typing import Any, ClassVar, Final

import attrs

from .._constants import Code
from .._crypto import random_digits, random_string
from .._errors import SandboxError
from .._errors import param_error as _param_error
from .._state import Event, china_now, rfc3339
from . import Flow, FlowContext, FlowRequest, route

PENDING: Final = "PENDING"
PROCESSING: Final = "PROCESSING"
PROCESSED: Final = "PROCESSED"

NO_AUTH: Final = "NO_AUTH"
ORIGINAL_TYPE: Final = "complaint"
CREATE_EVENT: Final = ("COMPLAINT.CREATE", "产生新投诉")
STATE_CHANGE_EVENT: Final = ("COMPLAINT.STATE_CHANGE", "投诉状态变化")

MAX_SPAN_DAYS: Final = 30
LIST_DEFAULT_LIMIT: Final = 10
HISTORY_DEFAULT_LIMIT: Final = 100
IMAGES_PATH: Final = "/v3/merchant-service/images/"
LOOPBACK_NAMES: Final = frozenset({"localhost"})

PROBLEM_DESCRIPTIONS: Final = {"REFUND": "申请退款", "SERVICE_NOT_WORK": "服务权益未生效", "OTHERS": "其他"}
REPEATED: Final = "当前投诉单状态不支持操作, 请检查是否重复调用"
REFUND_REPEATED: Final = "当前单据状态不支持操作, 请检查是否重复调用"


def _not_found() -> SandboxError:
    return SandboxError(404, Code.RESOURCE_NOT_EXISTS, "投诉单不存在 (no complaint with this complaint_id)")


@attrs.define
class HistoryEntry:
    """One entry of a complaint's negotiation history."""

    log_id: str
    operator: str
    operate_time: float
    operate_type: str
    operate_details: str = ""
    image_list: list[str] = attrs.field(factory=list)
    normal_message: Mapping[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "log_id": self.log_id,
            "operator": self.operator,
            "operate_time": rfc3339(self.operate_time),
            "operate_type": self.operate_type,
            "operate_details": self.operate_details,
        }
        if self.image_list:
            out["image_list"] = list(self.image_list)
        if self.normal_message is not None:
            out["normal_message"] = dict(self.normal_message)
        return out


@attrs.define(repr=False)
class Complaint:
    """A complaint against the sandbox merchant. ``repr`` leaves out the user's phone number."""

    complaint_id: str
    complaint_time: float
    complaint_detail: str
    complainted_mchid: str
    payer_phone: str
    payer_openid: str
    transaction_id: str
    out_trade_no: str
    amount: int
    problem_type: str
    problem_description: str
    apply_refund_amount: int | None = None
    need_immediate_service: bool = False
    complaint_state: str = PENDING
    incoming_user_response: bool = False
    user_complaint_times: int = 1
    refund_decision: str | None = None
    operation_images: list[str] = attrs.field(factory=list)
    history: list[HistoryEntry] = attrs.field(factory=list)
    immediate_replies: dict[str, str] = attrs.field(factory=dict)  # idempotent_id -> log_id

    def __repr__(self) -> str:
        return f"Complaint({self.complaint_id!r}, state={self.complaint_state!r}, out_trade_no={self.out_trade_no!r})"

    def to_json(self, *, detail: bool) -> dict[str, Any]:
        """As ``Complaint`` (``detail``: with ``payer_openid``); ``payer_phone`` in plaintext."""
        out: dict[str, Any] = {
            "complaint_id": self.complaint_id,
            "complaint_time": rfc3339(self.complaint_time),
            "complaint_detail": self.complaint_detail,
            "complaint_state": self.complaint_state,
            "complainted_mchid": self.complainted_mchid,
            "payer_phone": self.payer_phone,
            "complaint_media_list": (
                [{"media_type": "OPERATION_IMAGE", "media_url": list(self.operation_images)}]
                if self.operation_images
                else []
            ),
            "complaint_order_info": [
                {"transaction_id": self.transaction_id, "out_trade_no": self.out_trade_no, "amount": self.amount}
            ],
            "service_order_info": [],
            "complaint_full_refunded": False,
            "incoming_user_response": self.incoming_user_response,
            "problem_description": self.problem_description,
            "user_complaint_times": self.user_complaint_times,
            "problem_type": self.problem_type,
            "user_tag_list": [],
            "in_platform_service": False,
            "need_immediate_service": self.need_immediate_service,
            "is_agent_mode": False,
        }
        if self.apply_refund_amount is not None:
            out["apply_refund_amount"] = self.apply_refund_amount
        if detail:
            out["payer_openid"] = self.payer_openid
        return out


def _page(query: Mapping[str, Any], default_limit: int) -> tuple[int, int]:
    limit = query.get("limit")
    offset = query.get("offset")
    return (default_limit if limit is None else int(limit)), (0 if offset is None else int(offset))


def _check_notify_url(url: str) -> None:
    parsed = urllib.parse.urlsplit(url)
    host = parsed.hostname or ""
    if parsed.scheme == "https" and host:
        return
    if parsed.scheme == "http" and host:
        if host in LOOPBACK_NAMES:
            return
        try:
            if ipaddress.ip_address(host).is_loopback:
                return
        except ValueError:
            pass
    raise _param_error("/url", "must be an HTTPS URL (sandbox: http:// only for a loopback host)")


class ComplaintFlow(Flow):
    """Complaints, their history and the merchant's notification URL, behind ``self.lock``."""

    name: ClassVar[str] = "complaint"

    def __init__(self, context: FlowContext) -> None:
        super().__init__(context)
        self.notify_url: str | None = None
        #: 回复用户 with ``jump_url`` or ``mini_program_jump_info`` needs this feature (FAQ: NO_AUTH).
        self.links_enabled = False
        self._complaints: dict[str, Complaint] = {}

    # ------------------------------------------------------------ helpers
    def complaint(self, complaint_id: str) -> Complaint:
        with self.lock:
            found = self._complaints.get(complaint_id)
            if found is None:
                raise _not_found()
            return found

    def complaints(self) -> list[Complaint]:
        with self.lock:
            return list(self._complaints.values())

    def _log(
        self, complaint: Complaint, operator: str, operate_type: str, details: str, images: list[str] | None = None
    ) -> HistoryEntry:
        entry = HistoryEntry(
            log_id=china_now(self.context.clock()).strftime("%Y%m%d") + random_digits(19),
            operator=operator,
            operate_time=self.context.clock(),
            operate_type=operate_type,
            operate_details=details,
            image_list=list(images or []),
        )
        complaint.history.append(entry)
        return entry

    def _notify(self, complaint: Complaint, event: tuple[str, str], action_type: str) -> None:
        if self.notify_url is None:
            return
        event_type, summary = event
        resource = {"complaint_id": complaint.complaint_id, "action_type": action_type}
        self.context.emit(Event(event_type, self.notify_url, ORIGINAL_TYPE, summary, resource))

    def _check_own_merchant(self, body: Mapping[str, Any]) -> None:
        if str(body.get("complainted_mchid")) != self.context.mchid:
            raise SandboxError(403, NO_AUTH, "您暂无权限为该投诉单提交商户回复 (complainted_mchid is not your mchid)")

    def _image_url(self, media_id: str) -> str:
        return self.context.base_url() + IMAGES_PATH + urllib.parse.quote(media_id, safe="")

    # ------------------------------------------------------- the user's side
    def user_files(
        self,
        transaction_id: str,
        out_trade_no: str,
        description: str,
        payer_phone: str,
        *,
        amount: int = 100,
        problem_type: str = "OTHERS",
        problem_description: str | None = None,
        apply_refund_amount: int | None = None,
        openid: str | None = None,
        need_immediate_service: bool = False,
    ) -> Complaint:
        """A user complains about a payment: a PENDING complaint, and COMPLAINT.CREATE to the registered URL."""
        if not description:
            raise SandboxError(400, Code.PARAM_ERROR, "a complaint needs a description")
        if problem_type == "REFUND" and apply_refund_amount is None:
            apply_refund_amount = amount
        with self.lock:
            now = self.context.clock()
            complaint = Complaint(
                complaint_id="2002" + china_now(now).strftime("%Y%m%d") + random_digits(15),
                complaint_time=now,
                complaint_detail=description,
                complainted_mchid=self.context.mchid,
                payer_phone=payer_phone,
                payer_openid=openid or "o" + random_string(27),
                transaction_id=transaction_id,
                out_trade_no=out_trade_no,
                amount=amount,
                problem_type=problem_type,
                problem_description=problem_description or PROBLEM_DESCRIPTIONS.get(problem_type, problem_type),
                apply_refund_amount=apply_refund_amount,
                need_immediate_service=need_immediate_service,
            )
            self._complaints[complaint.complaint_id] = complaint
            self._log(complaint, "投诉人", "USER_CREATE_COMPLAINT", description)
            self._notify(complaint, CREATE_EVENT, "CREATE_COMPLAINT")
            return complaint

    def user_responds(self, complaint_id: str, text: str) -> Complaint:
        """The user writes to the merchant: ``incoming_user_response`` and a USER_RESPONSE callback."""
        with self.lock:
            complaint = self.complaint(complaint_id)
            if complaint.complaint_state == PROCESSED:
                raise SandboxError(400, Code.INVALID_REQUEST, "the complaint is PROCESSED; complain again instead")
            complaint.incoming_user_response = True
            self._log(complaint, "投诉人", "USER_RESPONSE", text)
            self._notify(complaint, STATE_CHANGE_EVENT, "USER_RESPONSE")
            return complaint

    def user_continues(self, complaint_id: str, text: str) -> Complaint:
        """The user complains again about a PROCESSED complaint: PENDING again (*sandbox*)."""
        with self.lock:
            complaint = self.complaint(complaint_id)
            if complaint.complaint_state != PROCESSED:
                raise SandboxError(400, Code.INVALID_REQUEST, "only a PROCESSED complaint can be continued")
            complaint.complaint_state = PENDING
            complaint.user_complaint_times += 1
            complaint.incoming_user_response = True
            self._log(complaint, "投诉人", "USER_CONTINUE_COMPLAINT", text)
            self._notify(complaint, STATE_CHANGE_EVENT, "CONTINUE_COMPLAINT")
            return complaint

    # ---------------------------------------------------- notification URL
    # ----------------------------------------------------------- seeding
    def seed(self, operation_id: str, notify_url: str) -> dict[str, Any] | None:
        """The state one operation needs on its own (see ``Flow.seed``)."""
        if operation_id == "create_complaint_notification":
            self.notify_url = None  # one address per merchant: none registered yet
            return {}
        if operation_id in ("query_complaint_notification", "update_complaint_notification"):
            self.notify_url = notify_url
            return {}
        if operation_id == "delete_complaint_notification":
            self.notify_url = notify_url
            return {}
        if operation_id == "list_complaints":
            return None
        self.links_enabled = True  # a reply may carry jump_url / mini_program_jump_info
        refund = operation_id == "update_complaint_refund_progress"
        filed = self.user_files(
            "4200000000000000000000000000",
            "SEED" + uuid.uuid4().hex[:20],
            "a complaint prepared for one call",
            "13800138000",
            problem_type="REFUND" if refund else "OTHERS",
        )
        overrides: dict[str, Any] = {"path": {"complaint_id": filed.complaint_id}}
        if operation_id in ("respond_complaint", "complete_complaint", "respond_complaint_immediate_service"):
            overrides["body"] = {"complainted_mchid": self.context.mchid}
        if refund:
            overrides["body"] = {"action": "APPROVE", "launch_refund_day": 0}
        return overrides

    @route("POST", "/v3/merchant-service/complaint-notifications")
    def create_notification(self, request: FlowRequest) -> dict[str, Any]:
        url = str(request.body["url"])
        _check_notify_url(url)
        with self.lock:
            if self.notify_url is not None and self.notify_url != url:
                raise SandboxError(
                    400,
                    Code.INVALID_REQUEST,
                    "投诉通知回调地址已存在 (a notification URL is registered; change it with PUT)",
                )
            self.notify_url = url
            return {"mchid": self.context.mchid, "url": url}

    @route("GET", "/v3/merchant-service/complaint-notifications")
    def query_notification(self, request: FlowRequest) -> dict[str, Any]:
        with self.lock:
            return {"mchid": self.context.mchid, "url": self._registered()}

    @route("PUT", "/v3/merchant-service/complaint-notifications")
    def update_notification(self, request: FlowRequest) -> dict[str, Any]:
        url = str(request.body["url"])
        _check_notify_url(url)
        with self.lock:
            self._registered()
            self.notify_url = url
            return {"mchid": self.context.mchid, "url": url}

    @route("DELETE", "/v3/merchant-service/complaint-notifications")
    def delete_notification(self, request: FlowRequest) -> None:
        with self.lock:
            self._registered()
            self.notify_url = None

    def _registered(self) -> str:
        if self.notify_url is None:
            raise SandboxError(400, Code.RESOURCE_NOT_EXISTS, "查询的通知回调不存在 (no notification URL registered)")
        return self.notify_url

    # ------------------------------------------------------------ reading
    @route("GET", "/v3/merchant-service/complaints-v2")
    def list_complaints(self, request: FlowRequest) -> dict[str, Any]:
        query = request.query
        begin = dt.date.fromisoformat(str(query["begin_date"]))
        end = dt.date.fromisoformat(str(query["end_date"]))
        if end < begin:
            raise _param_error("end_date", "must not be before begin_date", location="query")
        if (end - begin).days > MAX_SPAN_DAYS:
            raise _param_error(
                "end_date", f"查询日期跨度不超过{MAX_SPAN_DAYS}天 (the range spans more than 30 days)", location="query"
            )
        limit, offset = _page(query, LIST_DEFAULT_LIMIT)
        wanted = query.get("complainted_mchid")
        with self.lock:
            rows = sorted(
                (
                    c
                    for c in self._complaints.values()
                    if begin <= china_now(c.complaint_time).date() <= end
                    and (wanted is None or str(wanted) == c.complainted_mchid)
                ),
                key=lambda c: c.complaint_time,
                reverse=True,
            )
            out: dict[str, Any] = {
                "data": [c.to_json(detail=False) for c in rows[offset : offset + limit]],
                "limit": limit,
                "offset": offset,
            }
            if offset == 0:
                out["total_count"] = len(rows)
            return out

    @route("GET", "/v3/merchant-service/complaints-v2/{}")
    def query_complaint(self, request: FlowRequest) -> dict[str, Any]:
        with self.lock:
            return self.complaint(str(request.args[0])).to_json(detail=True)

    @route("GET", "/v3/merchant-service/complaints-v2/{}/negotiation-historys")
    def history(self, request: FlowRequest) -> dict[str, Any]:
        limit, offset = _page(request.query, HISTORY_DEFAULT_LIMIT)
        with self.lock:
            entries = self.complaint(str(request.args[0])).history
            out: dict[str, Any] = {
                "data": [e.to_json() for e in entries[offset : offset + limit]],
                "limit": limit,
                "offset": offset,
            }
            if offset == 0:
                out["total_count"] = len(entries)
            return out

    # ------------------------------------------------------- the merchant acts
    @route("POST", "/v3/merchant-service/complaints-v2/{}/response")
    def respond(self, request: FlowRequest) -> None:
        body = request.body
        with self.lock:
            complaint = self.complaint(str(request.args[0]))
            self._check_own_merchant(body)
            if ("jump_url" in body) != ("jump_url_text" in body):
                raise _param_error("/jump_url_text", "and /jump_url must be given together")
            if ("jump_url" in body or "mini_program_jump_info" in body) and not self.links_enabled:
                raise SandboxError(
                    403, NO_AUTH, "此商户号暂不支持发送外部链接,如有需要请联系对接的微信支付行业运营评估配置"
                )
            if complaint.complaint_state == PROCESSED:
                raise SandboxError(400, Code.INVALID_REQUEST, "投诉单已处理完成 (the complaint is PROCESSED)")
            images = [self._image_url(str(m)) for m in body.get("response_images", [])]
            complaint.operation_images.extend(images)
            complaint.incoming_user_response = False
            if complaint.complaint_state == PENDING:
                complaint.complaint_state = PROCESSING
            self._log(complaint, "商户", "MERCHANT_RESPONSE", str(body["response_content"]), images)
            self._notify(complaint, STATE_CHANGE_EVENT, "MERCHANT_RESPONSE")

    @route("POST", "/v3/merchant-service/complaints-v2/{}/complete")
    def complete(self, request: FlowRequest) -> None:
        with self.lock:
            complaint = self.complaint(str(request.args[0]))
            self._check_own_merchant(request.body)
            if complaint.complaint_state == PROCESSED:
                raise SandboxError(400, Code.INVALID_REQUEST, REPEATED)
            complaint.complaint_state = PROCESSED
            self._log(complaint, "商户", "MERCHANT_CONFIRM_COMPLETE", "商户已反馈处理完成")
            self._notify(complaint, STATE_CHANGE_EVENT, "MERCHANT_CONFIRM_COMPLETE")

    @route("POST", "/v3/merchant-service/complaints-v2/{}/update-refund-progress")
    def refund_progress(self, request: FlowRequest) -> None:
        body = request.body
        with self.lock:
            complaint = self.complaint(str(request.args[0]))
            if (
                complaint.problem_type != "REFUND"
                or complaint.refund_decision is not None
                or complaint.complaint_state == PROCESSED
            ):
                raise SandboxError(400, Code.INVALID_REQUEST, REFUND_REPEATED)
            action = str(body["action"])
            if action == "REJECT":
                if not body.get("reject_reason"):
                    raise _param_error("/reject_reason", "is required when action is REJECT")
                images = [self._image_url(str(m)) for m in body.get("reject_media_list", [])]
                complaint.operation_images.extend(images)
                complaint.refund_decision = action
                complaint.complaint_state = PROCESSED
                self._log(complaint, "商户", "MERCHANT_REFUSE_RERUND", str(body["reject_reason"]), images)
                self._notify(complaint, STATE_CHANGE_EVENT, "MERCHANT_REJECT_REFUND")
            else:
                days = int(body.get("launch_refund_day", 0))
                complaint.refund_decision = action
                if complaint.complaint_state == PENDING:
                    complaint.complaint_state = PROCESSING
                self._log(complaint, "商户", "MERCHANT_APPROVE_REFUND", f"商户同意退款, 预计{days}个工作日内发起")
                self._notify(complaint, STATE_CHANGE_EVENT, "MERCHANT_APPROVE_REFUND")

    @route("POST", "/v3/merchant-service/complaints-v2/{}/response-immediate-service")
    def respond_immediate(self, request: FlowRequest) -> dict[str, Any]:
        body = request.body
        with self.lock:
            complaint = self.complaint(str(request.args[0]))
            self._check_own_merchant(body)
            key = str(body["idempotent_id"])
            seen = complaint.immediate_replies.get(key)
            if seen is not None:
                return {"log_id": seen}
            if complaint.complaint_state == PROCESSED:
                raise SandboxError(400, Code.INVALID_REQUEST, "投诉单已处理完成 (the complaint is PROCESSED)")
            texts = [
                str(block["text"].get("text", ""))
                for block in body["message"].get("blocks", [])
                if isinstance(block, Mapping) and isinstance(block.get("text"), Mapping)
            ]
            complaint.incoming_user_response = False
            if complaint.complaint_state == PENDING:
                complaint.complaint_state = PROCESSING
            entry = self._log(complaint, "商户", "MERCHANT_RESPONSE", " ".join(texts))
            entry.normal_message = dict(body["message"])
            complaint.immediate_replies[key] = entry.log_id
            self._notify(complaint, STATE_CHANGE_EVENT, "MERCHANT_RESPONSE")
            return {"log_id": entry.log_id}


FLOW = ComplaintFlow
