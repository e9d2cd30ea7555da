"""Issue 14: the wheel is a package people can depend on. Built once per module with
``pip wheel . --no-deps`` (what a release does), then read: it ships what the docs point to."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from email.message import Message
from email.parser import Parser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    # Build from a copy of the tracked sources, so that the build leaves nothing in the checkout
    # and nothing untracked in it (a stale build/ directory) ends up in the wheel.
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    tracked = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, tracked):
        path = ROOT / name.decode()
        if path.is_file():
            target = source / name.decode()
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
    out = work / "dist"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--quiet", "-w", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    [built] = out.glob("wechatpay_typed-*.whl")
    with zipfile.ZipFile(built) as archive:
        yield archive


def metadata(wheel: zipfile.ZipFile) -> Message:
    [name] = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    return Parser().parsestr(wheel.read(name).decode("utf-8"))


def test_the_wheel_ships_the_endpoint_table_the_readme_points_to(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert "wechatpay_client/ENDPOINTS.md" in names
    table = wheel.read("wechatpay_client/ENDPOINTS.md").decode("utf-8")
    assert table.count("\n| [`") == len(
        [n for n in names if re.fullmatch(r"wechatpay_client/api/\w+/\w+\.py", n) and not n.endswith("/__init__.py")]
    )
    for link in re.findall(r"\]\((api/\w+/\w+\.py)\)", table)[:50]:
        assert f"wechatpay_client/{link}" in names  # relative links resolve inside the installed package
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(generated_client/wechatpay_client/ENDPOINTS.md)" in readme
    assert "generated_client/ENDPOINTS.md" not in readme
    assert not (ROOT / "generated_client" / "ENDPOINTS.md").exists()


def test_metadata_has_no_exact_pins_and_the_runtime_ranges(wheel: zipfile.ZipFile) -> None:
    from packaging.requirements import Requirement

    meta = metadata(wheel)
    requirements = [Requirement(text) for text in meta.get_all("Requires-Dist") or []]
    assert requirements, "no Requires-Dist at all"
    for requirement in requirements:
        assert all(spec.operator not in ("==", "===") for spec in requirement.specifier), str(requirement)
    runtime = {r.name: r.specifier for r in requirements if r.marker is None}
    assert set(runtime) == {"httpx", "attrs", "cryptography", "sniffio"}
    assert runtime["httpx"].contains("0.29.0") and runtime["httpx"].contains("0.28.1")
    assert not runtime["httpx"].contains("0.26.0")
    assert set(meta.get_all("Provides-Extra") or []) == {
        "flask",
        "starlette",
        "aiohttp",
        "django",
        "redis",
        "postgres",
    }  # no dev/bench extras


def test_license_metadata_is_the_spdx_form_with_the_file(wheel: zipfile.ZipFile) -> None:
    meta = metadata(wheel)
    assert meta["License-Expression"] == "Apache-2.0"
    assert meta.get_all("License-File") == ["LICENSE"]
    assert meta["License"] is None  # the deprecated free-text field
    assert not [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    [license_file] = [n for n in wheel.namelist() if n.endswith(".dist-info/licenses/LICENSE")]
    text = wheel.read(license_file).decode("utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert text == (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_version_urls_and_typing_markers(wheel: zipfile.ZipFile) -> None:
    import wechatpay_auth

    meta = metadata(wheel)
    assert meta["Version"] == wechatpay_auth.__version__
    assert wheel.filename is not None and f"wechatpay_typed-{wechatpay_auth.__version__}-" in wheel.filename
    assert meta.get_all("Project-URL")
    assert meta["Requires-Python"] == ">=3.11"
    names = set(wheel.namelist())
    for package in ("wechatpay_client", "wechatpay_auth", "wechatpay_sandbox", "wechatpay_cli"):
        assert f"{package}/py.typed" in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "wechatpay = wechatpay_cli._main:main" in wheel.read(entry_points).decode("utf-8")
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{wechatpay_auth.__version__}]" in changelog or "## [Unreleased]" in changelog
