"""Bills: the signed apply with its SHA-1, the unsigned download, expiry, GZIP, and corruption."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sandbox_helpers import BEIJING, ApiClient, FakeClock, Receiver, unique
from wechatpay_sandbox import Sandbox, SandboxCredentials, Spec

TRADE_BILL = "/v3/bill/tradebill"
FUND_BILL = "/v3/bill/fundflowbill"


class Bills:
    """A sandbox on a fake clock with one paid and partly refunded order on ``day``."""

    def __init__(self, sandbox: Sandbox, clock: FakeClock, receiver: Receiver) -> None:
        self.sandbox = sandbox
        self.clock = clock
        self.api = ApiClient(sandbox, clock)
        self.day = dt.datetime.fromtimestamp(clock(), BEIJING).date()
        self.out_trade_no = unique("B")
        order = {
            "appid": "wxd678efh567hg6787",
            "mchid": sandbox.credentials.mchid,
            "description": "账单测试",
            "out_trade_no": self.out_trade_no,
            "notify_url": receiver.url(),
            "amount": {"total": 2500, "currency": "CNY"},
        }
        assert self.api.post("/v3/pay/transactions/native", order).status_code == 200
        self.transaction_id = sandbox.simulate_payment(self.out_trade_no).transaction_id
        self.out_refund_no = unique("RB")
        refund = {
            "out_trade_no": self.out_trade_no,
            "out_refund_no": self.out_refund_no,
            "amount": {"refund": 500, "total": 2500, "currency": "CNY"},
        }
        assert self.api.post("/v3/refund/domestic/refunds", refund).status_code == 200
        sandbox.simulate_refund(self.out_refund_no)
        clock.advance(86400)  # the bill of a day is ready the next day

    def apply(self, path: str = TRADE_BILL, **query: str) -> httpx.Response:
        params = "&".join(f"{k}={v}" for k, v in {"bill_date": self.day.isoformat(), **query}.items())
        return self.api.get(f"{path}?{params}")

    def download(self, url: str) -> httpx.Response:
        parsed = httpx.URL(url)
        assert f"{parsed.scheme}://{parsed.host}:{parsed.port}" == self.sandbox.base_url
        return self.api.get(parsed.raw_path.decode("ascii"))


@pytest.fixture(scope="module")
def bills(credentials: SandboxCredentials, full_spec: Spec) -> Iterator[Bills]:
    clock = FakeClock(time.time() - 86400)
    receiver = Receiver()
    with Sandbox(
        "public_key",
        credentials=credentials,
        clock=clock,
        spec=full_spec,
        strict_responses=True,
        retry_compression=1000,
    ) as sb:
        b = Bills(sb, clock, receiver)
        yield b
        b.api.close()
    receiver.close()


def _applied(bills: Bills, path: str = TRADE_BILL, **query: str) -> dict[str, Any]:
    answer: dict[str, Any] = bills.api.verified(bills.apply(path, **query)).json()
    assert answer["hash_type"] == "SHA1"
    assert len(answer["hash_value"]) == 40 and answer["hash_value"] == answer["hash_value"].lower()
    return answer


def _unsigned(response: httpx.Response) -> None:
    assert not [h for h in response.headers if h.lower().startswith("wechatpay-")], response.headers
    assert response.headers["request-id"]


def test_trade_bill_download_is_unsigned_and_matches_the_hash(bills: Bills) -> None:
    answer = _applied(bills)
    assert "tartype" not in answer["download_url"]
    response = bills.download(answer["download_url"])
    assert response.status_code == 200
    _unsigned(response)
    assert response.headers["content-type"] == "text/plain"
    assert hashlib.sha1(response.content).hexdigest() == answer["hash_value"]
    text = response.content.decode("utf-8")
    lines = text.split("\r\n")
    assert lines[0].startswith("交易时间,公众账号ID,商户号")
    assert f"`{bills.out_trade_no}" in text and f"`{bills.out_refund_no}" in text and f"`{bills.transaction_id}" in text
    summary = lines[lines.index(next(line for line in lines if line.startswith("总交易单数"))) + 1]
    assert summary.split(",")[:3] == ["`2", "`25.00", "`5.00"]
    # the token stays usable within its 30 s
    assert bills.download(answer["download_url"]).content == response.content


def test_bill_types_filter_the_rows(bills: Bills) -> None:
    success = bills.download(_applied(bills, bill_type="SUCCESS")["download_url"]).content.decode()
    refunds = bills.download(_applied(bills, bill_type="REFUND")["download_url"]).content.decode()
    assert f"`{bills.out_trade_no}" in success and f"`{bills.out_refund_no}" not in success
    assert f"`{bills.out_refund_no}" in refunds


def test_gzip_hash_covers_the_decompressed_csv(bills: Bills) -> None:
    answer = _applied(bills, tar_type="GZIP")
    assert answer["download_url"].endswith("&tartype=GZIP")
    response = bills.download(answer["download_url"])
    _unsigned(response)
    assert response.headers["content-type"] == "application/x-gzip"
    assert response.content[:2] == b"\x1f\x8b"
    csv = gzip.decompress(response.content)
    assert hashlib.sha1(csv).hexdigest() == answer["hash_value"]
    assert hashlib.sha1(response.content).hexdigest() != answer["hash_value"]


def test_fund_flow_bill(bills: Bills) -> None:
    answer = _applied(bills, FUND_BILL, account_type="BASIC")
    text = bills.download(answer["download_url"]).content.decode()
    assert hashlib.sha1(text.encode()).hexdigest() == answer["hash_value"]
    assert text.startswith("记账时间,微信支付业务单号") and f"`{bills.transaction_id}" in text
    assert "`2,`1,`25.00,`1,`5.00" in text


def test_profitsharing_bill(bills: Bills) -> None:
    answer = _applied(bills, "/v3/profitsharing/bills")
    text = bills.download(answer["download_url"]).content.decode()
    assert text.startswith("分账发起时间,分账方商户号")
    assert hashlib.sha1(text.encode()).hexdigest() == answer["hash_value"]


def test_download_url_expires_after_30_seconds(bills: Bills) -> None:
    answer = _applied(bills)
    bills.clock.advance(30)
    assert bills.download(answer["download_url"]).status_code == 200  # the boundary is accepted
    bills.clock.advance(1)
    expired = bills.api.verified(bills.download(answer["download_url"]))  # errors are signed JSON
    assert expired.status_code == 400 and expired.json()["code"] == "INVALID_REQUEST"
    unknown = bills.api.get("/v3/billdownload/file?token=nope")
    assert unknown.status_code == 404 and unknown.json()["code"] == "RESOURCE_NOT_EXISTS"


def test_download_request_must_be_signed(bills: Bills) -> None:
    url = httpx.URL(_applied(bills)["download_url"])
    response = bills.api.get(url.raw_path.decode(), authorization="WECHATPAY2-SHA256-RSA2048 nope")
    assert response.status_code == 401 and response.json()["code"] == "SIGN_ERROR"
    bills.api.verified(response)


@pytest.mark.parametrize("tar_type", [None, "GZIP"])
def test_corrupt_download_fault(bills: Bills, tar_type: str | None) -> None:
    query = {} if tar_type is None else {"tar_type": tar_type}
    answer = _applied(bills, **query)
    bills.sandbox.faults.add("corrupt_download")
    bills.api.get(f"/v3/pay/transactions/out-trade-no/{bills.out_trade_no}?mchid={bills.sandbox.credentials.mchid}")
    assert len(bills.sandbox.faults.pending()) == 1  # only a download consumes it
    corrupted = bills.download(answer["download_url"])
    assert corrupted.status_code == 200
    data = gzip.decompress(corrupted.content) if tar_type else corrupted.content
    assert hashlib.sha1(data).hexdigest() != answer["hash_value"]
    good = bills.download(answer["download_url"]).content
    assert hashlib.sha1(gzip.decompress(good) if tar_type else good).hexdigest() == answer["hash_value"]


def test_bill_date_rules(bills: Bills) -> None:
    today = dt.datetime.fromtimestamp(bills.clock(), BEIJING).date()
    today_bill = bills.api.get(f"{TRADE_BILL}?bill_date={today.isoformat()}")
    assert today_bill.status_code == 400 and today_bill.json()["code"] == "STATEMENT_CREATING"
    future = bills.api.get(f"{TRADE_BILL}?bill_date={(today + dt.timedelta(days=1)).isoformat()}")
    assert future.status_code == 400 and future.json()["detail"]["field"] == "bill_date"
    old = bills.api.get(f"{FUND_BILL}?bill_date={(today - dt.timedelta(days=91)).isoformat()}")
    assert old.status_code == 400 and old.json()["code"] == "NO_STATEMENT_EXIST"
    empty = bills.api.get(f"{TRADE_BILL}?bill_date={(today - dt.timedelta(days=5)).isoformat()}")
    text = bills.download(empty.json()["download_url"]).content.decode()
    assert text.count("\r\n") == 3  # header, summary header, zero summary
    bad = bills.api.get(f"{TRADE_BILL}?bill_date=2024-13-01")
    assert bad.status_code == 400 and bad.json()["detail"]["field"] == "bill_date"
    wrong_enum = bills.api.get(f"{TRADE_BILL}?bill_date={bills.day.isoformat()}&tar_type=ZIP")
    assert wrong_enum.status_code == 400 and wrong_enum.json()["detail"]["field"] == "tar_type"


def test_download_is_served_when_the_spec_does_not_declare_it(credentials: SandboxCredentials, full_spec: Spec) -> None:
    document = dict(full_spec.document)
    document["paths"] = {p: v for p, v in document["paths"].items() if p != "/v3/billdownload/file"}
    clock = FakeClock(time.time())
    with Sandbox("public_key", credentials=credentials, clock=clock, spec=document) as sb:
        api = ApiClient(sb, clock)
        try:
            yesterday = (dt.datetime.fromtimestamp(clock(), BEIJING).date() - dt.timedelta(days=1)).isoformat()
            answer = api.get(f"{TRADE_BILL}?bill_date={yesterday}").json()
            response = api.get(httpx.URL(answer["download_url"]).raw_path.decode())
            assert response.status_code == 200 and hashlib.sha1(response.content).hexdigest() == answer["hash_value"]
            _unsigned(response)
            assert sb.request_count("download_bill_file") == 1
        finally:
            api.close()
