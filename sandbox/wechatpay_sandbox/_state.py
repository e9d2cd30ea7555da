"""In-memory business state and the rules of the 12 insurance operations.

Everything here runs under one lock. Handlers receive already-validated input (the schema check
and the sensitive-field decryption happen before) and either return the response payload or raise
:class:`SandboxError`. Events (callbacks to send) go out through the ``emit`` callable.

Sandbox choices where WeChat Pay documents nothing (insurance-api.md 5, 7):

- Error codes: see :class:`~wechatpay_sandbox._constants.Code`. A contract in the wrong state is
  ``400 INVALID_REQUEST``; a period rule (schedule twice, booking window, amounts, modify rules) is
  ``403 RULE_LIMIT``; an unknown contract is ``404 CONTRACT_NOT_EXIST``; an unknown period or
  session is ``404 RESOURCE_NOT_EXISTS``.
- ``policy_period_state`` values: ``NO_SCHEDULED`` and ``SCHEDULED`` (documented) and ``DEDUCTED``
  (sandbox) once a deduction was accepted.
- A contract expires at the end of its ``policy_end_date`` (Beijing time), or when
  ``Sandbox.expire_contract`` moves its expiry to now; its ``contract_state`` stays ``SIGNED``.
  A renewal (#7) appends the new periods and moves ``policy_end_date`` one year on.
- INSURANCE_ENTRUST.TERMINATE and .RENEW go to the pre-sign's ``contract_notify_url``: the real
  service sends them to a URL configured on the plan template, which the sandbox does not model.
- A pre-sign with the trade block (``amount`` + ``out_trade_no`` + ``transaction_notify_url``)
  deducts the earliest period on signing and sends TRANSACTION.SUCCESS.
- Schedule (#10) returns ``deduct_start_date`` = the day after scheduling and ``deduct_end_date`` =
  28 days after the estimated date (not earlier than the start); the deduction window is checked
  by apply (#12) only with ``enforce_deduct_window=True``.
- Booking window of #10: from the day before ``estimated_deduct_date`` through 28 days after it,
  by the sandbox clock in Beijing time. The 08:00-19:30 call window is enforced only with
  ``enforce_business_hours=True`` (off by default, so tests do not depend on the time of day).
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import urllib.parse
from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs

from ._constants import (
    CHINA_TZ,
    MINI_PROGRAM_REDIRECT_APPID,
    MINI_PROGRAM_REDIRECT_PATH,
    PRE_SIGN_VALIDITY,
    Code,
)
from ._crypto import random_digits, random_string
from ._errors import SandboxError
from ._errors import param_error as _param_error

NO_SCHEDULED: Final = "NO_SCHEDULED"
SCHEDULED: Final = "SCHEDULED"
DEDUCTED: Final = "DEDUCTED"

SIGNED: Final = "SIGNED"
TERMINATED: Final = "TERMINATED"

BOOKING_OPENS_DAYS_BEFORE: Final = 1
BOOKING_CLOSES_DAYS_AFTER: Final = 28
BUSINESS_HOURS: Final = (dt.time(8, 0), dt.time(19, 30))


@attrs.frozen
class Event:
    """A callback to deliver: the plaintext resource is encrypted by the notifier."""

    event_type: str
    url: str
    original_type: str
    summary: str
    resource: Mapping[str, Any]


Emit = Callable[[Event], object]


# --------------------------------------------------------------------------- time helpers


def china_now(now: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(now, CHINA_TZ)


def rfc3339(moment: float) -> str:
    return dt.datetime.fromtimestamp(int(moment), CHINA_TZ).isoformat()


def _end_of_day(day: dt.date) -> float:
    return dt.datetime.combine(day, dt.time(23, 59, 59), CHINA_TZ).timestamp()


def _add_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _as_int(value: Any) -> int:
    return int(value)


def _money(total: int, currency: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"total": total}
    if currency is not None:
        out["currency"] = currency
    return out


# --------------------------------------------------------------------------- records


@attrs.define(repr=False)
class RealIdentity:
    """The user's decrypted identity. Kept in memory only; ``repr`` never shows it."""

    real_name: str
    id_card_number: str
    identity_type: str | None = None

    def __repr__(self) -> str:
        return f"RealIdentity(identity_type={self.identity_type!r}, <redacted>)"


