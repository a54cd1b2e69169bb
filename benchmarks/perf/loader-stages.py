#!/usr/bin/env python3
"""Sums `perf script -F comm,tid,ip,sym` samples of the loader's `extract` by analyser stage: each worker sample is
charged to the innermost stage method on its stack (so DateFinder.Find called from ZoneAnalyzer counts for dates, not
for zone analysis), other threads by thread. Run perf with DOTNET_PerfMapEnabled=1 and DOTNET_EnableWriteXorExecute=0
set for the loader, or jitted frames stay anonymous. Precompiled (ReadyToRun) frames are not named and break some
stacks: those samples land in "workers, no stage frame".
Usage: perf script -i perf.data -F comm,tid,ip,sym | loader-stages.py [--callers METHOD] [--callees METHOD] [--self N]
  --callers METHOD  the project method calling METHOD (e.g. DateFinder::Find), per sample
  --callees METHOD  what METHOD (e.g. ZoneAnalyzer::AnalyzeSentence) calls, inclusive: the frame just inside its
                    outermost occurrence, any module, per sample ("(self)" when METHOD is innermost)
  --self N          the N project methods most often innermost on a worker's stack (library frames count for their caller)"""
import collections
import re
import sys

from perf_samples import samples

STAGES = [
    ("DateFinder::Find", "date finding (DateFinder.Find)"),
    ("PlaceFinder::Find", "place finding (PlaceFinder.Find)"),
    ("CommitmentFinder::Find", "commitments (CommitmentFinder.Find)"),
    ("PeopleFinder", "people (PeopleFinder)"),
    ("SentenceSplitter::Split", "sentence splitting"),
    ("TextIndex::.ctor", "cue and phrase index (TextIndex constructor)"),
    ("TokenizedText::.ctor", "tokenising (TokenizedText constructor)"),
    ("ZoneRelations::Build", "event assembly (ZoneRelations.Build)"),
    ("ZoneAnalyzer::", "zone analysis, the rest (ZoneAnalyzer)"),
    ("DocumentExtractor::PublicationDate", "publication date"),
    ("DocumentExtractor::Language", "language"),
    ("DocumentExtractor::", "DocumentExtractor, the rest"),
    ("DocumentReader::", "reading, decoding and layout (DocumentReader)"),
    ("FactsJson", "facts JSON writing"),
    ("ExtractionBatch", "batch, the rest"),
]


def stage(comm, frames):
    if "Tiered" in comm:
        return "tiered compilation thread"
    if not comm.startswith(".NET TP"):
        return "other threads (" + comm + ")"
    for frame in frames:
        for key, name in STAGES:
            if key in frame:
                return name
    return "workers, no stage frame (start-up, GC, compilation on a worker, unnamed stacks)"


def method(frame):
    match = re.search(r"\] (RelationsGraph[^(]*)", frame)
    return match.group(1).replace("RelationsGraph.Extraction.", "") if match else None


def callee(frame):
    match = re.search(r"\] (.*)", frame)
    return re.sub(r"\(.*", "", match.group(1) if match else frame.strip())


def main():
    args = sys.argv[1:]
    counts, total = collections.Counter(), 0
    callers = args[args.index("--callers") + 1] if "--callers" in args else None
    callees = args[args.index("--callees") + 1] if "--callees" in args else None
    top = int(args[args.index("--self") + 1]) if "--self" in args else 0
    for header, frames in samples(sys.stdin):
        comm = header[:16].strip()
        total += 1
        if callers:
            for i, frame in enumerate(frames):
                if callers in frame:
                    counts[next((method(f) for f in frames[i + 1:] if method(f)), "?")] += 1
                    break
        elif callees:
            inside = [i for i, frame in enumerate(frames) if callees in frame]
            if inside:
                i = inside[-1]
                counts[callee(frames[i - 1]) if i > 0 else "(self)"] += 1
        elif top:
            if comm.startswith(".NET TP"):
                counts[next((method(f) for f in frames if method(f)), "(no project frame)")] += 1
        else:
            counts[stage(comm, frames)] += 1
    for name, count in counts.most_common(top or None):
        print(f"| {name} | {count} | {100 * count / total:.1f} % |")
    print(f"| all samples | {total} | |")


if __name__ == "__main__":
    main()
