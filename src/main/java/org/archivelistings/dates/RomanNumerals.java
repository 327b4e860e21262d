package org.archivelistings.dates;

import java.util.HashMap;
import java.util.Map;

/** Roman numerals in their canonical form (XVIII, IX) up to 399; a non-canonical string (IIII, VX) is not one. */
final class RomanNumerals {
    private static final String[] ONES = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    private static final String[] TENS = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    private static final Map<String, Integer> VALUES = new HashMap<>();

    static {
        for (int v = 1; v < 400; v++) {
            VALUES.put("C".repeat(v / 100) + TENS[v / 10 % 10] + ONES[v % 10], v);
        }
    }

    private RomanNumerals() {}

    /** The value of s[begin, end), or 0. */
    static int value(CharSequence s, int begin, int end) {
        return VALUES.getOrDefault(s.subSequence(begin, end).toString(), 0);
    }
}