@attrs.define
class PolicyPeriod:
    policy_period_id: int
    estimated_deduct_date: dt.date
    estimated_amount: int
    currency: str | None = None
    coverage: Mapping[str, Any] | None = None
    state: str = NO_SCHEDULED
    scheduled_amount: int | None = None
    deduct_start_date: dt.date | None = None
    deduct_end_date: dt.date | None = None
    deduct_amount: int | None = None
    deduct_date: dt.date | None = None
    out_trade_no: str | None = None

    @classmethod
    def from_plan(cls, plan: Mapping[str, Any]) -> PolicyPeriod:
        amount = plan["estimated_deduct_amount"]
        return cls(
            policy_period_id=_as_int(plan["policy_period_id"]),
            estimated_deduct_date=dt.date.fromisoformat(plan["estimated_deduct_date"]),
            estimated_amount=_as_int(amount["total"]),
            currency=amount.get("currency"),
            coverage=plan.get("policy_coverage_detail"),
        )

    def plan_json(self) -> dict[str, Any]:
        """As a ``PolicyPeriodPlan`` (without coverage)."""
        return {
            "policy_period_id": self.policy_period_id,
            "estimated_deduct_date": self.estimated_deduct_date.isoformat(),
            "estimated_deduct_amount": _money(self.estimated_amount, self.currency),
        }

    def _outcome_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.scheduled_amount is not None:
            out["scheduled_amount"] = _money(self.scheduled_amount, self.currency)
        if self.deduct_amount is not None:
            out["deduct_amount"] = _money(self.deduct_amount, self.currency)
        if self.deduct_date is not None:
            out["deduct_date"] = self.deduct_date.isoformat()
        return out

    def list_json(self) -> dict[str, Any]:
        """As an item of #8's ``data``."""
        return {**self.plan_json(), "policy_period_state": self.state, **self._outcome_json()}

    def state_json(self) -> dict[str, Any]:
        """As a ``PolicyPeriodState`` (#10, #11)."""
        out: dict[str, Any] = {"policy_period_id": self.policy_period_id, "policy_period_state": self.state}
        if self.deduct_start_date is not None:
            out["deduct_start_date"] = self.deduct_start_date.isoformat()
        if self.deduct_end_date is not None:
            out["deduct_end_date"] = self.deduct_end_date.isoformat()
        out.update(self._outcome_json())
        return out


@attrs.define
class PreSignSession:
    pre_entrustweb_id: str
    channel: str  # "app" | "h5" | "jsapi" | "mini_program"
    created_at: float
    expires_at: float
    request: Mapping[str, Any] = attrs.field(repr=False)  # the body, real_identity removed
    real_identity: RealIdentity | None = attrs.field(default=None, repr=False)
    redirect_url: str | None = None
    contract_id: str | None = None

    @property
    def out_contract_code(self) -> str:
        return str(self.request["out_contract_code"])

    @property
    def plan_id(self) -> int:
        return _as_int(self.request["plan_id"])

    def status(self, now: float) -> str:
        if self.contract_id is not None:
            return "SIGNED"
        return "EXPIRED" if now > self.expires_at else "OPEN"

    def to_json(self, now: float) -> dict[str, Any]:
        return {
            "pre_entrustweb_id": self.pre_entrustweb_id,
            "channel": self.channel,
            "status": self.status(now),
            "plan_id": self.plan_id,
            "out_contract_code": self.out_contract_code,
            "expires_at": rfc3339(self.expires_at),
            "contract_id": self.contract_id,
        }


