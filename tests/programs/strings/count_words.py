poem = """Twinkle twinkle little star
How I wonder what you are
Up above the world so high
Like a diamond in the sky"""
lines = poem.splitlines()
print(len(lines), [len(l.split()) for l in lines], sum(len(l) for l in lines))
vowels = sum(1 for c in poem.lower() if c in "aeiou")
print(vowels, poem.lower().count("twinkle"), poem.title().split()[:4], poem.upper()[:10])
longest = max(poem.split(), key=len)
print(longest, sorted(set(poem.lower().split()))[:5])
