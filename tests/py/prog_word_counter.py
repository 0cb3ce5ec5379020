# Text statistics: word frequencies, line lengths, character classes, longest words.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way -- in short,
the period was so far like the present period, that some of its noisiest authorities
insisted on its being received, for good or for evil, in the superlative degree of comparison only."""
lines = TEXT.splitlines()
print("lines", len(lines))
for i, line in enumerate(lines, 1):
    print(f"{i:2} {len(line):3} {len(line.split()):3}")
def words_of(text):
    out = []
    word = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word.append(ch)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out
words = words_of(TEXT)
print("words", len(words), "unique", len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:12]
for w, n in top:
    print(f"{w:>12} {n:3} {'#' * n}")
by_len = {}
for w in set(words):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
print("longest", max(words, key=lambda w: (len(w), w)))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(k for k, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))))
print({k: letters[k] for k in "aeiou"})
classes = {"alpha": 0, "space": 0, "punct": 0, "other": 0}
for ch in TEXT:
    if ch.isalpha():
        classes["alpha"] += 1
    elif ch.isspace():
        classes["space"] += 1
    elif ch in ",.-;:'":
        classes["punct"] += 1
    else:
        classes["other"] += 1
print(classes)
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print("avg word length %.3f" % (sum(map(len, words)) / len(words)))