@attrs.define
class Contract:
    contract_id: str
    mchid: str
    appid: str
    plan_id: int
    out_contract_code: str
    insured_display_name: str
    openid: str
    contract_state: str
    signed_time: float
    expired_time: float
    policy_start_date: dt.date
    policy_end_date: dt.date
    contract_notify_url: str
    periods: list[PolicyPeriod]
    pre_entrustweb_id: str
    out_user_code: str | None = None
    can_auto_insure: bool = False
    can_auto_reinsure: bool = False
    real_identity: RealIdentity | None = attrs.field(default=None, repr=False)
    terminate_info: dict[str, Any] | None = None
    renewals: int = 0

    def is_expired(self, now: float) -> bool:
        return self.expired_time <= now

    def period(self, policy_period_id: int) -> PolicyPeriod | None:
        for item in self.periods:
            if item.policy_period_id == policy_period_id:
                return item
        return None

    def to_json(self) -> dict[str, Any]:
        """As an ``InsuranceContract`` (#5, #6) and as the INSURANCE_ENTRUST.* resource."""
        out: dict[str, Any] = {
            "mchid": self.mchid,
            "contract_id": self.contract_id,
            "appid": self.appid,
            "plan_id": self.plan_id,
            "out_contract_code": self.out_contract_code,
            "insured_display_name": self.insured_display_name,
            "contract_state": self.contract_state,
            "contract_signed_time": rfc3339(self.signed_time),
            "contract_expired_time": rfc3339(self.expired_time),
            "openid": self.openid,
        }
        if self.terminate_info is not None:
            out["contract_terminate_info"] = dict(self.terminate_info)
        if self.out_user_code is not None:
            out["out_user_code"] = self.out_user_code
        return out


@attrs.define
class Trade:
    out_trade_no: str
    transaction_id: str
    contract_id: str
    policy_period_id: int | None
    total: int
    currency: str
    success_time: float


# --------------------------------------------------------------------------- the state


def _rule(message: str) -> SandboxError:
    return SandboxError(403, Code.RULE_LIMIT, message)


def _check_url(body: Mapping[str, Any], name: str) -> None:
    if name not in body:
        return
    parsed = urllib.parse.urlsplit(str(body[name]))
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise _param_error(f"/{name}", "must be an absolute http(s) URL", body[name])


