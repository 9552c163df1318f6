# The final sigma (Unicode's Final_Sigma: after a cased letter and not before one, skipping
# case-ignorable characters such as the apostrophe and the period) in lower, capitalize,
# swapcase and title.
for s in ["ΑΣ.Α", "Α-Σ", "ΑΣ'Α", "ΑΣ", "Σ", "ΑΣ Α", "Α'Σ", "Α.Σ", "-Σ", "ΑΣ\u0301", "ΑΣ\u0301Α", "ΑΣΣ",
          "ΟΔΟΣ ΟΔΟΣ.", "Α\u00adΣ", "ᾼΣ", "ΑΣ:Α", "ΑΣ1", "1Σ", "ʰΣ", "AΣʰ", "ΑΣ'", "Σ'Α"]:
    print(s.capitalize(), s.swapcase(), s.title(), s.lower(), s.casefold())
