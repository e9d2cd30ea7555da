"""Notification parsing alone: CPU per ``NotificationParser.parse`` vs its floors, and a profile.

    .venv/bin/python benchmarks/bench_notifications.py [--rounds 8] [--calls 300]
    .venv/bin/python benchmarks/bench_notifications.py --profile 20000   # cProfile, top functions
    .venv/bin/python benchmarks/bench_notifications.py --loop 200000     # bare loop, for py-spy/perf

The measurement is the one of ``bench_calls.py`` (section 4 of docs/PERFORMANCE.md): a real
``INSURANCE_ENTRUST.SIGN`` callback captured from the sandbox (run in another process), clock
pinned to its timestamp, process CPU time, the parts measured one after the other in each round
and the ratios taken per round. ``--loop`` only parses, so that a sampling profiler sees parse
and nothing else, e.g.::

    .venv/bin/py-spy record --native -r 2000 -f raw -o /tmp/parse.txt -- \\
        .venv/bin/python benchmarks/bench_notifications.py --loop 200000
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, sandbox_process, versions
from bench_calls import bench_notifications, capture_notification, format_report, notification_workloads


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=8, help="as bench_calls.py with its defaults")
    parser.add_argument("--calls", type=int, default=300, help="each part runs 4 x CALLS times per round")
    parser.add_argument("--profile", type=int, metavar="N", default=0, help="cProfile N parses instead")
    parser.add_argument("--loop", type=int, metavar="N", default=0, help="only parse N times (for py-spy, perf)")
    args = parser.parse_args()

    with sandbox_process() as server:
        if not (args.profile or args.loop):
            report = {
                "machine": machine(),
                "versions": versions("wechatpay-typed", "cryptography"),
                "server": f"python -m wechatpay_sandbox in another process (pid {server.process.pid})",
                "notifications": bench_notifications(server, args.rounds, args.calls),
            }
            print(format_report(report))
            return 0
        headers, raw = capture_notification(server)
        parse = notification_workloads(server.credentials(), headers, raw)["parse"]
    if args.loop:
        for _ in range(args.loop):
            parse()
        return 0
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(args.profile):
        parse()
    profile.disable()
    pstats.Stats(profile).sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
