"""The README's Redis-backed FastAPI and Django webhook examples, run as written against the test
Redis (``WECHATPAY_TEST_REDIS_URL``; skipped with that reason when it is not set). Each example is
executed twice, as two workers would load it, and both share the one Redis: a callback delivered
to both runs the handler once. (The Flask example runs in test_readme_examples.py against the
sandbox's own callback.)"""

from __future__ import annotations

import json
import os
import re
import secrets
import sys
import time
import types
from pathlib import Path
from typing import Any

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "notifications"))  # notify_kit
from notify_kit import APIV3_KEY, KEYS, notification

README = Path(__file__).resolve().parents[2] / "README.md"


def block(marker: str) -> str:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)
    [found] = [b for b in blocks if marker in b]
    assert "RedisNotificationStore" in found
    return found


@pytest.fixture
def environment(monkeypatch: pytest.MonkeyPatch) -> None:
    url = os.environ.get("WECHATPAY_TEST_REDIS_URL")
    if not url:
        pytest.skip("the README's webhook examples keep their store in Redis: WECHATPAY_TEST_REDIS_URL is not set")
    monkeypatch.setenv("REDIS_URL", url)
    monkeypatch.setenv("WECHATPAY_MCHID", "readme" + secrets.token_hex(6))  # keys of this test only
    monkeypatch.setenv("WECHATPAY_APIV3_KEY", APIV3_KEY)
    monkeypatch.setenv("WECHATPAY_PUBLIC_KEY_ID", KEYS.public_key_id)
    monkeypatch.setenv("WECHATPAY_PUBLIC_KEY", str(KEYS.public_key_path))


def load(marker: str, name: str, monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__file__ = str(README)
    monkeypatch.setitem(sys.modules, name, module)
    exec(compile(block(marker), f"{README}:{name}", "exec"), module.__dict__)  # noqa: S102 - our own README
    return module


def signed(event_type: str = "INSURANCE_ENTRUST.SIGN", **options: Any) -> Any:
    return notification(event_type, timestamp=int(time.time()), **options)  # the examples use the real clock


async def test_fastapi_example(environment: None, monkeypatch: pytest.MonkeyPatch) -> None:
    workers = [load("from fastapi import FastAPI", f"readme_fastapi_{n}", monkeypatch) for n in range(2)]
    note = signed()
    try:
        replies = []
        for worker in workers:
            transport = httpx.ASGITransport(app=worker.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
                replies.append(await client.post("/wechatpay/notify", content=note.body, headers=note.headers))
                tampered = signed()
                tampered.body = tampered.body.replace(b"encrypt-resource", b"encrypt-resourcf")
                bad = await client.post("/wechatpay/notify", content=tampered.body, headers=tampered.headers)
                assert bad.status_code == 401 and bad.json()["code"] == "FAIL"
        assert [r.status_code for r in replies] == [200, 200]
        assert replies[0].json() == {"code": "SUCCESS"}
        # Handled by the first worker only: the second found the id in Redis.
        assert workers[0].contracts == {"Wx15463511252015071056489715": "SIGNED"}
        assert workers[1].contracts == {}
        assert await workers[1].store.ais_processed(note.envelope["id"])
    finally:
        for worker in workers:
            await worker.store.aclose()


def test_django_example(environment: None, monkeypatch: pytest.MonkeyPatch) -> None:
    import django
    from django.conf import settings

    if not settings.configured:
        settings.configure(
            SECRET_KEY="wechatpay-tests-only",
            ALLOWED_HOSTS=["testserver"],
            MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
            INSTALLED_APPS=[],
            DATABASES={},
        )
        django.setup()
    from django.test import Client, override_settings
    from django.urls import clear_url_caches

    workers = [load("from django.urls import path", f"readme_django_urls_{n}", monkeypatch) for n in range(2)]
    note = signed("INSURANCE_ENTRUST.TERMINATE")
    headers = {k: v for k, v in note.headers.items() if k.lower() != "content-type"}
    statuses = []
    try:
        for worker in workers:
            with override_settings(ROOT_URLCONF=worker.__name__):
                clear_url_caches()
                client = Client(enforce_csrf_checks=True)
                response = client.post(
                    "/wechatpay/notify", data=note.body, content_type="application/json", headers=headers
                )
                statuses.append(response.status_code)
                assert json.loads(response.content) == {"code": "SUCCESS"}
                assert client.get("/wechatpay/notify").status_code == 405
        assert statuses == [200, 200]
        assert workers[0].contracts == {"Wx15463511252015071056489715": "TERMINATED"}
        assert workers[1].contracts == {}
        assert workers[1].store.is_processed(note.envelope["id"])
    finally:
        clear_url_caches()
        for worker in workers:
            worker.store.close()
