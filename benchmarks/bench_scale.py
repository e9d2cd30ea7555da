"""Cost per operation: the same measurements on the real spec and on a synthetic ~1,000-operation spec.

    .venv/bin/python benchmarks/bench_scale.py [--operations 1000] [--runs 3] [--import-runs 7]
                                               [--skip-mypy] [--skip-pytest] [--keep DIR] [--json FILE]

The synthetic spec is built in a temporary directory on every run: the real family files of
``spec/`` copied N times (copy 0 is the real spec, byte for byte; copy k gets every path prefixed
with ``/v3/s0kk`` (or ``/s0kk``), every operationId, tag and ``x-wechatpay-reconcile-with`` suffixed
``_s0kk``, every component name suffixed ``S0kk`` and every ``$ref`` rewritten to match), plus a root
listing every copy. ``--operations`` is rounded to whole copies (1000 -> 17 copies of 58: 986 operations).

Every figure is measured for both sizes in the same run, interleaved (58, N, 58, N, ...) so that a
noisy neighbour hits both alike; each is the median over runs. Nothing is written into the
repository: the generator's spec-validation cache is pointed at a temporary directory
(``generator._core.VALIDATION_CACHE``; cold = empty, warm = the cache the cold run filled), mypy's
cache too, pytest runs with ``-p no:cacheprovider``. The Markdown table is printed on stdout.
The client object's cold figures (``bench_client_object.probe``: import ``wechatpay_typed``,
``WeChatPay(...)``, first ``wxpay.<tag>``, first call) are measured on both generated trees.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from bench_client_object import probe as client_object_probe

REPO = Path(__file__).resolve().parents[1]
SPEC_ROOT = REPO / "spec" / "openapi.yaml"
INCLUDE = "x-wechatpay-include"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PROBE_OPERATION = ("insurance_sign", "pre_sign_mini_program")
PROBE_BODY = REPO / "tests" / "fixtures" / "pre_sign_mini_program_request.json"
PER_OPERATION_TESTS = [
    "tests/api/test_operation_modules.py::test_operation_module_has_its_functions",
    "tests/e2e/test_e2e_all_operations.py",
]

# --------------------------------------------------------------------------- the synthetic spec


def _load(path: Path) -> Any:
    sys.path.insert(0, str(REPO))
    try:
        from generator._bundle import load_yaml  # the generator's own loader: C parser, dates kept as text
    finally:
        sys.path.remove(str(REPO))
    return load_yaml(path)


def _dump(data: Any, path: Path) -> None:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def _count_operations(family: Any) -> int:
    return sum(1 for item in (family.get("paths") or {}).values() for m in HTTP_METHODS if m in item)


def _rename(family: Any, k: int, components: dict[str, set[str]]) -> Any:
    """Copy ``k`` of one family file: unique paths, operationIds, tags and component names."""
    lower, upper = f"_s{k:03d}", f"S{k:03d}"
    ref = re.compile(r"^#/components/([^/]+)/(.+)$")

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if key == "$ref" and isinstance(value, str):
                    found = ref.match(value)
                    if found and found.group(2) in components.get(found.group(1), ()):
                        value = f"#/components/{found.group(1)}/{found.group(2)}{upper}"
                    out[key] = value
                elif key in ("operationId", "x-wechatpay-reconcile-with") and isinstance(value, str):
                    out[key] = value + lower
                elif key == "tags" and isinstance(value, list) and all(isinstance(t, str) for t in value):
                    out[key] = [t + lower for t in value]
                elif key == "x-wechatpay-event-types" and isinstance(value, list):
                    out[key] = [f"{event}.{upper}" for event in value]  # one model per event type
                else:
                    out[key] = walk(value)
            return out
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    result: dict[str, Any] = {}
    if "paths" in family:
        result["paths"] = {
            (f"/v3/s{k:03d}{path[3:]}" if path.startswith("/v3/") else f"/s{k:03d}{path}"): walk(item)
            for path, item in family["paths"].items()
        }
    if "components" in family:
        result["components"] = {
            section: {f"{name}{upper}": walk(value) for name, value in (entries or {}).items()}
            for section, entries in family["components"].items()
        }
    return result


def build_spec(target: Path, operations: int) -> tuple[Path, int, int]:
    """Write the synthetic spec under ``target``; return (root, operations, schemas)."""
    root = _load(SPEC_ROOT)
    includes: list[str] = list(root[INCLUDE])
    families = {rel: _load(SPEC_ROOT.parent / rel) for rel in includes}
    per_copy = sum(_count_operations(f) for f in families.values())
    copies = max(1, round(operations / per_copy))
    components: dict[str, set[str]] = defaultdict(set)
    for family in families.values():
        for section, entries in (family.get("components") or {}).items():
            components[section].update(entries or {})
    shutil.copy2(SPEC_ROOT, target / "openapi.yaml")  # copy 0: the real files, unchanged
    for rel in includes:
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(SPEC_ROOT.parent / rel, target / rel)
    all_includes = list(includes)
    tags = list(root.get("tags") or [])
    for k in range(1, copies):
        for rel in includes:
            name = Path(rel)
            copy_rel = (name.parent / f"{name.stem}_s{k:03d}{name.suffix}").as_posix()
            _dump(_rename(families[rel], k, components), target / copy_rel)
            all_includes.append(copy_rel)
        tags += [{**tag, "name": f"{tag['name']}_s{k:03d}"} for tag in root.get("tags") or []]
    if copies > 1:
        root[INCLUDE] = all_includes
        root["tags"] = tags
        _dump(root, target / "openapi.yaml")
    schemas = copies * sum(len((f.get("components") or {}).get("schemas") or {}) for f in families.values())
    return target / "openapi.yaml", copies * per_copy, schemas


# --------------------------------------------------------------------------- helpers


def _env(output: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    parts = [str(output)] if output is not None else []
    parts += [str(REPO / "auth_plugin"), str(REPO / "sdk"), str(REPO / "sandbox"), str(REPO)]
    env["PYTHONPATH"] = os.pathsep.join(parts)
    return env


def _wall(argv: list[str], *, env: dict[str, str], cwd: Path = REPO, check: bool = True) -> float:
    start = time.perf_counter()
    result = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if check and result.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[:6])} ... failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return elapsed


def _generator(cache: Path, *args: str) -> list[str]:
    """``python -m generator ARGS`` with the validation cache at ``cache`` (not the repository's)."""
    code = (
        "import sys, pathlib, generator._core as c; c.VALIDATION_CACHE = pathlib.Path(sys.argv[1]); "
        "sys.exit(c.main(sys.argv[2:]))"
    )
    return [sys.executable, "-c", code, str(cache), *args]


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _python_json(code: str, output: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-c", code], env=_env(output), cwd=REPO, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"probe failed:\n{result.stderr}")
    parsed: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return parsed


def _tree_size(package: Path) -> tuple[int, int, int]:
    """(files, bytes on disk, bytes as a deflated zip: what a wheel of the package weighs)."""
    files = [p for p in sorted(package.rglob("*")) if p.is_file() and "__pycache__" not in p.parts]
    raw = sum(p.stat().st_size for p in files)
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "package.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for p in files:
                zf.write(p, p.relative_to(package.parent).as_posix())
        zipped = archive.stat().st_size
    return len(files), raw, zipped


# --------------------------------------------------------------------------- probes (run in a fresh interpreter)

FIRST_CALL = textwrap.dedent(
    """
    import json, sys, time, importlib, importlib.resources
    def rss():
        for line in open('/proc/self/status'):
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) * 1024
    import wechatpay_auth, wechatpay_client.api.{tag}.{op}
    out = {{}}
    t, r = time.perf_counter(), rss()
    out['metadata_was_imported'] = 'wechatpay_client._metadata' in sys.modules
    import wechatpay_client._metadata as m
    m.get_operation('{op}')
    out['metadata'] = (time.perf_counter() - t, rss() - r)
    from wechatpay_auth._validation import validate_request_content
    body = open({body!r}, 'rb').read()
    t, r = time.perf_counter(), rss()
    validate_request_content('{op}', body)
    out['first_validation'] = (time.perf_counter() - t, rss() - r)
    t = time.perf_counter()
    for _ in range(100):
        validate_request_content('{op}', body)
    out['next_validation'] = ((time.perf_counter() - t) / 100, 0)
    t, r = time.perf_counter(), rss()
    spec = json.loads(importlib.resources.files('wechatpay_client').joinpath('_openapi.json').read_bytes())
    out['bundled_spec_json_loads'] = (time.perf_counter() - t, rss() - r)
    print(json.dumps(out))
    """
)

EVERYTHING = textwrap.dedent(
    """
    import json, time, pkgutil, importlib
    def rss():
        for line in open('/proc/self/status'):
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) * 1024
    import wechatpay_auth, wechatpay_client, wechatpay_client.api, wechatpay_client.models
    before, t = rss(), time.perf_counter()
    modules = [importlib.import_module(m.name)
               for m in pkgutil.walk_packages(wechatpay_client.api.__path__, 'wechatpay_client.api.')]
    models = [getattr(wechatpay_client.models, n) for n in wechatpay_client.models.__all__]
    print(json.dumps({'modules': len(modules), 'models': len(models), 'seconds': time.perf_counter() - t,
                      'rss_before': before, 'rss_after': rss()}))
    """
)

SANDBOX = textwrap.dedent(
    """
    import json, re, time, importlib.resources
    from wechatpay_sandbox import _spec
    def brute(spec, method, path):  # the scan that Spec.match did before the index
        known, best = False, None
        for op in spec.operations:
            found = op.pattern.match(path)
            if found is None:
                continue
            known = True
            if op.method == method:
                rank = op.path.count('{{')
                if best is None or rank < best[0]:
                    best = (rank, op, found)
        return best
    text = importlib.resources.files('wechatpay_client').joinpath('_openapi.json').read_text(encoding='utf-8')
    t = time.perf_counter(); spec = _spec.Spec(json.loads(text)); uncached = time.perf_counter() - t
    _spec.load_spec()
    t = time.perf_counter()
    for _ in range(20):
        _spec.load_spec()
    cached = (time.perf_counter() - t) / 20
    requests = [(op.method, re.sub(r'\\{{[^}}]+\\}}', 'x1', op.path)) for op in spec.operations]
    requests += [('GET', '/v3/no/such/path'), ('DELETE', requests[0][1])]
    def per_request(fn, rounds=5):
        best = []
        for _ in range(rounds):
            t = time.perf_counter()
            for m, p in requests:
                fn(m, p)
            best.append((time.perf_counter() - t) / len(requests))
        return sorted(best)[len(best) // 2]
    print(json.dumps({{'spec_uncached': uncached, 'spec_cached': cached,
                      'match_index': per_request(spec.match),
                      'match_scan': per_request(lambda m, p: brute(spec, m, p), 3)}}))
    """
)


def _import_times(output: Path, runs: int) -> dict[str, float]:
    env = _env(output)
    tag, op = PROBE_OPERATION
    codes = {
        "start": "pass",
        "operation": f"import wechatpay_client.api.{tag}.{op}",
        "auth": "import wechatpay_auth",
        "both": f"import wechatpay_auth, wechatpay_client.api.{tag}.{op}",
    }
    for code in codes.values():  # write the bytecode: "cold" means a new process, not a cold disk
        subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO, check=True)
    samples: dict[str, list[float]] = defaultdict(list)
    for _ in range(runs):
        for name, code in codes.items():
            samples[name].append(_wall([sys.executable, "-c", code], env=env))
    start = _median(samples.pop("start"))
    result = {name: _median(values) - start for name, values in samples.items()}
    result["start"] = start
    # -X importtime's cumulative figure for the operation module itself (no interpreter start).
    cumulative = []
    for _ in range(runs):
        err = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", codes["operation"]],
            env=env,
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        line = [x for x in err.splitlines() if x.rstrip().endswith(f"wechatpay_client.api.{tag}.{op}")][-1]
        cumulative.append(int(line.split("|")[1]) / 1e6)
    result["operation_importtime"] = _median(cumulative)
    return result


def _mypy(package_root: Path, cache: Path) -> float:
    config = package_root / "mypy-bench.ini"
    config.write_text("[mypy]\nstrict = True\npython_version = 3.11\n", encoding="utf-8")
    argv = [sys.executable, "-m", "mypy", "--config-file", str(config), "--cache-dir", str(cache), "wechatpay_client"]
    return _wall(argv, env=_env(None), cwd=package_root)


def _pytest(output: Path, junit: Path) -> dict[str, Any]:
    pythonpath = " ".join([".", str(output), "auth_plugin", "sandbox", "cli"])
    argv = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "-o",
        f"pythonpath={pythonpath}",
        f"--junitxml={junit}",
        *PER_OPERATION_TESTS,
    ]
    wall = _wall(argv, env=_env(None), check=False)
    per: dict[str, list[float]] = defaultdict(list)
    failed: dict[str, int] = defaultdict(int)
    for case in ET.parse(junit).iter("testcase"):
        name = case.get("name", "").split("[")[0]
        per[name].append(float(case.get("time", "0")))
        if case.find("failure") is not None or case.find("error") is not None:
            failed[name] += 1
    return {
        "wall": wall,
        "tests": {name: {"count": len(v), "total": sum(v), "failed": failed[name]} for name, v in per.items()},
    }