class SandboxState:
    """Sessions, contracts, periods and trades. Read the records; change them only through the API."""

    def __init__(
        self,
        *,
        mchid: str,
        clock: Callable[[], float],
        emit: Emit,
        enforce_business_hours: bool = False,
        enforce_deduct_window: bool = False,
    ) -> None:
        self.lock = threading.RLock()
        self._mchid = mchid
        self._clock = clock
        self._emit = emit
        self.enforce_business_hours = enforce_business_hours
        self.enforce_deduct_window = enforce_deduct_window
        self._sessions: dict[str, PreSignSession] = {}
        self._contracts: dict[str, Contract] = {}
        self._by_code: dict[tuple[int, str], str] = {}
        self._trades: dict[str, Trade] = {}
        #: Whether another part of the sandbox (basic payment orders) has used an ``out_trade_no``.
        self.trade_no_taken: Callable[[str], bool] = lambda out_trade_no: False

    # ------------------------------------------------------------- accessors
    def session(self, pre_entrustweb_id: str) -> PreSignSession:
        """A pre-sign session by its id, or by the ``redirect_url`` handed out for H5/JSAPI."""
        with self.lock:
            key = pre_entrustweb_id
            if key not in self._sessions:
                match = re.search(r"/sandbox/sessions/([^/?#]+)", key)
                key = urllib.parse.unquote(match.group(1)) if match else key
            try:
                return self._sessions[key]
            except KeyError:
                raise SandboxError(404, Code.RESOURCE_NOT_EXISTS, "no such pre-sign session") from None

    def sessions(self) -> list[PreSignSession]:
        with self.lock:
            return list(self._sessions.values())

    def contract(
        self, contract_id: str | None = None, *, plan_id: int | None = None, out_contract_code: str | None = None
    ) -> Contract:
        """A contract by ``contract_id``, or by ``out_contract_code`` (and ``plan_id`` when given)."""
        with self.lock:
            if contract_id is not None:
                found = self._contracts.get(contract_id)
            else:
                found = None
                for item in self._contracts.values():
                    if item.out_contract_code == out_contract_code and (plan_id is None or item.plan_id == plan_id):
                        found = item
                        break
            if found is None:
                raise SandboxError(404, Code.CONTRACT_NOT_EXIST, "no such contract")
            return found

    def contracts(self) -> list[Contract]:
        with self.lock:
            return list(self._contracts.values())

    def trade(self, out_trade_no: str) -> Trade:
        with self.lock:
            try:
                return self._trades[out_trade_no]
            except KeyError:
                raise SandboxError(404, Code.RESOURCE_NOT_EXISTS, "no such trade") from None

    def trades(self) -> list[Trade]:
        with self.lock:
            return list(self._trades.values())

    def trade_no_used(self, out_trade_no: str) -> bool:
        """Whether ``out_trade_no`` is taken, by an insurance deduction or a basic payment order."""
        with self.lock:
            return out_trade_no in self._trades or self.trade_no_taken(out_trade_no)

    # ---------------------------------------------------------------- helpers
    def _today(self) -> dt.date:
        return china_now(self._clock()).date()

    def _contract_by_code(self, plan_id: int, code: str) -> Contract:
        contract_id = self._by_code.get((plan_id, code))
        if contract_id is None:
            raise SandboxError(
                404, Code.CONTRACT_NOT_EXIST, f"no contract for plan_id {plan_id} and this out_contract_code"
            )
        return self._contracts[contract_id]

    def _contract_by_id(self, contract_id: str, plan_id: int | None = None) -> Contract:
        found = self._contracts.get(contract_id)
        if found is None or (plan_id is not None and found.plan_id != plan_id):
            raise SandboxError(
                404,
                Code.CONTRACT_NOT_EXIST,
                "no contract with this contract_id" + ("" if plan_id is None else f" under plan_id {plan_id}"),
            )
        return found

    @staticmethod
    def _check_appid(contract: Contract, body: Mapping[str, Any]) -> None:
        if "appid" in body and body["appid"] != contract.appid:
            raise _param_error("/appid", "does not match the appid the contract was signed with", body["appid"])

    @staticmethod
    def _require_signed(contract: Contract, action: str) -> None:
        if contract.contract_state != SIGNED:
            raise SandboxError(
                400,
                Code.INVALID_REQUEST,
                f"the contract is {contract.contract_state}; only a SIGNED contract can {action}",
            )

    @staticmethod
    def _period(contract: Contract, policy_period_id: int) -> PolicyPeriod:
        found = contract.period(policy_period_id)
        if found is None:
            raise SandboxError(404, Code.RESOURCE_NOT_EXISTS, f"the contract has no policy period {policy_period_id}")
        return found

    @staticmethod
    def _check_period_plans(plans: list[Mapping[str, Any]], taken: set[int] | None = None) -> None:
        seen: set[int] = set(taken or ())
        for index, plan in enumerate(plans):
            pid = _as_int(plan["policy_period_id"])
            if pid in seen:
                raise _param_error(f"/policy_periods/{index}/policy_period_id", "is used twice", pid)
            seen.add(pid)

    def _record_trade(
        self, out_trade_no: str, contract: Contract, period: PolicyPeriod | None, amount: Mapping[str, Any]
    ) -> Trade:
        trade = Trade(
            out_trade_no=out_trade_no,
            transaction_id="4200" + random_digits(24),
            contract_id=contract.contract_id,
            policy_period_id=None if period is None else period.policy_period_id,
            total=_as_int(amount["total"]),
            currency=str(amount.get("currency") or "CNY"),
            success_time=self._clock(),
        )
        self._trades[out_trade_no] = trade
        return trade

    def _transaction_event(self, url: str, contract: Contract, trade: Trade, attach: Any) -> Event:
        resource: dict[str, Any] = {
            "mchid": contract.mchid,
            "appid": contract.appid,
            "out_trade_no": trade.out_trade_no,
            "transaction_id": trade.transaction_id,
            "trade_type": "PAP",
            "trade_state": "SUCCESS",
            "trade_state_desc": "支付成功",
            "bank_type": "OTHERS",
            "success_time": rfc3339(trade.success_time),
            "payer": {"openid": contract.openid},
            "amount": {
                "total": trade.total,
                "payer_total": trade.total,
                "currency": trade.currency,
                "payer_currency": trade.currency,
            },
        }
        if attach is not None:
            resource["attach"] = attach
        return Event("TRANSACTION.SUCCESS", url, "transaction", "支付成功", resource)

    def _entrust_event(self, event_type: str, contract: Contract, summary: str) -> Event:
        return Event(event_type, contract.contract_notify_url, "insurance_entrust", summary, contract.to_json())

    # ---------------------------------------------------------- #1-#4 pre-sign
    def pre_sign(
        self, channel: str, body: Mapping[str, Any], identity: RealIdentity | None, base_url: str
    ) -> dict[str, Any]:
        with self.lock:
            plan_id = _as_int(body["plan_id"])
            code = str(body["out_contract_code"])
            if (plan_id, code) in self._by_code:
                raise SandboxError(
                    400,
                    Code.CONTRACT_ALREADY_EXISTS,
                    "a contract with this out_contract_code already exists for the plan",
                )
            if body["policy_end_date"] < body["policy_start_date"]:
                raise _param_error("/policy_end_date", "must not be before policy_start_date", body["policy_end_date"])
            self._check_period_plans(list(body["policy_periods"]))
            trade_keys = ("amount", "out_trade_no", "transaction_notify_url")
            if any(k in body for k in (*trade_keys, "description")):
                for key in trade_keys:
                    if key not in body:
                        raise _param_error(
                            f"/{key}", "is required when the trade block (amount, out_trade_no, ...) is sent"
                        )
                if self.trade_no_used(str(body["out_trade_no"])):
                    raise SandboxError(400, Code.OUT_TRADE_NO_USED, "out_trade_no has already been used")
            _check_url(body, "contract_notify_url")
            _check_url(body, "transaction_notify_url")

            now = self._clock()
            session_id = "SBX" + random_string(29)
            stored = {k: v for k, v in body.items() if k != "real_identity"}
            session = PreSignSession(session_id, channel, now, now + PRE_SIGN_VALIDITY, stored, identity)
            self._sessions[session_id] = session
            if channel in ("h5", "jsapi"):
                session.redirect_url = f"{base_url}/sandbox/sessions/{session_id}"
                return {"redirect_url": session.redirect_url}
            if channel == "mini_program":
                return {
                    "pre_entrustweb_id": session_id,
                    "redirect_appid": MINI_PROGRAM_REDIRECT_APPID,
                    "redirect_path": MINI_PROGRAM_REDIRECT_PATH,
                }
            return {"pre_entrustweb_id": session_id}

    def sign(self, pre_entrustweb_id: str, *, openid: str | None = None) -> Contract:
        """The user signs in WeChat: create the contract and send the callbacks."""
        with self.lock:
            session = self.session(pre_entrustweb_id)
            now = self._clock()
            status = session.status(now)
            if status != "OPEN":
                raise SandboxError(400, Code.INVALID_REQUEST, f"the pre-sign session is {status}")
            body = session.request
            key = (session.plan_id, session.out_contract_code)
            if key in self._by_code:
                raise SandboxError(
                    400,
                    Code.CONTRACT_ALREADY_EXISTS,
                    "a contract with this out_contract_code already exists for the plan",
                )
            end = dt.date.fromisoformat(body["policy_end_date"])
            contract = Contract(
                contract_id="SBX" + random_digits(25),
                mchid=self._mchid,
                appid=str(body["appid"]),
                plan_id=session.plan_id,
                out_contract_code=session.out_contract_code,
                insured_display_name=str(body["insured_display_name"]),
                openid=openid or str(body.get("openid") or "o" + random_string(27)),
                contract_state=SIGNED,
                signed_time=now,
                expired_time=_end_of_day(end),
                policy_start_date=dt.date.fromisoformat(body["policy_start_date"]),
                policy_end_date=end,
                contract_notify_url=str(body["contract_notify_url"]),
                periods=sorted(
                    (PolicyPeriod.from_plan(p) for p in body["policy_periods"]), key=lambda p: p.policy_period_id
                ),
                pre_entrustweb_id=session.pre_entrustweb_id,
                out_user_code=body.get("out_user_code"),
                can_auto_insure=bool(body.get("can_auto_insure", False)),
                can_auto_reinsure=bool(body.get("can_auto_reinsure", False)),
                real_identity=session.real_identity,
            )
            self._contracts[contract.contract_id] = contract
            self._by_code[key] = contract.contract_id
            session.contract_id = contract.contract_id
            self._emit(self._entrust_event("INSURANCE_ENTRUST.SIGN", contract, "签约成功"))

            if "out_trade_no" in body and not self.trade_no_used(str(body["out_trade_no"])):
                first = min(contract.periods, key=lambda p: (p.estimated_deduct_date, p.policy_period_id), default=None)
                trade = self._record_trade(str(body["out_trade_no"]), contract, first, body["amount"])
                if first is not None:
                    first.state = DEDUCTED
                    first.deduct_amount = trade.total
                    first.deduct_date = self._today()
                    first.out_trade_no = trade.out_trade_no
                self._emit(
                    self._transaction_event(str(body["transaction_notify_url"]), contract, trade, body.get("attach"))
                )
            return contract

    # ------------------------------------------------------------ #5 query
    def query_contract(self, plan_id: int, out_contract_code: str) -> dict[str, Any]:
        with self.lock:
            return self._contract_by_code(plan_id, out_contract_code).to_json()

    # --------------------------------------------------------- #6 terminate
    def terminate(self, plan_id: int, out_contract_code: str, body: Mapping[str, Any]) -> dict[str, Any]:
        with self.lock:
            contract = self._contract_by_code(plan_id, out_contract_code)
            self._require_signed(contract, "be terminated")
            contract.contract_state = TERMINATED
            contract.terminate_info = {
                "contract_termination_mode": "MCH_API_TERMINATE",
                "contract_terminated_time": rfc3339(self._clock()),
                "contract_termination_remark": str(body["contract_termination_remark"]),
            }
            self._emit(self._entrust_event("INSURANCE_ENTRUST.TERMINATE", contract, "解约成功"))
            return contract.to_json()

    # ------------------------------------------------------------- #7 renew
    def renew(self, plan_id: int, contract_id: str, body: Mapping[str, Any]) -> None:
        with self.lock:
            contract = self._contract_by_id(contract_id, plan_id)
            self._check_appid(contract, body)
            if contract.contract_state == TERMINATED:
                raise SandboxError(400, Code.INVALID_REQUEST, "the contract is TERMINATED and cannot be renewed")
            now = self._clock()
            if not contract.is_expired(now):
                raise SandboxError(
                    400,
                    Code.INVALID_REQUEST,
                    f"the contract has not expired (contract_expired_time {rfc3339(contract.expired_time)})",
                )
            if not (contract.can_auto_insure or contract.can_auto_reinsure):
                raise _rule("the contract was signed with neither can_auto_insure nor can_auto_reinsure")
            plans = list(body["policy_periods"])
            self._check_period_plans(plans, {p.policy_period_id for p in contract.periods})
            contract.periods.extend(PolicyPeriod.from_plan(p) for p in plans)
            contract.periods.sort(key=lambda p: p.policy_period_id)
            base = max(contract.policy_end_date, china_now(now).date())
            contract.policy_start_date = base + dt.timedelta(days=1)
            contract.policy_end_date = _add_year(base)
            contract.expired_time = _end_of_day(contract.policy_end_date)
            contract.renewals += 1
            self._emit(self._entrust_event("INSURANCE_ENTRUST.RENEW", contract, "续期成功"))

    # ------------------------------------------------------- #8 list periods
    def list_periods(
        self, plan_id: int, out_contract_code: str, limit: int | None, offset: int | None
    ) -> dict[str, Any]:
        with self.lock:
            contract = self._contract_by_code(plan_id, out_contract_code)
            limit = 20 if limit is None else limit
            offset = 0 if offset is None else offset
            if limit < 1:
                raise _param_error("limit", "must be at least 1", limit, "query")
            if offset < 0:
                raise _param_error("offset", "must not be negative", offset, "query")
            page = contract.periods[offset : offset + limit]
            return {
                "data": [p.list_json() for p in page],
                "limit": limit,
                "offset": offset,
                "total_count": len(contract.periods),
            }

    # ------------------------------------------------------------ #9 modify
    def modify(self, plan_id: int, contract_id: str, body: Mapping[str, Any]) -> dict[str, Any]:
        with self.lock:
            contract = self._contract_by_id(contract_id, plan_id)
            self._check_appid(contract, body)
            self._require_signed(contract, "have its periods modified")
            plans = list(body["policy_periods"])
            self._check_period_plans(plans)
            sent = {_as_int(p["policy_period_id"]) for p in plans}
            have = {p.policy_period_id for p in contract.periods}
            for index, plan in enumerate(plans):
                if _as_int(plan["policy_period_id"]) not in have:
                    raise _param_error(
                        f"/policy_periods/{index}/policy_period_id",
                        "is not a period of this contract",
                        plan["policy_period_id"],
                    )
            if sent != have:
                raise _rule("every policy period of the contract must be sent (unchanged except at most one amount)")
            changes: list[tuple[PolicyPeriod, int]] = []
            for index, plan in enumerate(plans):
                period = self._period(contract, _as_int(plan["policy_period_id"]))
                if plan["estimated_deduct_date"] != period.estimated_deduct_date.isoformat():
                    raise _rule(f"policy period {period.policy_period_id}: estimated_deduct_date cannot be changed")
                amount = plan["estimated_deduct_amount"]
                if amount.get("currency", period.currency) != period.currency:
                    raise _rule(f"policy period {period.policy_period_id}: currency cannot be changed")
                total = _as_int(amount["total"])
                if total != period.estimated_amount:
                    changes.append((period, total))
            if len(changes) > 1:
                raise _rule("at most one period amount can change per request")
            cancelled: int | None = None
            if changes:
                period, total = changes[0]
                if period.state not in (NO_SCHEDULED, SCHEDULED):
                    raise _rule(
                        f"policy period {period.policy_period_id} is {period.state}; only NO_SCHEDULED or SCHEDULED can change"
                    )
                if total > period.estimated_amount:
                    raise _rule("an estimated amount can only be lowered")
                if period.state == SCHEDULED:
                    if not body.get("allow_cancel_scheduled", False):
                        raise _rule(
                            f"policy period {period.policy_period_id} is SCHEDULED; send allow_cancel_scheduled=true to change it"
                        )
                    period.state = NO_SCHEDULED
                    period.scheduled_amount = None
                    period.deduct_start_date = None
                    period.deduct_end_date = None
                    cancelled = period.policy_period_id
                period.estimated_amount = total
            out: dict[str, Any] = {"policy_periods": [p.plan_json() for p in contract.periods]}
            if cancelled is not None:
                out["cancel_scheduled_policy_period_id"] = cancelled
            return out

    # ---------------------------------------------------------- #10 schedule
    def schedule(self, contract_id: str, policy_period_id: int, body: Mapping[str, Any]) -> dict[str, Any]:
        with self.lock:
            contract = self._contract_by_id(contract_id)
            self._check_appid(contract, body)
            self._require_signed(contract, "be scheduled")
            period = self._period(contract, policy_period_id)
            if period.state != NO_SCHEDULED:
                raise _rule(f"policy period {policy_period_id} is {period.state}; a period can be scheduled only once")
            amount = _as_int(body["scheduled_amount"]["total"])
            if amount != period.estimated_amount:
                raise _rule(
                    f"scheduled_amount.total ({amount}) must equal the estimated amount ({period.estimated_amount})"
                )
            now = china_now(self._clock())
            today = now.date()
            opens = period.estimated_deduct_date - dt.timedelta(days=BOOKING_OPENS_DAYS_BEFORE)
            closes = period.estimated_deduct_date + dt.timedelta(days=BOOKING_CLOSES_DAYS_AFTER)
            if today < opens:
                raise _rule(f"booking for policy period {policy_period_id} opens on {opens.isoformat()} (Beijing time)")
            if today > closes:
                raise _rule(
                    f"booking for policy period {policy_period_id} closed on {closes.isoformat()} (Beijing time)"
                )
            if self.enforce_business_hours and not (BUSINESS_HOURS[0] <= now.time() < BUSINESS_HOURS[1]):
                raise _rule("scheduling is accepted only between 08:00 and 19:30 Beijing time")
            period.state = SCHEDULED
            period.scheduled_amount = amount
            period.deduct_start_date = today + dt.timedelta(days=1)
            period.deduct_end_date = max(closes, period.deduct_start_date)
            return period.state_json()

    # ----------------------------------------------------- #11 query schedule
    def query_schedule(self, contract_id: str, policy_period_id: int) -> dict[str, Any]:
        with self.lock:
            contract = self._contract_by_id(contract_id)
            return self._period(contract, policy_period_id).state_json()

    # ------------------------------------------------------------- #12 apply
    def apply(self, body: Mapping[str, Any]) -> dict[str, Any]:
        with self.lock:
            contract = self._contract_by_id(str(body["contract_id"]))
            self._check_appid(contract, body)
            self._require_signed(contract, "be deducted")
            period = self._period(contract, _as_int(body["policy_period_id"]))
            _check_url(body, "transaction_notify_url")
            if self.trade_no_used(str(body["out_trade_no"])):
                raise SandboxError(400, Code.OUT_TRADE_NO_USED, "out_trade_no has already been used")
            if period.state != SCHEDULED:
                raise _rule(
                    f"policy period {period.policy_period_id} is {period.state}; only a SCHEDULED period can be deducted"
                )
            total = _as_int(body["amount"]["total"])
            if total != period.scheduled_amount:
                raise _rule(f"amount.total ({total}) must equal the scheduled amount ({period.scheduled_amount})")
            today = self._today()
            start, end = period.deduct_start_date, period.deduct_end_date
            if self.enforce_deduct_window and start and end and not start <= today <= end:
                raise _rule(f"the deduction window is {start.isoformat()} to {end.isoformat()}")
            trade = self._record_trade(str(body["out_trade_no"]), contract, period, body["amount"])
            period.state = DEDUCTED
            period.deduct_amount = total
            period.deduct_date = today
            period.out_trade_no = trade.out_trade_no
            self._emit(
                self._transaction_event(str(body["transaction_notify_url"]), contract, trade, body.get("attach"))
            )
            return {"out_trade_no": trade.out_trade_no, "amount": _money(total, body["amount"].get("currency"))}

    # ------------------------------------------------------------- controls
    def expire(self, contract_id: str) -> Contract:
        """Move the contract's expiry to now, so that it can be renewed."""
        with self.lock:
            contract = self._contract_by_id(contract_id)
            now = self._clock()
            if contract.expired_time > now:
                contract.expired_time = float(int(now))
            return contract
