"""Reads `perf script` output into samples, shared by the scripts of this folder: each sample's header line (the
thread's name and whatever other fields `-F` asked for) and its stack frames, innermost first."""


def samples(lines, symbols_only=False):
    """Yields (header, frames) per sample; with symbols_only, each frame without its leading address."""
    header, frames = None, []
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if header is not None:
                yield header, frames
            header, frames = None, []
        elif not line.startswith((" ", "\t")):
            header, frames = line, []
        elif header is not None:
            frame = line.strip()
            frames.append(frame.split(" ", 1)[-1] if symbols_only else frame)
    if header is not None:
        yield header, frames
