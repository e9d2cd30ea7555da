"""Trade and fund-flow bills: apply (signed JSON with a hash and a download URL), then the file download.

- ``apply_trade_bill`` / ``apply_fund_flow_bill`` answer ``{hash_type: "SHA1", hash_value,
  download_url}``. ``download_url`` is the sandbox's own ``/v3/billdownload/file?token=...``
  (plus ``&tartype=GZIP`` when ``tar_type=GZIP`` was asked for), valid for 30 s by the sandbox clock.
- The download is a signed GET like any other, but its answer carries **no** ``Wechatpay-*``
  signature headers (protocol.md 2.6): the body is the CSV bill (``text/plain``) or its gzip
  (``application/x-gzip``).
- ``hash_value`` is the lowercase SHA-1 hex of the **decompressed CSV**, also for GZIP: JAVA's
  ``DigestBillEntity`` hashes after gunzip; WeChat Pay does not say (protocol.md 11, unconfirmed).
  The gzip stream is written with ``mtime=0``, so the same bill gives the same bytes.
- ``apply_profitsharing_bill`` is served the same way; its bill has no rows (profit sharing
  is not modelled).
- The bill lists what the sandbox knows for that Beijing date: paid orders (basic payments and
  insurance deductions) and successful refunds; a day without any gives a bill with only the
  headers and a zero summary (the real service answers ``NO_STATEMENT_EXIST`` then: *sandbox*
  leniency, so that a client can always test the download). ``bill_date`` today is
  ``400 STATEMENT_CREATING`` (bills are ready the next day), in the future ``400 PARAM_ERROR``,
  more than 90 days back ``400 NO_STATEMENT_EXIST``.
- Download errors: an unknown token is ``404 RESOURCE_NOT_EXISTS``, an expired one
  ``400 INVALID_REQUEST`` (*sandbox* codes; these error answers are signed JSON as usual).
- Fault ``corrupt_download``: the next download serves a bill with one character changed (still a
  valid gzip when gzipped), so the client's hash check must fail.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import threading
import urllib.parse
from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs

from ._constants import BILL_HISTORY_DAYS, DOWNLOAD_PATH, DOWNLOAD_URL_VALIDITY, Code
from ._crypto import random_string
from ._errors import SandboxError
from ._payments import Order, PaymentState, Refund
from ._state import china_now

GZIP: Final = "GZIP"
TEXT_TYPE: Final = "text/plain"
GZIP_TYPE: Final = "application/x-gzip"

TRADE_HEADER: Final = (
    "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,"
    "货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,"
    "商户数据包,手续费,费率,订单金额,申请退款金额,费率备注"
)
TRADE_SUMMARY_HEADER: Final = (
    "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额"
)
FUND_HEADER: Final = (
    "记账时间,微信支付业务单号,资金流水单号,业务名称,业务类型,收支类型,收支金额（元）,账户结余（元）,"
    "资金变更提交申请人,备注,业务凭证号"
)
FUND_SUMMARY_HEADER: Final = "资金流水总笔数,收入笔数,收入金额,支出笔数,支出金额"
PROFITSHARING_HEADER: Final = (
    "分账发起时间,分账方商户号,分账方,分账接收方,微信订单号,商户订单号,分账单号,分账明细单号,商户分账单号,"
    "分账金额（元）,分账类型,处理状态,单据类型,分账描述,备注"
)
PROFITSHARING_SUMMARY_HEADER: Final = "总条数,分账成功出资金（元）"
FEE_RATE: Final = 0.006


def _yuan(fen: int) -> str:
    return f"{fen / 100:.2f}"


def _fee(fen: int) -> int:
    return round(fen * FEE_RATE)


def _row(values: list[Any]) -> str:
    # WeChat Pay prefixes every field with a backquote so spreadsheet tools keep long numbers as text
    return ",".join("`" + str(v).replace(",", " ") for v in values)


@attrs.frozen
class BillFile:
    token: str
    csv: bytes = attrs.field(repr=False)
    gzip: bool
    created_at: float

    @property
    def hash_value(self) -> str:
        return hashlib.sha1(self.csv).hexdigest()


class BillStore:
    def __init__(self, payments: PaymentState, clock: Callable[[], float], mchid: str) -> None:
        self._payments = payments
        self._mchid = mchid
        self._clock = clock
        self._lock = threading.Lock()
        self._files: dict[str, BillFile] = {}

    def _bill_date(self, query: Mapping[str, Any]) -> dt.date:
        raw = str(query.get("bill_date", ""))
        try:
            day = dt.date.fromisoformat(raw)
        except ValueError:
            raise SandboxError(
                400,
                Code.PARAM_ERROR,
                "parameter error: bill_date must be a date in the form YYYY-MM-DD",
                {"field": "bill_date", "issue": "must be a date", "location": "query", "value": raw},
            ) from None
        today = china_now(self._clock()).date()
        if day > today:
            raise SandboxError(
                400,
                Code.PARAM_ERROR,
                "parameter error: bill_date is in the future",
                {"field": "bill_date", "issue": "is in the future", "location": "query", "value": raw},
            )
        if day == today:
            raise SandboxError(
                400, Code.STATEMENT_CREATING, "账单生成中 (the bill of a day is ready from the next day)"
            )
        if (today - day).days > BILL_HISTORY_DAYS:
            raise SandboxError(
                400, Code.NO_STATEMENT_EXIST, f"账单文件不存在 (bills are kept for {BILL_HISTORY_DAYS} days)"
            )
        return day

    def apply(self, kind: str, query: Mapping[str, Any], base_url: str) -> dict[str, Any]:
        """``kind``: ``"trade"``, ``"fundflow"`` or ``"profitsharing"``."""
        day = self._bill_date(query)
        if kind == "trade":
            text = self._trade_bill(day, str(query.get("bill_type") or "ALL"))
        elif kind == "profitsharing":
            text = PROFITSHARING_HEADER + "\r\n" + PROFITSHARING_SUMMARY_HEADER + "\r\n" + _row([0, "0.00"]) + "\r\n"
        else:
            text = self._fund_bill(day, str(query.get("account_type") or "BASIC"))
        gzipped = str(query.get("tar_type") or "").upper() == GZIP
        token = random_string(64)
        bill = BillFile(token, text.encode("utf-8"), gzipped, self._clock())
        with self._lock:
            now = self._clock()
            self._files = {k: v for k, v in self._files.items() if now - v.created_at <= 10 * DOWNLOAD_URL_VALIDITY}
            self._files[token] = bill
        url = f"{base_url}{DOWNLOAD_PATH}?token={urllib.parse.quote(token)}"
        if gzipped:
            url += f"&tartype={GZIP}"
        return {"hash_type": "SHA1", "hash_value": bill.hash_value, "download_url": url}

    def download(self, token: str, *, corrupt: bool = False) -> tuple[bytes, str]:
        """``(body, content type)`` of a bill file; raises for an unknown or expired token."""
        with self._lock:
            bill = self._files.get(token)
        if bill is None:
            raise SandboxError(404, Code.RESOURCE_NOT_EXISTS, "no bill file for this token")
        if self._clock() - bill.created_at > DOWNLOAD_URL_VALIDITY:
            raise SandboxError(
                400,
                Code.INVALID_REQUEST,
                f"the download_url has expired (valid for {int(DOWNLOAD_URL_VALIDITY)} s); apply for the bill again",
            )
        data = _corrupted(bill.csv) if corrupt else bill.csv
        if bill.gzip:
            return gzip.compress(data, mtime=0), GZIP_TYPE
        return data, TEXT_TYPE

    # ----------------------------------------------------------------- CSV
    def _trade_bill(self, day: dt.date, bill_type: str) -> str:
        with_payments = bill_type not in ("REFUND", "REF_SPECIAL", "RECHARGE_REFUND")
        with_refunds = bill_type not in ("SUCCESS", "SUC_SPECIAL")
        lines = [TRADE_HEADER]
        paid_total = refund_total = fee_total = count = 0
        if with_payments:
            for order in self._payments.paid_on(day):
                lines.append(_row(self._trade_row(order)))
                paid_total += order.total
                fee_total += _fee(order.total)
                count += 1
        if with_refunds:
            for refund in self._payments.refunded_on(day):
                lines.append(_row(self._refund_row(refund)))
                refund_total += refund.refund
                fee_total -= _fee(refund.refund)
                count += 1
        lines.append(TRADE_SUMMARY_HEADER)
        lines.append(
            _row(
                [
                    count,
                    _yuan(paid_total),
                    _yuan(refund_total),
                    "0.00",
                    _yuan(fee_total),
                    _yuan(paid_total),
                    _yuan(refund_total),
                ]
            )
        )
        return "\r\n".join(lines) + "\r\n"

    def _trade_row(self, order: Order) -> list[Any]:
        when = china_now(order.success_time or order.created_at).strftime("%Y-%m-%d %H:%M:%S")
        return [
            when, order.appid, order.mchid, "0", "", order.transaction_id or "", order.out_trade_no,
            order.payer_openid or "", order.trade_type, "SUCCESS", order.bank_type, order.currency,
            _yuan(order.total), "0.00", "0", "0", "0.00", "0.00", "", "", order.description,
            order.attach or "", _yuan(_fee(order.total)), "0.60%", _yuan(order.total), "0.00", "",
        ]  # fmt: skip

    def _refund_row(self, refund: Refund) -> list[Any]:
        when = china_now(refund.success_time or refund.created_at).strftime("%Y-%m-%d %H:%M:%S")
        try:
            order = self._payments.order(refund.out_trade_no)
            appid, openid, trade_type = order.appid, order.payer_openid or "", order.trade_type
        except SandboxError:
            appid, openid, trade_type = "", "", ""
        return [
            when, appid, self._mchid, "0", "", refund.transaction_id, refund.out_trade_no, openid,
            trade_type, "REFUND", "OTHERS", refund.currency, "0.00", "0.00", refund.refund_id,
            refund.out_refund_no, _yuan(refund.refund), "0.00", "ORIGINAL", refund.status, "", "",
            _yuan(-_fee(refund.refund)), "0.60%", "0.00", _yuan(refund.refund), "",
        ]  # fmt: skip

    def _fund_bill(self, day: dt.date, account_type: str) -> str:
        lines = [FUND_HEADER]
        income = expense = income_count = expense_count = 0
        balance = 0
        if account_type in ("BASIC", "ALL"):
            events: list[tuple[float, str, str, str, str, int]] = []
            for order in self._payments.paid_on(day):
                events.append(
                    (
                        order.success_time or 0.0,
                        order.transaction_id or "",
                        "交易",
                        "收入",
                        order.out_trade_no,
                        order.total,
                    )
                )
            for refund in self._payments.refunded_on(day):
                events.append(
                    (
                        refund.success_time or 0.0,
                        refund.transaction_id,
                        "退款",
                        "支出",
                        refund.out_refund_no,
                        -refund.refund,
                    )
                )
            for when, business_id, name, direction, voucher, fen in sorted(events):
                balance += fen
                if fen >= 0:
                    income += fen
                    income_count += 1
                else:
                    expense -= fen
                    expense_count += 1
                lines.append(
                    _row(
                        [
                            china_now(when).strftime("%Y-%m-%d %H:%M:%S"),
                            business_id,
                            "SBX" + business_id[-20:],
                            name,
                            name,
                            direction,
                            _yuan(abs(fen)),
                            _yuan(balance),
                            "system",
                            "",
                            voucher,
                        ]
                    )
                )
        lines.append(FUND_SUMMARY_HEADER)
        lines.append(_row([income_count + expense_count, income_count, _yuan(income), expense_count, _yuan(expense)]))
        return "\r\n".join(lines) + "\r\n"


def _corrupted(data: bytes) -> bytes:
    """One character changed: a digit of the summary becomes another digit (else a byte is appended)."""
    digits = [i for i in range(len(data)) if 48 <= data[i] <= 57]
    if not digits:
        return data + b"#"
    index = digits[-1]
    replacement = b"1" if data[index] != ord("1") else b"2"
    return data[:index] + replacement + data[index + 1 :]
