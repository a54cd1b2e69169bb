#!/usr/bin/env python3
"""Counts the type names of a .nettrace file written by the runtime itself (DOTNET_EnableEventPipe=1 with
DOTNET_EventPipeConfig='Microsoft-Windows-DotNETRuntime:0x1:5', the GC keyword at verbose level): each GC
AllocationTick event (one per about 100 KB allocated) carries the type of the object that crossed the mark, as a
UTF-16 string. No trace parser is needed for a ranking: the strings are found by a byte scan, so a few names from other
events (method or assembly names) are counted too; read the top of the list, not its tail.
Usage: nettrace-types.py FILE [N]"""
import collections
import re
import sys

NAME = re.compile(rb"((?:[A-Za-z0-9_.`\[\],+<>]\x00){6,})\x00\x00")


def main():
    data = open(sys.argv[1], "rb").read()
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    counts = collections.Counter()
    for match in NAME.finditer(data):
        name = match.group(1).decode("utf-16le", "ignore")
        if "." in name or "<" in name:
            counts[name] += 1
    for name, count in counts.most_common(top):
        print(f"{count:6} {name}")


if __name__ == "__main__":
    main()
