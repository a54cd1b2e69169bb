#!/usr/bin/env python3
"""Splits `perf script -F comm,ip,sym` samples of the API finer than perf-categories.py for an answer's request:
the library query, DirectAnswer's walk, JSON writing, type checks, resolvers, the handler, request parsing, Kestrel,
the thread pool, GC threads and the tiered-compilation thread (each sample counted once, in the first category that
matches). With the request rate of the same window, each share is also given as processor microseconds per request.
Usage: perf script -i perf.data -F comm,ip,sym | perf-answer-split.py [REQUESTS_PER_SECOND [SECONDS [HZ]]]
(SECONDS and HZ: those of `perf record -F HZ ... sleep SECONDS`, by default 10 and 999)."""
import collections
import sys

from perf_samples import samples


def has(frames, *keys):
    return any(key in frame for frame in frames for key in keys)


def category(comm, frames):
    leaf = frames[0] if frames else ""
    if "GC" in comm:
        return "GC threads"
    if "Tiered Com" in comm:
        return "JIT (the tiered-compilation thread)"
    if has(frames, "PartnershipQueries"):
        return "execution: the library query (PartnershipQueries, inclusive)"
    if has(frames, "DirectAnswer::"):
        if any(key in leaf for key in ("System.Text.Json", "Encodings.Web", "Utf8Utility", "Memmove", "memmove", "Ascii")):
            return "execution: JSON writing (Utf8JsonWriter, escaping checks, transcoding, copies)"
        if any(key in leaf for key in ("Types.", "FieldResolvers", "DirectScalar", "<>c::")):
            return "execution: resolvers and scalar writers (delegates, DirectScalar)"
        if any(key in leaf for key in ("GetType", "CastHelpers", "stub")):
            return "execution: type checks, GetType, dispatch stubs"
        if any(key in leaf for key in ("DirectAnswer", "DirectFieldContext", "CollectedFields", "RequestBudget")):
            return "execution: DirectAnswer's own frames (the walk, MoveTo, counting)"
        return "execution: other leaves"
    if has(frames, "DocumentValidator", "GraphQL.Validation", "GraphQLParser", "ReadPostAsync", "ParseArgument"):
        return "request: reading the body, parsing, validation"
    if has(frames, "GraphQLHttpEndpoints", "DocumentExecuter", "BudgetedExecutionStrategy", "AnswerSerializer"):
        if "memmove" in leaf or "Memmove" in leaf:
            return "response: copies (answer buffer, response body)"
        return "handler and executer around execution (envelope, budget, write)"
    if "Sockets" in comm or has(frames, "Kestrel", "System.IO.Pipelines", "System.Net.Sockets", "Microsoft.AspNetCore"):
        return "Kestrel, pipelines, sockets (and the kernel under them)"
    if has(frames, "LowLevelLifoSemaphore", "WorkerThreadStart", "sched_yield", "PortableThreadPool", "ThreadPoolWorkQueue"):
        return "thread pool: dispatch, spinning"
    return "other"


def main():
    rate = float(sys.argv[1]) if len(sys.argv) > 1 else 0.0
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0
    hz = float(sys.argv[3]) if len(sys.argv) > 3 else 999.0
    counts, total = collections.Counter(), 0
    for header, frames in samples(sys.stdin, symbols_only=True):
        comm = header.strip()
        total += 1
        counts[category(comm, frames)] += 1
    print(f"{total} samples")
    print("| Where | Share | µs per request |")
    print("|---|---:|---:|")
    for name, count in counts.most_common():
        micros = count / hz / (rate * seconds) * 1e6 if rate else 0.0
        print(f"| {name} | {100 * count / max(1, total):.1f} % | {micros:.0f} |")


main()
