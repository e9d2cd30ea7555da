"""Basic payment and refund: the typed calls, then the TRANSACTION.SUCCESS and REFUND.* callbacks
parsed into typed models by NotificationParser (sandbox over loopback)."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from wechatpay_auth import NotificationParser, create_client
from wechatpay_client.api.pay import create_jsapi_transaction, query_transaction_by_out_trade_no
from wechatpay_client.api.refunds import create_refund, query_refund
from wechatpay_client.models.insurance_transaction_notification_resource import (
    InsuranceTransactionNotificationResource,
)
from wechatpay_client.models.pay_jsapi_request import PayJsapiRequest
from wechatpay_client.models.refund_create_request import RefundCreateRequest
from wechatpay_client.models.refund_notification_resource import RefundNotificationResource
from wechatpay_sandbox import Sandbox

APPID = "wxd678efh567hg6787"


class Inbox:
    def __init__(self) -> None:
        self.items: list[tuple[dict[str, str], bytes]] = []
        self.changed = threading.Condition()

    def wait_for(self, event_type: str, parser: NotificationParser, timeout: float = 5.0) -> Any:
        """The first received callback of ``event_type``, verified and decrypted by ``parser``."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                for headers, body in self.items:
                    event = parser.parse(headers, body)
                    if event.event_type == event_type:
                        return event
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"no {event_type} notification arrived")
                self.changed.wait(remaining)


@pytest.fixture(scope="module")
def inbox() -> Iterator[tuple[str, Inbox]]:
    box = Inbox()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with box.changed:
                box.items.append((dict(self.headers.items()), body))
                box.changed.notify_all()
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/notify", box
    server.shutdown()
    server.server_close()


def test_payment_then_refund_callbacks_are_typed(inbox: tuple[str, Inbox]) -> None:
    url, box = inbox
    with Sandbox("public_key", retry_compression=1000.0, refund_delay=0.05) as sb:
        creds = sb.credentials
        client = create_client(
            creds.mchid,
            merchant_serial_no=creds.merchant_serial_no,
            merchant_private_key=creds.merchant_private_key_pem,
            wechatpay_public_key_id=creds.public_key_id,
            wechatpay_public_key=creds.wechatpay_public_key_pem,
            base_url=sb.base_url,
        )
        parser = NotificationParser.from_client(client, apiv3_key=creds.apiv3_key)
        out_trade_no = "PAY" + uuid.uuid4().hex[:20].upper()
        order = PayJsapiRequest.from_dict(
            {
                "appid": APPID,
                "mchid": creds.mchid,
                "description": "保险-首期保费",
                "out_trade_no": out_trade_no,
                "notify_url": url,
                "amount": {"total": 2999, "currency": "CNY"},
                "payer": {"openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"},
            }
        )
        prepay = create_jsapi_transaction.sync(client=client, body=order)
        assert prepay.prepay_id

        sb.simulate_payment(out_trade_no)
        paid = box.wait_for("TRANSACTION.SUCCESS", parser)
        assert isinstance(paid.resource, InsuranceTransactionNotificationResource)
        assert paid.resource.out_trade_no == out_trade_no
        assert paid.resource.trade_state == "SUCCESS"
        assert paid.resource.trade_type == "JSAPI"
        queried = query_transaction_by_out_trade_no.sync(out_trade_no, client=client, mchid=creds.mchid)
        assert queried.transaction_id == paid.resource.transaction_id

        out_refund_no = "RF" + uuid.uuid4().hex[:20].upper()
        refund = create_refund.sync(
            client=client,
            body=RefundCreateRequest.from_dict(
                {
                    "out_trade_no": out_trade_no,
                    "out_refund_no": out_refund_no,
                    "notify_url": url,
                    "amount": {"refund": 1000, "total": 2999, "currency": "CNY"},
                }
            ),
        )
        assert refund.out_refund_no == out_refund_no
        refunded = box.wait_for("REFUND.SUCCESS", parser)
        assert isinstance(refunded.resource, RefundNotificationResource)
        assert refunded.resource.out_refund_no == out_refund_no
        assert refunded.resource.refund_status == "SUCCESS"
        assert refunded.resource.amount.refund == 1000
        assert query_refund.sync(out_refund_no, client=client).status == "SUCCESS"
