"""经营工具∙电子发票 (e-fapiao) of a direct merchant: settings, issue, query, download, reverse, titles.

Sources: the spec (``spec/paths/fapiao.yaml``), docs/spec-decisions.md "New: fapiao", OA
``docs/v3/new-tax-control-fapiao/**``, IM ``openapi/v3/new-tax-control-fapiao/**`` and
``webhook/v3/FAPIAO.*.md``, the official merchant/partner pages quoted there. WeChat Pay
publishes no business error codes for this family: the codes below are its documented generic
ones (``PARAM_ERROR``/``INVALID_REQUEST`` 400, ``RESOURCE_NOT_EXISTS`` 404); which rule answers
which code is the sandbox's choice wherever it is marked *sandbox*.

Fapiao states (``status`` of ``query_fapiao``, ``fapiao_status`` of the callbacks; spec and IM):
``ISSUE_ACCEPTED`` after ``issue_fapiao`` (202, no body); ``ISSUED`` when the tax side has issued
it (:meth:`FapiaoFlow.complete_issue`, FAPIAO.ISSUED), or ``ISSUE_FAILED`` (数电 mode, with
``fapiao_error_code``/``fapiao_error_message``; no callback is documented for it);
``REVERSE_ACCEPTED`` after ``reverse_fapiao`` (202); ``REVERSED`` with the red fapiao
(:meth:`FapiaoFlow.complete_reverse`, FAPIAO.REVERSED), or ``REVERSE_FAILED``. Card state
(``card_status``): ``INSERTED`` when the fapiao is issued (the issue API puts it into the buyer's
card wallet), ``DISCARDED`` when it is reversed (the reverse API removes it).

Rules and codes:

- Development options (``PATCH``/``GET merchant/development-config``): ``PATCH`` semantics, one
  ``callback_url`` per merchant, all ``FAPIAO.*`` callbacks go there (documented). *Sandbox*:
  ``callback_url`` must be an absolute http(s) URL (``400 PARAM_ERROR``); before the first
  ``PATCH`` the ``GET`` answers ``callback_url: ""``.
- Issue: *sandbox* ``400 INVALID_REQUEST`` while no ``callback_url`` is configured (the result
  could not be delivered). Documented rules, *sandbox* codes (``400 PARAM_ERROR`` naming the
  field): ``ORGANIZATION`` buyers need ``taxpayer_id``; a fapiao's ``total_amount`` is the sum of
  its lines; at most 8 lines per fapiao; ``fapiao_id`` unique within the request; a line without
  ``tax_rate`` needs a ``goods_id`` of the tax-code table (whose fields it then takes), except a
  discount line, which takes the rate of the line before it (the line it discounts).
  ``fapiao_id`` is unique per merchant (documented): reused by another application,
  ``400 INVALID_REQUEST`` (*sandbox* code). ``WITHOUT_WECHATPAY`` needs a title the buyer filled in
  through ``query_fapiao_user_title_url`` (documented; ``400 INVALID_REQUEST``, *sandbox* code) and
  the fapiao may total at most that link's ``total_amount`` (documented; ``400 INVALID_REQUEST``).
  *Sandbox*: for ``WITH_WECHATPAY`` the flow does not see the payment state, so any
  ``fapiao_apply_id`` is taken as a paid ``transaction_id`` and the paid-amount cap is not checked.
- Issue again with the same ``fapiao_apply_id``: the identical request (sensitive fields compared
  as plaintext) is answered 202 again and changes nothing (*sandbox*: the pages document
  idempotency for insert-cards and tell to query before resending); another request is
  ``400 INVALID_REQUEST`` unless every fapiao of the application is ``ISSUE_FAILED``: then it is
  the documented retry under new ``fapiao_id`` values, at most 4 retries per application
  (partner page 4015792574), ``400 INVALID_REQUEST`` beyond.
- Query and download info: ``404 RESOURCE_NOT_EXISTS`` for an unknown application or a
  ``fapiao_id`` not in it. Download information exists only for fapiao issued by WeChat Pay once
  issued (IM: status ``ISSUED``; the current pages also allow reversed ones): ``ISSUED``,
  ``REVERSE_ACCEPTED``, ``REVERSE_FAILED``, ``REVERSED``; asked for another one, or for an
  application with none, ``400 INVALID_REQUEST`` (*sandbox* code). ``download_url`` points at the
  sandbox's base URL (``/invoicing/fapiao/fapiao-file?...``); the download itself is not a spec
  operation and the sandbox does not serve it.
- Reverse: ``404 RESOURCE_NOT_EXISTS`` for an unknown application or ``fapiao_id``; a
  ``fapiao_number`` (or ``fapiao_code``) that is not the fapiao's: ``400 PARAM_ERROR``. Only
  ``ISSUED`` fapiao (and ``REVERSE_FAILED`` ones: the documented retry with the same
  ``fapiao_id``) can be reversed: ``ISSUE_ACCEPTED``, ``ISSUE_FAILED``, ``REVERSED`` are
  ``400 INVALID_REQUEST`` (*sandbox* code); ``REVERSE_ACCEPTED`` again with the same reason is 202
  without change (*sandbox*), else ``400 INVALID_REQUEST``. Without ``fapiao_information`` (选填
  on the pages) every ``ISSUED``/``REVERSE_FAILED`` fapiao of the application is reversed
  (*sandbox* reading; none: ``400 INVALID_REQUEST``).
  The 5-minute retry interval of the pages is not enforced.
- Titles: ``query_fapiao_user_title_url`` registers the application (link valid 30 minutes,
  documented; asking again renews it); the buyer fills it in through
  :meth:`FapiaoFlow.user_fills_title` (FAPIAO.USER_APPLIED to the ``callback_url``; a fill after the
  link expired is refused with ``400 INVALID_REQUEST``, *sandbox*). ``query_fapiao_user_title``
  answers ``404 RESOURCE_NOT_EXISTS`` until the buyer has filled the title in (*sandbox* code).
- Callbacks: ``FAPIAO.ISSUED``, ``FAPIAO.REVERSED`` (``FapiaoNotificationResource``: every
  fapiao of the application with ``fapiao_status`` and ``card_status``) and ``FAPIAO.USER_APPLIED``
  (``FapiaoUserAppliedNotificationResource``) to the ``callback_url`` configured when they are
  sent. ``original_type`` is undocumented: *sandbox* ``fapiao``.
- Sensitive fields: the buyer's ``phone``/``email`` arrive RSA-encrypted (decrypted by the server
  into ``request.plain``), are kept in plaintext and returned in plaintext by the query and the
  title query; the server encrypts them with the merchant's key.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Mapping
from typing import Any, Final

import attrs

from .._constants import Code
from .._crypto import random_digits, random_string
from .._errors import SandboxError
from .._errors import canonical as _canonical
from .._errors import param_error as _param_error
from .._state import Event, rfc3339
from . import Flow, FlowContext, FlowRequest, route

PREFIX: Final = "/v3/new-tax-control-fapiao"

ISSUE_ACCEPTED: Final = "ISSUE_ACCEPTED"
ISSUED: Final = "ISSUED"
ISSUE_FAILED: Final = "ISSUE_FAILED"
REVERSE_ACCEPTED: Final = "REVERSE_ACCEPTED"
REVERSED: Final = "REVERSED"
REVERSE_FAILED: Final = "REVERSE_FAILED"
INSERTED: Final = "INSERTED"
DISCARDED: Final = "DISCARDED"

WITH_WECHATPAY: Final = "WITH_WECHATPAY"
WITHOUT_WECHATPAY: Final = "WITHOUT_WECHATPAY"

#: The pages limit each fapiao to 8 lines (spec description).
MAX_LINES: Final = 8
#: "每个申请单可至多重试4次" (partner page 4015792574).
MAX_RETRIES: Final = 4
#: The title link is valid for 30 minutes (spec, title-url pages).
TITLE_URL_VALIDITY: Final = 30 * 60.0
#: Statuses whose file can be downloaded (IM: ISSUED; current pages: reversed ones too).
DOWNLOADABLE: Final = frozenset({ISSUED, REVERSE_ACCEPTED, REVERSE_FAILED, REVERSED})

ORIGINAL_TYPE: Final = "fapiao"
CARD_APPID: Final = "wxb1170446a4c0a5a2"
CARD_ID: Final = "p4gLgvn_cxVCQez17kaBJnZHPcXs"
TITLE_MINIPROGRAM_APPID: Final = "wx1b1170446a4c0a5a"
TITLE_MINIPROGRAM_USER_NAME: Final = "gh_fapiaotitle@app"

SELLER: Final = {
    "name": "沙箱测试有限公司",
    "taxpayer_id": "91440300MA5SANDBOX",
    "address": "深圳市南山区深南大道10000号",
    "telephone": "075512345678",
    "bank_name": "沙箱测试银行深圳分行",
    "bank_account": "62001234567890",
}
EXTRA: Final = {"payee": "张三", "reviewer": "李四", "drawer": "王五"}

#: The goods configured in the (simulated) fapiao merchant platform: ``list_fapiao_tax_codes``.
TAX_CODES: Final[tuple[dict[str, Any], ...]] = (
    {
        "goods_id": 1,
        "goods_name": "出租汽车客运服务",
        "goods_category": "出租汽车客运服务",
        "tax_code": "3010101020203000000",
        "tax_rate": 300,
        "tax_prefer_mark": "NO_FAVORABLE",
    },
    {
        "goods_id": 2,
        "goods_name": "餐饮服务",
        "goods_category": "餐饮服务",
        "tax_code": "3070401000000000000",
        "tax_rate": 600,
        "tax_prefer_mark": "NO_FAVORABLE",
    },
    {
        "goods_id": 3,
        "goods_name": "图书",
        "goods_category": "图书",
        "tax_code": "1060201010000000000",
        "tax_rate": 900,
        "tax_prefer_mark": "NO_FAVORABLE",
    },
    {
        "goods_id": 4,
        "goods_name": "软件服务",
        "goods_category": "信息技术服务",
        "tax_code": "3040201000000000000",
        "tax_rate": 600,
        "tax_prefer_mark": "NO_FAVORABLE",
    },
    {
        "goods_id": 5,
        "goods_name": "日用杂品",
        "goods_category": "日用杂品",
        "tax_code": "1090511000000000000",
        "tax_rate": 1300,
        "tax_prefer_mark": "NO_FAVORABLE",
    },
)

#: Buyer fields copied into the answers (``FapiaoResponseBuyerInformation`` / ``FapiaoUserTitle``).
BUYER_FIELDS: Final = ("type", "name", "taxpayer_id", "address", "telephone", "bank_name", "bank_account")
SENSITIVE_BUYER_FIELDS: Final = ("phone", "email")


def _invalid(message: str) -> SandboxError:
    return SandboxError(400, Code.INVALID_REQUEST, message)


def _not_found(message: str) -> SandboxError:
    return SandboxError(404, Code.RESOURCE_NOT_EXISTS, message)


def _with_plain(body: Any, plain: Mapping[tuple[str, ...], str]) -> Any:
    """A copy of ``body`` with each decrypted sensitive field in plaintext (RSA-OAEP is randomised)."""
    out = json.loads(json.dumps(body))
    for path, text in plain.items():
        node = out
        for key in path[:-1]:
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, dict) and path and path[-1] in node:
            node[path[-1]] = text
    return out


def _good(goods_id: Any) -> dict[str, Any] | None:
    for good in TAX_CODES:
        if good["goods_id"] == goods_id:
            return good
    return None


@attrs.define
class Fapiao:
    """One fapiao of an application, with its computed lines (answer shape)."""

    fapiao_id: str
    total_amount: int
    items: list[dict[str, Any]]
    remark: str | None = None
    status: str = ISSUE_ACCEPTED
    blue: dict[str, Any] | None = None
    red: dict[str, Any] | None = None
    card_status: str | None = None
    card_code: str | None = None
    error_code: str | None = None
    error_message: str | None = None
    reverse_reason: str | None = None

    @property
    def amount(self) -> int:
        return sum(int(line["amount"]) for line in self.items)

    @property
    def tax_amount(self) -> int:
        return sum(int(line["tax_amount"]) for line in self.items)


@attrs.define(repr=False)
class Application:
    """A fapiao application (``fapiao_apply_id``). ``buyer`` holds the plaintext phone/email: no repr."""

    fapiao_apply_id: str
    scene: str
    buyer: dict[str, Any]
    fapiaos: dict[str, Fapiao]
    request: str  # canonical plaintext request, for the idempotent resend
    card_openid: str
    created_at: float
    retries: int = 0

    def __repr__(self) -> str:
        states = ", ".join(f"{f.fapiao_id}={f.status}" for f in self.fapiaos.values())
        return f"Application({self.fapiao_apply_id!r}, {self.scene}, [{states}])"


@attrs.define(repr=False)
class TitleRequest:
    """A title link (``query_fapiao_user_title_url``) and, once filled in, the buyer's title."""

    fapiao_apply_id: str
    scene: str
    total_amount: int | None
    openid: str | None
    expires_at: float
    title: dict[str, Any] | None = None
    applied_at: float | None = None

    def __repr__(self) -> str:
        return f"TitleRequest({self.fapiao_apply_id!r}, filled={self.title is not None})"


