#!/usr/bin/env python3
"""The comparison table of bench/compare.sh, in Markdown.

  report.py OUT_DIR CORPUS_DIR TOOL...

For each TOOL, reads OUT_DIR/TOOL.tsv (path, score, flagged, detail) and
OUT_DIR/TOOL.metrics (key=value lines: version, messages, jobs, wall_s,
cpu_s, peak_rss_kb, peak_pss_kb). A message counts as phishing or ham by the
first folder of its path under CORPUS_DIR (phish/ or ham/).
"""
import os
import sys

NAMES = {"phishscan": "phishscan", "rspamd": "Rspamd", "spamassassin": "SpamAssassin"}
RULES = {
    "phishscan": "verdict phishing",
    "rspamd": "action add header / rewrite subject / reject (score >= 6)",
    "spamassassin": "score >= 5 (required_score)",
}
TARGETS = {"spamassassin": 50.0, "rspamd": 10.0}


def read_metrics(path):
    metrics = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "=" in line:
                key, value = line.rstrip("\n").split("=", 1)
                metrics[key] = value
    return metrics


def read_rates(path, corpus):
    counts = {"phish": [0, 0], "ham": [0, 0]}  # [flagged, total]
    rows = errors = 0
    corpus = os.path.realpath(corpus)
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3:
                continue
            rows += 1
            if cols[2] == "error":
                errors += 1
            rel = os.path.relpath(os.path.realpath(cols[0]), corpus)
            kind = rel.split(os.sep, 1)[0]
            if kind in counts:
                counts[kind][1] += 1
                counts[kind][0] += cols[2] == "1"
    return rows, errors, counts


def times(ratio):
    # two significant digits below 1, so that a slower phishscan never reads "0.0×"
    return f"{ratio:.2f}×" if ratio < 1 else f"{ratio:.1f}×"


def percent(part, whole):
    return f"{100.0 * part / whole:.1f} % ({part}/{whole})" if whole else "n/a"


def per_core_rate(m):
    # messages sent to the tool, over wall time, over scanning processes
    wall = float(m["wall_s"])
    return int(m["messages"]) / wall / int(m["jobs"]) if wall > 0 else 0.0


def cpu_ms_per_message(m):
    msgs = int(m["messages"])
    return 1000.0 * float(m["cpu_s"]) / msgs if msgs else 0.0


def row(tool, m, rows, errors, counts, reference, reference_cpu):
    wall = float(m["wall_s"])
    msgs = rows
    rate = msgs / wall if wall > 0 else 0.0
    per_core = per_core_rate(m)
    cpu_ms = cpu_ms_per_message(m)
    rss = int(m["peak_rss_kb"]) / 1024.0
    pss = m.get("peak_pss_kb")
    pss_text = f"{int(pss) / 1024.0:.0f}" if pss else "= RSS"
    ratio = cpu_ratio = "1×" if tool == "phishscan" else "n/a"
    if tool != "phishscan" and reference and per_core:
        ratio = times(reference / per_core)
    if tool != "phishscan" and reference_cpu:
        cpu_ratio = times(cpu_ms / reference_cpu)
    return (f"| {NAMES[tool]} {m.get('version', '')} | {msgs} | {errors} | {wall:.1f} | {rate:.1f} | "
            f"{per_core:.1f} | {ratio} | {cpu_ms:.2f} | {cpu_ratio} | {rss:.0f} | {pss_text} | "
            f"{percent(*counts['phish'])} | {percent(*counts['ham'])} |")


def main():
    out, corpus, tools = sys.argv[1], sys.argv[2], sys.argv[3:]
    data = {}
    for tool in tools:
        data[tool] = (read_metrics(os.path.join(out, f"{tool}.metrics")),
                      *read_rates(os.path.join(out, f"{tool}.tsv"), corpus))
    reference = per_core_rate(data["phishscan"][0]) if "phishscan" in data else None
    reference_cpu = cpu_ms_per_message(data["phishscan"][0]) if "phishscan" in data else None
    jobs = {d[0]["jobs"] for d in data.values()}
    print(f"Corpus: `{corpus}`; {', '.join(sorted(jobs))} parallel scanning process(es) per tool; "
          f"{os.cpu_count()} CPUs on this machine.\n")
    print("| tool | messages | errors | wall s | msg/s | msg/s per core | phishscan speed-up "
          "| CPU ms/msg | phishscan CPU advantage | peak RSS MB | peak PSS MB | phishing recall | ham FPR |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for tool in tools:
        print(row(tool, *data[tool], reference, reference_cpu))
    print()
    for tool in tools:
        m, rows = data[tool][0], data[tool][1]
        if rows != int(m["messages"]):
            print(f"* WARNING: {NAMES[tool]} answered for {rows} of the {m['messages']} messages sent.")
    for tool in tools:
        print(f"* {NAMES[tool]} flags a message when: {RULES[tool]}.")
    if reference:
        for tool, target in TARGETS.items():
            if tool in data:
                ratio = reference / per_core_rate(data[tool][0])
                cpu_ratio = cpu_ms_per_message(data[tool][0]) / reference_cpu if reference_cpu else 0.0
                state = "met" if ratio >= target else "NOT met"
                print(f"* phishscan vs {NAMES[tool]}: {times(ratio)} messages/s per core "
                      f"(target ≥ {target:.0f}×): {state}; {times(cpu_ratio)} less CPU per message.")
        rss_mb = int(data["phishscan"][0]["peak_rss_kb"]) / 1024.0
        print(f"* phishscan peak RSS {rss_mb:.0f} MB (target ≤ 100 MB): "
              f"{'met' if rss_mb <= 100 else 'NOT met'}.")


if __name__ == "__main__":
    main()
