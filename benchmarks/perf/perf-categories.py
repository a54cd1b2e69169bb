#!/usr/bin/env python3
"""Sums `perf script -F comm,ip,sym` samples of the API by where they were taken (each sample counted once, in the
first category whose frame appears anywhere in its stack). Run perf with DOTNET_PerfMapEnabled=1 and
DOTNET_EnableWriteXorExecute=0 set for the API, or jitted frames stay anonymous (memfd:doublemapper).
Usage: perf script -i perf.data -F comm,ip,sym | perf-categories.py [--detail CATEGORY_PREFIX]"""
import collections
import sys

from perf_samples import samples

CATEGORIES = [
    ("GC threads", lambda comm, frames: "GC" in comm),
    ("execution: DirectAnswer (resolvers, library query, JSON writing)", lambda comm, frames: any("DirectAnswer::" in f for f in frames)),
    ("graphql-dotnet DocumentValidator (argument parsing; rules)", lambda comm, frames: any("DocumentValidator" in f or "GraphQL.Validation" in f for f in frames)),
    ("DocumentExecuter and our IConfigureExecution around it", lambda comm, frames: any("DocumentExecuter" in f or "DocumentCache" in f or "BudgetedExecutionStrategy" in f for f in frames)),
    ("GraphQLHttpEndpoints.HandleAsync, the rest (body, budget, envelope, write)", lambda comm, frames: any("GraphQLHttpEndpoints" in f for f in frames)),
    ("Kestrel, pipelines, sockets (incl. the kernel under them)", lambda comm, frames: any(k in f for f in frames for k in ("Kestrel", "System.IO.Pipelines", "System.Net.Sockets", "Microsoft.AspNetCore"))),
    ("thread pool: dispatch, spinning, sched_yield", lambda comm, frames: any(k in f for f in frames for k in ("LowLevelLifoSemaphore", "WorkerThreadStart", "sched_yield", "PortableThreadPool", "ThreadPoolWorkQueue"))),
    ("other", lambda comm, frames: True),
]


def main():
    detail = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--detail" else None
    counts, leaves, total = collections.Counter(), collections.Counter(), 0
    for comm, frames in samples(sys.stdin, symbols_only=True):
        total += 1
        for name, matches in CATEGORIES:
            if matches(comm, frames):
                counts[name] += 1
                if detail and name.startswith(detail) and frames:
                    leaves[frames[0][:150]] += 1
                break
    print(f"{total} samples")
    for name, _ in CATEGORIES:
        print(f"{100 * counts[name] / max(1, total):5.1f} %  {name}")
    for leaf, count in leaves.most_common(25):
        print(f"{100 * count / total:5.1f} %  {leaf}")


main()
