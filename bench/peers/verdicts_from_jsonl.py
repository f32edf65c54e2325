#!/usr/bin/env python3
"""phishscan's --format jsonl output -> the TSV the other scorers write.

  verdicts_from_jsonl.py IN.jsonl OUT.tsv

One row per message: source path, score, flagged (1 when the verdict is
"phishing", 0 otherwise, "error" when the message could not be read), verdict.
"""
import json
import sys


def main():
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as fin, open(dst, "w", encoding="utf-8") as fout:
        for line in fin:
            line = line.strip()
            if not line:
                continue
            v = json.loads(line)
            if v.get("error"):
                flagged = "error"
            else:
                flagged = "1" if v.get("verdict") == "phishing" else "0"
            fout.write(f"{v.get('source', '')}\t{v.get('score', 'NA')}\t{flagged}\t{v.get('verdict', '')}\n")


if __name__ == "__main__":
    main()