def _suite(work: Path) -> dict[str, float]:
    """``bash scripts/test.sh`` minus the pip install, step by step, on the committed tree (58 operations)."""
    env = _env(None)
    py = sys.executable
    folders = ["auth_plugin", "sandbox", "cli", "generator", "tests", "benchmarks"]
    packages = ["generated_client/wechatpay_client", "auth_plugin/wechatpay_auth", "sandbox/wechatpay_sandbox"]
    packages.append("cli/wechatpay_cli")
    cache = work / "suite-mypy-cache"
    out: dict[str, float] = {}
    out["check_cold"] = _wall(_generator(work / "suite-validation-cache", "--check"), env=env)
    out["ruff"] = _wall([py, "-m", "ruff", "check", "--no-cache", *folders], env=env, check=False)
    out["ruff"] += _wall([py, "-m", "ruff", "format", "--check", "--no-cache", *folders], env=env, check=False)
    out["mypy_cold"] = _wall([py, "-m", "mypy", "--strict", "--cache-dir", str(cache), *packages], env=env)
    out["mypy_warm"] = _wall([py, "-m", "mypy", "--strict", "--cache-dir", str(cache), *packages], env=env)
    out["pytest"] = _wall([py, "-m", "pytest", "-q", "-p", "no:cacheprovider"], env=env, check=False)
    return out


