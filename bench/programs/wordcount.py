"""Word counting: a dict and string workload over generated text.

usage: wordcount.py [LINES]   (default 2000)
"""
import sys

WORDS = ("the quick brown fox jumps over the lazy dog while seven wizards "
         "quietly hex a jovial juggler and the sphinx of black quartz judges "
         "my vow").split()


def generate(lines):
    state = 12345
    out = []
    for _ in range(lines):
        words = []
        for _ in range(12):
            state = (state * 1103515245 + 12345) % 2147483648
            w = WORDS[state % len(WORDS)]
            if state % 7 == 0:
                w = w.capitalize()
            if state % 11 == 0:
                w += ","
            words.append(w)
        out.append(" ".join(words) + ".")
    return "\n".join(out)


def count(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            word = word.strip(".,").lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


def main(lines):
    counts = count(generate(lines))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    for word, n in top:
        print(f"{word:>8} {n}")
    print(len(counts), sum(counts.values()))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