class FapiaoFlow(Flow):
    """The e-fapiao of one merchant: development options, applications, titles."""

    name = "fapiao"

    def __init__(self, context: FlowContext) -> None:
        super().__init__(context)
        self.callback_url: str | None = None
        self.show_fapiao_cell = False
        self.support_vat_fapiao = False
        self._applications: dict[str, Application] = {}
        self._fapiao_owner: dict[str, str] = {}  # fapiao_id -> fapiao_apply_id
        self._titles: dict[tuple[str, str], TitleRequest] = {}

    # ------------------------------------------------------------- accessors
    def application(self, fapiao_apply_id: str) -> Application:
        with self.lock:
            found = self._applications.get(fapiao_apply_id)
            if found is None:
                raise _not_found("no fapiao application with this fapiao_apply_id")
            return found

    # ------------------------------------------------------ development config
    def _config(self) -> dict[str, Any]:
        return {
            "callback_url": self.callback_url or "",
            "show_fapiao_cell": self.show_fapiao_cell,
            "support_vat_fapiao": self.support_vat_fapiao,
        }

    @route("GET", PREFIX + "/merchant/development-config")
    def query_development_config(self, request: FlowRequest) -> dict[str, Any]:
        with self.lock:
            return self._config()

    @route("PATCH", PREFIX + "/merchant/development-config")
    def update_development_config(self, request: FlowRequest) -> dict[str, Any]:
        body = request.body or {}
        with self.lock:
            if "callback_url" in body:
                url = str(body["callback_url"])
                parsed = urllib.parse.urlsplit(url)
                if parsed.scheme not in ("http", "https") or not parsed.netloc:
                    raise _param_error("/callback_url", "must be an absolute http(s) URL")
                self.callback_url = url
            if "show_fapiao_cell" in body:
                self.show_fapiao_cell = bool(body["show_fapiao_cell"])
            if "support_vat_fapiao" in body:
                self.support_vat_fapiao = bool(body["support_vat_fapiao"])
            return self._config()

    # ------------------------------------------------------ merchant settings
    @route("GET", PREFIX + "/merchant/base-information")
    def query_base_information(self, request: FlowRequest) -> dict[str, Any]:
        return {"seller_information": dict(SELLER), "extra_information": dict(EXTRA)}

    @route("GET", PREFIX + "/merchant/tax-codes")
    def list_tax_codes(self, request: FlowRequest) -> dict[str, Any]:
        offset, limit = int(request.query["offset"]), int(request.query["limit"])
        page = [dict(good) for good in TAX_CODES[offset : offset + limit]]
        path = PREFIX + "/merchant/tax-codes"
        links = {"self": f"{path}?offset={offset}&limit={limit}"}
        if offset + limit < len(TAX_CODES):
            links["next"] = f"{path}?offset={offset + limit}&limit={limit}"
        if offset > 0:
            links["prev"] = f"{path}?offset={max(offset - limit, 0)}&limit={limit}"
        out: dict[str, Any] = {"offset": offset, "limit": limit, "total_count": len(TAX_CODES), "links": links}
        if page:
            out["data"] = page
        return out

    # ----------------------------------------------------------------- issue
    @route("POST", PREFIX + "/fapiao-applications")
    def issue(self, request: FlowRequest) -> None:
        self._issue(request.body, request.plain)

    def _issue(self, body: Mapping[str, Any], plain: Mapping[tuple[str, ...], str]) -> None:
        plain_body = _with_plain(body, plain)
        apply_id = str(body["fapiao_apply_id"])
        scene = str(body["scene"])
        with self.lock:
            if not self.callback_url:
                raise _invalid(
                    "no callback_url is configured: set it with update_fapiao_development_config first (sandbox rule)"
                )
            buyer = plain_body["buyer_information"]
            if buyer.get("type") == "ORGANIZATION" and not buyer.get("taxpayer_id"):
                raise _param_error("/buyer_information/taxpayer_id", "is required when type is ORGANIZATION")
            fapiaos = self._new_fapiaos(body["fapiao_information"])
            existing = self._applications.get(apply_id)
            if existing is not None:
                if existing.request == _canonical(plain_body):
                    return  # the identical request again: already accepted
                if any(f.status != ISSUE_FAILED for f in existing.fapiaos.values()):
                    raise _invalid(
                        "fapiao_apply_id has already been used for fapiao that are issued or being issued; "
                        "query the application, or retry only after every fapiao failed"
                    )
                if existing.retries >= MAX_RETRIES:
                    raise _invalid(f"an application can be retried at most {MAX_RETRIES} times")
            for fapiao in fapiaos:
                owner = self._fapiao_owner.get(fapiao.fapiao_id)
                if owner is not None:
                    raise _invalid(f"fapiao_id {fapiao.fapiao_id} has already been used (application {owner})")
            total = sum(f.total_amount for f in fapiaos)
            card_openid = "o" + random_string(27)
            if scene == WITHOUT_WECHATPAY:
                title = self._titles.get((WITHOUT_WECHATPAY, apply_id))
                if title is None or title.title is None:
                    raise _invalid("the buyer has not filled in the title of this fapiao_apply_id yet")
                if title.total_amount is not None and total > title.total_amount:
                    raise _invalid(
                        f"the fapiao total {total} exceeds the title link's total_amount {title.total_amount}"
                    )
                card_openid = title.openid or card_openid
            if existing is None:
                existing = Application(
                    fapiao_apply_id=apply_id,
                    scene=scene,
                    buyer=dict(buyer),
                    fapiaos={},
                    request=_canonical(plain_body),
                    card_openid=card_openid,
                    created_at=self.context.clock(),
                )
                self._applications[apply_id] = existing
            else:  # the documented retry after every fapiao failed
                existing.retries += 1
                existing.buyer = dict(buyer)
                existing.request = _canonical(plain_body)
            for fapiao in fapiaos:
                existing.fapiaos[fapiao.fapiao_id] = fapiao
                self._fapiao_owner[fapiao.fapiao_id] = apply_id
            return

    def _new_fapiaos(self, information: list[Mapping[str, Any]]) -> list[Fapiao]:
        seen: set[str] = set()
        out: list[Fapiao] = []
        for index, entry in enumerate(information):
            pointer = f"/fapiao_information/{index}"
            fapiao_id = str(entry["fapiao_id"])
            if fapiao_id in seen:
                raise _param_error(f"{pointer}/fapiao_id", "is given twice in this request")
            seen.add(fapiao_id)
            items = list(entry["items"])
            if len(items) > MAX_LINES:
                raise _param_error(f"{pointer}/items", f"has more than {MAX_LINES} lines")
            lines: list[dict[str, Any]] = []
            for n, item in enumerate(items):
                lines.append(self._line(item, f"{pointer}/items/{n}", lines[-1] if lines else None))
            total = int(entry["total_amount"])
            if sum(int(line["total_amount"]) for line in lines) != total:
                raise _param_error(f"{pointer}/total_amount", "is not the sum of the lines' total_amount")
            remark = entry.get("remark")
            out.append(Fapiao(fapiao_id, total, lines, None if remark is None else str(remark)))
        return out

    @staticmethod
    def _line(item: Mapping[str, Any], pointer: str, previous: Mapping[str, Any] | None) -> dict[str, Any]:
        """A request line as the answer's ``FapiaoResponseItem``, with amount and tax computed.

        A discount line without ``tax_rate`` or ``goods_id`` takes the rate of the line it follows
        (the line it discounts).
        """
        good: dict[str, Any] | None = None
        if "goods_id" in item:
            good = _good(item["goods_id"])
            if good is None:
                raise _param_error(f"{pointer}/goods_id", "names no good of the tax-code table")
        rate = item.get("tax_rate", None if good is None else good["tax_rate"])
        if rate is None and item.get("discount") and previous is not None:
            rate = previous["tax_rate"]
        if rate is None:
            raise _param_error(f"{pointer}/tax_rate", "is required unless goods_id names a configured good")
        total = int(item["total_amount"])
        quantity = int(item["quantity"])
        amount = round(total * 10000 / (10000 + int(rate)))
        line: dict[str, Any] = {
            "tax_code": str(item["tax_code"]),
            "quantity": quantity,
            "total_amount": total,
            "amount": amount,
            "tax_amount": total - amount,
            "tax_rate": int(rate),
            "tax_prefer_mark": str(
                item.get("tax_prefer_mark", "NO_FAVORABLE" if good is None else good["tax_prefer_mark"])
            ),
            "discount": bool(item["discount"]),
        }
        name = item.get("goods_name", None if good is None else good["goods_name"])
        if name is not None:
            line["goods_name"] = str(name)
        for key in ("specification", "unit"):
            if key in item:
                line[key] = str(item[key])
        if quantity > 0:
            # 10^-8 yuan per unit, as the official example (unit_price 380442000000 for 3804.42 yuan)
            line["unit_price"] = amount * 10**14 // quantity
        return line

    # ------------------------------------------------------------------ seed
    def seed(self, operation_id: str, notify_url: str) -> dict[str, Any] | None:
        """The state one routed operation needs on its own (the all-operations round trip).

        Sets the ``callback_url`` to ``notify_url`` when none is configured; for the operations on
        an application, issues one (and completes it) and names it in the overrides.
        """
        with self.lock:
            if not self.callback_url:
                self.callback_url = notify_url
            if operation_id == "issue_fapiao":
                return {"body": self._seed_body(random_digits(28), "FP" + random_string(20))}
            if operation_id in ("query_fapiao", "query_fapiao_download_info", "reverse_fapiao"):
                apply_id, fapiao_id = "4200" + random_digits(24), "FP" + random_string(20)
                self._issue(self._seed_body(apply_id, fapiao_id), {})
                fapiao = self.complete_issue(apply_id).fapiaos[fapiao_id]
                if operation_id == "reverse_fapiao":
                    number = (fapiao.blue or {})["fapiao_number"]
                    return {
                        "path": {"fapiao_apply_id": apply_id},
                        "body": {"fapiao_information": [{"fapiao_id": fapiao_id, "fapiao_number": number}]},
                    }
                return {"path": {"fapiao_apply_id": apply_id}, "query": {"fapiao_id": fapiao_id}}
            if operation_id == "query_fapiao_user_title":
                apply_id = "T" + random_string(20)
                now = self.context.clock()
                self._titles[(WITHOUT_WECHATPAY, apply_id)] = TitleRequest(
                    apply_id, WITHOUT_WECHATPAY, 100, "o" + random_string(27), now + TITLE_URL_VALIDITY
                )
                self.user_fills_title(apply_id)
                return {"query": {"scene": WITHOUT_WECHATPAY, "fapiao_apply_id": apply_id}}
            return None

    @staticmethod
    def _seed_body(apply_id: str, fapiao_id: str, total: int = 100) -> dict[str, Any]:
        good = TAX_CODES[0]
        line = {"tax_code": good["tax_code"], "goods_id": good["goods_id"], "quantity": 100000000}
        return {
            "scene": WITH_WECHATPAY,
            "fapiao_apply_id": apply_id,
            "buyer_information": {"type": "INDIVIDUAL", "name": "张三"},
            "fapiao_information": [
                {
                    "fapiao_id": fapiao_id,
                    "total_amount": total,
                    "need_list": False,
                    "items": [{**line, "total_amount": total, "discount": False}],
                }
            ],
        }

    # ----------------------------------------------------- WeChat Pay's side
    def complete_issue(
        self, fapiao_apply_id: str, *, fail: bool = False, error_message: str = "购买方纳税人识别号有误"
    ) -> Application:
        """The tax side finishes: every ISSUE_ACCEPTED fapiao becomes ISSUED (FAPIAO.ISSUED) or ISSUE_FAILED."""
        with self.lock:
            app = self.application(fapiao_apply_id)
            pending = [f for f in app.fapiaos.values() if f.status == ISSUE_ACCEPTED]
            if not pending:
                raise _invalid("no fapiao of this application is waiting to be issued")
            now = self.context.clock()
            for fapiao in pending:
                if fail:
                    fapiao.status = ISSUE_FAILED
                    fapiao.error_code = "ISSUE_FAILED"
                    fapiao.error_message = error_message
                    continue
                fapiao.status = ISSUED
                fapiao.blue = self._numbers(now)
                fapiao.card_status = INSERTED
                fapiao.card_code = random_digits(12)
            if not fail:
                self._notify("FAPIAO.ISSUED", "发票开具成功", app)
            return app

    def complete_reverse(self, fapiao_apply_id: str, *, fail: bool = False) -> Application:
        """The tax side finishes: every REVERSE_ACCEPTED fapiao becomes REVERSED (FAPIAO.REVERSED) or REVERSE_FAILED."""
        with self.lock:
            app = self.application(fapiao_apply_id)
            pending = [f for f in app.fapiaos.values() if f.status == REVERSE_ACCEPTED]
            if not pending:
                raise _invalid("no fapiao of this application is waiting to be reversed")
            now = self.context.clock()
            for fapiao in pending:
                if fail:
                    fapiao.status = REVERSE_FAILED
                    continue
                fapiao.status = REVERSED
                fapiao.red = self._numbers(now)
                fapiao.card_status = DISCARDED
            if not fail:
                self._notify("FAPIAO.REVERSED", "发票冲红成功", app)
            return app

    @staticmethod
    def _numbers(now: float) -> dict[str, Any]:
        return {
            "fapiao_code": "0440" + random_digits(8),
            "fapiao_number": random_digits(8),
            "check_code": random_digits(20),
            "password": random_string(60, "0123456789<>+-*/"),
            "fapiao_time": rfc3339(now),
        }

    def _notify(self, event_type: str, summary: str, app: Application) -> None:
        if not self.callback_url:
            return
        entries: list[dict[str, Any]] = []
        for fapiao in app.fapiaos.values():
            entry: dict[str, Any] = {"fapiao_id": fapiao.fapiao_id, "fapiao_status": fapiao.status}
            if fapiao.card_status is not None:
                entry["card_status"] = fapiao.card_status
            entries.append(entry)
        resource = {"mchid": self.context.mchid, "fapiao_apply_id": app.fapiao_apply_id, "fapiao_information": entries}
        self.context.emit(Event(event_type, self.callback_url, ORIGINAL_TYPE, summary, resource))

    # ----------------------------------------------------------------- query
    @route("GET", PREFIX + "/fapiao-applications/{}")
    def query(self, request: FlowRequest) -> dict[str, Any]:
        with self.lock:
            app = self.application(str(request.args[0]))
            selected = self._select(app, request.query.get("fapiao_id"))
            return {"total_count": len(selected), "fapiao_information": [self._fapiao_json(app, f) for f in selected]}

    @staticmethod
    def _select(app: Application, fapiao_id: Any) -> list[Fapiao]:
        if fapiao_id is None:
            return list(app.fapiaos.values())
        found = app.fapiaos.get(str(fapiao_id))
        if found is None:
            raise _not_found("no fapiao with this fapiao_id in the application")
        return [found]

    def _fapiao_json(self, app: Application, fapiao: Fapiao) -> dict[str, Any]:
        buyer = {k: app.buyer[k] for k in (*BUYER_FIELDS, *SENSITIVE_BUYER_FIELDS) if k in app.buyer}
        out: dict[str, Any] = {
            "fapiao_id": fapiao.fapiao_id,
            "status": fapiao.status,
            "total_amount": fapiao.total_amount,
            "tax_amount": fapiao.tax_amount,
            "amount": fapiao.amount,
            "seller_information": dict(SELLER),
            "buyer_information": buyer,  # phone/email in plaintext: the server encrypts them
            "extra_information": dict(EXTRA),
            "items": [dict(line) for line in fapiao.items],
        }
        if fapiao.remark is not None:
            out["remark"] = fapiao.remark
        if fapiao.blue is not None:
            out["blue_fapiao"] = dict(fapiao.blue)
        if fapiao.red is not None:
            out["red_fapiao"] = dict(fapiao.red)
        if fapiao.card_status is not None:
            out["card_information"] = {
                "card_appid": CARD_APPID,
                "card_openid": app.card_openid,
                "card_id": CARD_ID,
                "card_code": fapiao.card_code or "",
                "card_status": fapiao.card_status,
            }
        if fapiao.error_code is not None:
            out["fapiao_error_code"] = fapiao.error_code
            out["fapiao_error_message"] = fapiao.error_message or ""
        return out

    # --------------------------------------------------------- download info
    @route("GET", PREFIX + "/fapiao-applications/{}/fapiao-files")
    def download_info(self, request: FlowRequest) -> dict[str, Any]:
        with self.lock:
            app = self.application(str(request.args[0]))
            fapiao_id = request.query.get("fapiao_id")
            selected = self._select(app, fapiao_id)
            ready = [f for f in selected if f.status in DOWNLOADABLE]
            if fapiao_id is not None and not ready:
                raise _invalid(f"the fapiao is {selected[0].status}; only issued fapiao can be downloaded")
            if not ready:
                raise _invalid("no fapiao of this application has been issued yet")
            base = self.context.base_url()
            entries = []
            for fapiao in ready:
                query = urllib.parse.urlencode(
                    {"token": random_string(32), "mchid": self.context.mchid, "fapiao_id": fapiao.fapiao_id}
                )
                entries.append(
                    {
                        "fapiao_id": fapiao.fapiao_id,
                        "download_url": f"{base}/invoicing/fapiao/fapiao-file?{query}",
                        "status": fapiao.status,
                    }
                )
            return {"fapiao_download_info_list": entries}

    # --------------------------------------------------------------- reverse
    @route("POST", PREFIX + "/fapiao-applications/{}/reverse")
    def reverse(self, request: FlowRequest) -> None:
        body = request.body
        reason = str(body["reverse_reason"])
        with self.lock:
            app = self.application(str(request.args[0]))
            targets: list[Fapiao] = []
            named = body.get("fapiao_information")
            if named is None:
                targets = [f for f in app.fapiaos.values() if f.status in (ISSUED, REVERSE_FAILED, REVERSE_ACCEPTED)]
            else:
                for index, entry in enumerate(named):
                    fapiao = app.fapiaos.get(str(entry["fapiao_id"]))
                    if fapiao is None:
                        raise _not_found(f"no fapiao with fapiao_id {entry['fapiao_id']} in the application")
                    pointer = f"/fapiao_information/{index}"
                    if fapiao.blue is not None and str(entry["fapiao_number"]) != fapiao.blue["fapiao_number"]:
                        raise _param_error(f"{pointer}/fapiao_number", "is not the number of this fapiao")
                    if (
                        fapiao.blue is not None
                        and "fapiao_code" in entry
                        and str(entry["fapiao_code"]) != fapiao.blue["fapiao_code"]
                    ):
                        raise _param_error(f"{pointer}/fapiao_code", "is not the code of this fapiao")
                    targets.append(fapiao)
            if not targets:
                raise _invalid("the application has no issued fapiao to reverse")
            if all(f.status == REVERSE_ACCEPTED and f.reverse_reason == reason for f in targets):
                return  # the same reversal again: already accepted
            for fapiao in targets:
                if fapiao.status not in (ISSUED, REVERSE_FAILED):
                    raise _invalid(f"fapiao {fapiao.fapiao_id} is {fapiao.status}; only ISSUED fapiao can be reversed")
            for fapiao in targets:
                fapiao.status = REVERSE_ACCEPTED
                fapiao.reverse_reason = reason
            return

    # ---------------------------------------------------------------- titles
    @route("GET", PREFIX + "/user-title/title-url")
    def title_url(self, request: FlowRequest) -> dict[str, Any]:
        query = request.query
        apply_id = str(query["fapiao_apply_id"])
        with self.lock:
            if apply_id in self._applications:
                raise _invalid("fapiao_apply_id has already been used for an application")
            key = (WITHOUT_WECHATPAY, apply_id)
            title = self._titles.get(key)
            expires = self.context.clock() + TITLE_URL_VALIDITY
            if title is None:
                title = TitleRequest(
                    apply_id, WITHOUT_WECHATPAY, int(query["total_amount"]), str(query["openid"]), expires
                )
                self._titles[key] = title
            elif title.title is None:
                title.total_amount, title.openid, title.expires_at = (
                    int(query["total_amount"]),
                    str(query["openid"]),
                    expires,
                )
            token = random_string(24)
            if query["source"] == "MINIPROGRAM":
                return {
                    "miniprogram_appid": TITLE_MINIPROGRAM_APPID,
                    "miniprogram_path": f"pages/title/index?fapiao_apply_id={apply_id}&token={token}",
                    "miniprogram_user_name": TITLE_MINIPROGRAM_USER_NAME,
                }
            params = urllib.parse.urlencode({"fapiao_apply_id": apply_id, "token": token})
            return {"title_url": f"{self.context.base_url()}/sandbox/fapiao/title?{params}"}

    def user_fills_title(
        self,
        fapiao_apply_id: str,
        *,
        scene: str = WITHOUT_WECHATPAY,
        buyer_type: str = "INDIVIDUAL",
        name: str = "张三",
        taxpayer_id: str | None = None,
        phone: str | None = None,
        email: str | None = None,
        fapiao_bill_type: str = "COMM_FAPIAO",
    ) -> TitleRequest:
        """The buyer submits the title (title link, or a WeChat Pay order's voucher): FAPIAO.USER_APPLIED."""
        with self.lock:
            now = self.context.clock()
            key = (scene, fapiao_apply_id)
            title = self._titles.get(key)
            if scene == WITHOUT_WECHATPAY:
                if title is None:
                    raise _not_found("no title link was requested for this fapiao_apply_id")
                if title.title is None and now > title.expires_at:
                    raise _invalid("the title link has expired; ask for a new one")
            elif title is None:
                title = TitleRequest(fapiao_apply_id, scene, None, None, now)
                self._titles[key] = title
            filled: dict[str, Any] = {"type": buyer_type, "name": name, "fapiao_bill_type": fapiao_bill_type}
            for field, value in (("taxpayer_id", taxpayer_id), ("phone", phone), ("email", email)):
                if value is not None:
                    filled[field] = value
            title.title, title.applied_at = filled, now
            if self.callback_url:
                resource = {"mchid": self.context.mchid, "fapiao_apply_id": fapiao_apply_id, "apply_time": rfc3339(now)}
                self.context.emit(
                    Event("FAPIAO.USER_APPLIED", self.callback_url, ORIGINAL_TYPE, "用户发票抬头填写完成", resource)
                )
            return title

    @route("GET", PREFIX + "/user-title")
    def user_title(self, request: FlowRequest) -> dict[str, Any]:
        key = (str(request.query["scene"]), str(request.query["fapiao_apply_id"]))
        with self.lock:
            title = self._titles.get(key)
            if title is None or title.title is None:
                raise _not_found("the buyer has not filled in the title of this fapiao_apply_id")
            out = dict(title.title)  # phone/email in plaintext: the server encrypts them
            if title.total_amount is not None:
                out["amount"] = title.total_amount
            return out


FLOW = FapiaoFlow