# --------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--operations", type=int, default=1000, help="size of the synthetic spec (whole copies)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each generation and mypy figure")
    parser.add_argument("--import-runs", type=int, default=7, help="fresh interpreters per import figure")
    parser.add_argument("--skip-mypy", action="store_true")
    parser.add_argument("--skip-pytest", action="store_true")
    parser.add_argument(
        "--skip-suite", action="store_true", help="skip the README test command's parts on the real tree (~2 min)"
    )
    parser.add_argument("--keep", type=Path, help="build in this directory and keep it (default: a temp dir)")
    parser.add_argument("--json", type=Path, help="also write every figure as JSON to this file")
    parser.add_argument("--table-from", type=Path, help="only print the table of a previous --json file")
    args = parser.parse_args()
    if args.table_from:
        saved = json.loads(args.table_from.read_text(encoding="utf-8"))
        print(_table(saved["sizes"], saved["figures"]))
        return 0

    work = args.keep or Path(tempfile.mkdtemp(prefix="wechatpay-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    if REPO in [work, *work.resolve().parents]:
        parser.error("--keep must be outside the repository")
    try:
        return _run(args, work)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


def _run(args: argparse.Namespace, work: Path) -> int:
    sizes: dict[str, dict[str, Any]] = {}
    for label, wanted in (("real", 0), ("synthetic", args.operations)):
        spec_dir = work / label / "spec"
        spec_dir.mkdir(parents=True)
        root, operations, schemas = build_spec(spec_dir, wanted)
        sizes[label] = {"root": root, "operations": operations, "schemas": schemas, "dir": work / label}
        print(f"{label}: {operations} operations, {schemas} schemas in {root}", file=sys.stderr)
    figures: dict[str, dict[str, Any]] = {label: {} for label in sizes}

    def each(name: str, fn: Callable[[str, dict[str, Any], int], float], runs: int) -> None:
        samples: dict[str, list[float]] = defaultdict(list)
        for r in range(runs):
            for label, size in sizes.items():
                samples[label].append(fn(label, size, r))
                print(f"  {name} {label} run {r + 1}: {samples[label][-1]:.2f} s", file=sys.stderr)
        for label in sizes:
            figures[label][name] = _median(samples[label])
            figures[label][name + "_runs"] = samples[label]

    def gen_cold(label: str, size: dict[str, Any], r: int) -> float:
        cache, out = size["dir"] / f"cache-cold-{r}", size["dir"] / f"out-cold-{r}"
        elapsed = _wall(_generator(cache, "--spec", str(size["root"]), "--output", str(out)), env=_env(None))
        if r == 0:
            out.rename(size["dir"] / "out")
            cache.rename(size["dir"] / "cache-warm")
        else:
            shutil.rmtree(out)
        return elapsed

    def gen_warm(label: str, size: dict[str, Any], r: int) -> float:
        out = size["dir"] / f"out-warm-{r}"
        cache = size["dir"] / "cache-warm"
        elapsed = _wall(_generator(cache, "--spec", str(size["root"]), "--output", str(out)), env=_env(None))
        shutil.rmtree(out)
        return elapsed

    def check(cold: bool) -> Callable[[str, dict[str, Any], int], float]:
        def run(label: str, size: dict[str, Any], r: int) -> float:
            cache = size["dir"] / (f"cache-check-cold-{r}" if cold else "cache-warm")
            argv = _generator(cache, "--check", "--spec", str(size["root"]), "--output", str(size["dir"] / "out"))
            return _wall(argv, env=_env(None))

        return run

    print("generation ...", file=sys.stderr)
    each("generate_cold", gen_cold, args.runs)
    each("generate_warm", gen_warm, args.runs)
    each("check_cold", check(True), args.runs)
    each("check_warm", check(False), args.runs)

    for label, size in sizes.items():
        files, raw, zipped = _tree_size(size["dir"] / "out" / "wechatpay_client")
        figures[label].update(files=files, package_bytes=raw, package_zip_bytes=zipped)

    print("imports ...", file=sys.stderr)
    for label, size in sizes.items():
        figures[label]["imports"] = _import_times(size["dir"] / "out", args.import_runs)

    print("first call, everything, sandbox ...", file=sys.stderr)
    tag, op = PROBE_OPERATION
    probe = FIRST_CALL.format(tag=tag, op=op, body=str(PROBE_BODY))
    for label, size in sizes.items():
        runs = [_python_json(probe, size["dir"] / "out") for _ in range(args.import_runs)]
        figures[label]["first_call"] = {
            key: [_median([r[key][0] for r in runs]), _median([r[key][1] for r in runs])]
            for key in runs[0]
            if isinstance(runs[0][key], list)
        }
        figures[label]["first_call"]["metadata_was_imported"] = runs[0]["metadata_was_imported"]
        everything = [_python_json(EVERYTHING, size["dir"] / "out") for _ in range(3)]
        figures[label]["everything"] = {k: _median([e[k] for e in everything]) for k in everything[0]}
        sandbox = [_python_json(SANDBOX.format(), size["dir"] / "out") for _ in range(3)]
        figures[label]["sandbox"] = {k: _median([s[k] for s in sandbox]) for k in sandbox[0]}

    print("the client object (WeChatPay): import, construct, first call ...", file=sys.stderr)
    for label, size in sizes.items():
        figures[label]["client_object"] = client_object_probe(size["dir"] / "out", args.import_runs)["object"]

    if not args.skip_mypy:
        print("mypy ...", file=sys.stderr)

        def mypy_cold(label: str, size: dict[str, Any], r: int) -> float:
            cache = size["dir"] / f"mypy-cache-{r}"
            elapsed = _mypy(size["dir"] / "out", cache)
            if r == 0:
                cache.rename(size["dir"] / "mypy-cache-warm")
            return elapsed

        def mypy_warm(label: str, size: dict[str, Any], r: int) -> float:
            return _mypy(size["dir"] / "out", size["dir"] / "mypy-cache-warm")

        each("mypy_cold", mypy_cold, args.runs)
        each("mypy_warm", mypy_warm, args.runs)

    if not args.skip_pytest:
        print("pytest (per-operation tests) ...", file=sys.stderr)
        for label, size in sizes.items():
            figures[label]["pytest"] = _pytest(size["dir"] / "out", size["dir"] / "junit.xml")

    if not args.skip_suite:
        print("the README test command's parts, on the committed tree ...", file=sys.stderr)
        figures["suite"] = _suite(work)

    if args.json:
        saved = {k: {"operations": v["operations"], "schemas": v["schemas"]} for k, v in sizes.items()}
        args.json.write_text(json.dumps({"sizes": saved, "figures": figures}, indent=2), encoding="utf-8")
    print(_table(sizes, figures))
    return 0


def _table(sizes: dict[str, dict[str, Any]], figures: dict[str, dict[str, Any]]) -> str:
    real, synth = figures["real"], figures["synthetic"]
    n_real, n_synth = sizes["real"]["operations"], sizes["synthetic"]["operations"]
    rows: list[tuple[str, str, str]] = []

    def row(name: str, get: Callable[[dict[str, Any]], float], fmt: str) -> None:
        try:
            a, b = get(real), get(synth)
        except KeyError:
            return
        ratio = f" ({b / a:.1f}x)" if a else ""
        rows.append((name, fmt.format(a), fmt.format(b) + ratio))

    rows.append(("schemas", str(sizes["real"]["schemas"]), str(sizes["synthetic"]["schemas"])))
    for key, label in (
        ("generate_cold", "`python -m generator --output <tmp>`, validation cache cold"),
        ("generate_warm", "the same, validation cache warm"),
        ("check_cold", "`python -m generator --check`, validation cache cold"),
        ("check_warm", "`python -m generator --check`, validation cache warm"),
    ):
        row(label, lambda f, k=key: f[k], "{:.1f} s")
    row("generated files (package)", lambda f: f["files"], "{:.0f}")
    row("package size on disk", lambda f: f["package_bytes"] / 1e6, "{:.1f} MB")
    row("package as a deflated zip (~ wheel)", lambda f: f["package_zip_bytes"] / 1e6, "{:.2f} MB")
    row(
        "cold import, one operation (wall, start subtracted)",
        lambda f: f["imports"]["operation"] * 1e3,
        "{:.0f} ms",
    )
    row("the same, `-X importtime` cumulative", lambda f: f["imports"]["operation_importtime"] * 1e3, "{:.0f} ms")
    row("cold import, `wechatpay_auth`", lambda f: f["imports"]["auth"] * 1e3, "{:.0f} ms")
    row("cold import, both", lambda f: f["imports"]["both"] * 1e3, "{:.0f} ms")
    for key, label in (
        ("metadata", "first call: load `_metadata`"),
        ("first_validation", "first call: first request validation"),
        ("bundled_spec_json_loads", "loading the bundled `_openapi.json` (`json.loads`)"),
    ):
        row(label + " (time)", lambda f, k=key: f["first_call"][k][0] * 1e3, "{:.1f} ms")
        row(label + " (RSS growth)", lambda f, k=key: f["first_call"][k][1] / 1e6, "{:.1f} MB")
    row("next request validation", lambda f: f["first_call"]["next_validation"][0] * 1e6, "{:.1f} µs")
    row(
        "import every operation and model: time",
        lambda f: f["everything"]["seconds"],
        "{:.2f} s",
    )
    row("import every operation and model: RSS after", lambda f: f["everything"]["rss_after"] / 1e6, "{:.0f} MB")
    for key, label in (
        ("import_alone", "`WeChatPay`: cold `import wechatpay_typed`, bare interpreter"),
        ("import", "`WeChatPay`: the same after the sandbox (httpx, cryptography loaded)"),
        ("construct", "`WeChatPay`: `WeChatPay(...)`"),
        ("tag", "`WeChatPay`: first `wxpay.insurance_sign`"),
        ("first_call", "`WeChatPay`: first call (sandbox round trip)"),
    ):
        row(label, lambda f, k=key: f["client_object"][k] * 1e3, "{:.1f} ms")
    row(
        "`WeChatPay`: operation modules loaded after construct",
        lambda f: f["client_object"]["modules_after_construct"][0],
        "{:.0f}",
    )
    row("sandbox: parse + build the default `Spec`", lambda f: f["sandbox"]["spec_uncached"] * 1e3, "{:.0f} ms")
    row("sandbox: `load_spec()` again (cached)", lambda f: f["sandbox"]["spec_cached"] * 1e6, "{:.0f} µs")
    row("sandbox: route one request, index", lambda f: f["sandbox"]["match_index"] * 1e6, "{:.1f} µs")
    row("sandbox: route one request, full scan", lambda f: f["sandbox"]["match_scan"] * 1e6, "{:.1f} µs")
    row("`mypy --strict` on the package, cold cache", lambda f: f["mypy_cold"], "{:.1f} s")
    row("`mypy --strict` on the package, warm cache", lambda f: f["mypy_warm"], "{:.1f} s")
    for test in ("test_operation_module_has_its_functions", "test_operation_round_trip"):
        row(
            f"`{test}`: cases",
            lambda f, t=test: f["pytest"]["tests"][t]["count"],
            "{:.0f}",
        )
        row(
            f"`{test}`: per case",
            lambda f, t=test: f["pytest"]["tests"][t]["total"] / f["pytest"]["tests"][t]["count"] * 1e3,
            "{:.1f} ms",
        )
        row(f"`{test}`: failed", lambda f, t=test: f["pytest"]["tests"][t]["failed"], "{:.0f}")
    row("those per-operation tests, pytest wall", lambda f: f["pytest"]["wall"], "{:.1f} s")
    lines = [f"| measured in one run, median | {n_real} operations | {n_synth} operations |", "|---|---:|---:|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    suite = figures.get("suite")
    if suite and "pytest" in real and "mypy_cold" in real:
        # The test command at N: the same steps, each grown by what was measured to grow with the spec.
        tests_delta = synth["pytest"]["wall"] - real["pytest"]["wall"]  # the per-operation tests
        # tests/generator runs one `--check` (subprocess) and one in-process generation of the spec.
        generator_tests = (synth["check_warm"] - real["check_warm"]) + (synth["generate_warm"] - real["generate_warm"])
        steps = [
            (
                "`generator --check` (cold validation cache)",
                suite["check_cold"],
                synth["check_cold"] - real["check_cold"],
            ),
            ("ruff (hand-written code only)", suite["ruff"], 0.0),
            ("`mypy --strict`, 4 packages, cold cache", suite["mypy_cold"], synth["mypy_cold"] - real["mypy_cold"]),
            ("pytest", suite["pytest"], tests_delta + generator_tests),
        ]
        lines += [
            "",
            (
                f"| `bash scripts/test.sh` without the pip install | {n_real} operations, measured | "
                f"{n_synth} operations, projected |"
            ),
            "|---|---:|---:|",
        ]
        lines += [f"| {name} | {now:.0f} s | {now + delta:.0f} s |" for name, now, delta in steps]
        total_now = sum(now for _, now, _ in steps)
        total_then = sum(now + delta for _, now, delta in steps)
        lines.append(f"| **total** | **{total_now:.0f} s** | **{total_then:.0f} s** |")
        lines.append(f"| (`mypy --strict`, 4 packages, warm cache) | {suite['mypy_warm']:.0f} s | |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
