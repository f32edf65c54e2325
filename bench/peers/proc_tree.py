#!/usr/bin/env python3
"""Memory and CPU of a daemon's whole process tree (master and workers).

  proc_tree.py cpu PID...            CPU seconds used so far by the trees
                                     (user+system, reaped children included)
  proc_tree.py watch OUT PID...      samples the trees every 0.5 s until
                                     SIGTERM, then writes to OUT:
      peak_hwm_kb=N   largest sum over the live processes of VmHWM (each
                      process's own peak RSS); the brief's "sum of VmHWM
                      before stopping", kept from the worst moment so that
                      workers recycled during the run are counted too
      peak_pss_kb=N   largest sum of Pss (shared pages split between the
                      processes that share them: forked workers share most
                      of the master's memory, so this is the fairer total)
"""
import os
import signal
import sys
import time

TICKS = os.sysconf("SC_CLK_TCK")


def stat_fields(pid):
    with open(f"/proc/{pid}/stat") as f:
        data = f.read()
    # the command name is in parentheses and may hold spaces
    return data[data.rindex(")") + 2:].split()


def tree(roots):
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            ppid = int(stat_fields(entry)[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    seen, todo = set(), [r for r in roots if os.path.exists(f"/proc/{r}")]
    while todo:
        pid = todo.pop()
        if pid not in seen:
            seen.add(pid)
            todo.extend(children.get(pid, []))
    return seen


def status_kb(pid, key):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def pss_kb(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def cpu_seconds(roots):
    total = 0
    for pid in tree(roots):
        try:
            f = stat_fields(pid)
        except OSError:
            continue
        # utime stime cutime cstime are fields 14-17 (1-based), 11-14 here
        total += sum(int(x) for x in f[11:15])
    return total / TICKS


def watch(out, roots):
    peak = {"hwm": 0, "pss": 0}
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    while True:
        pids = tree(roots)
        peak["hwm"] = max(peak["hwm"], sum(status_kb(p, "VmHWM") for p in pids))
        peak["pss"] = max(peak["pss"], sum(pss_kb(p) for p in pids))
        if stop or not pids:
            break
        time.sleep(0.5)
    with open(out, "w") as f:
        f.write(f"peak_hwm_kb={peak['hwm']}\npeak_pss_kb={peak['pss']}\n")


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "cpu":
        print(f"{cpu_seconds([int(p) for p in sys.argv[2:]]):.2f}")
    elif len(sys.argv) >= 4 and sys.argv[1] == "watch":
        watch(sys.argv[2], [int(p) for p in sys.argv[3:]])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
