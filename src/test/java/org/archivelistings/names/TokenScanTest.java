package org.archivelistings.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans of {@link TokenScan} and {@link WordEndings} say what the regular expressions
 * they replaced said (the expressions are the specification), on random strings made of the pieces where
 * they could differ: marks, surrogate pairs, the six ASCII spaces and others, initials, joiners, verbs.
 */
class TokenScanTest {
    private static final Pattern TOKEN = Pattern.compile("(?:\\p{Lu}(?:[uaheos]|[\\p{Ll}&&[^\\p{ASCII}]])?\\.\\s?){1,3}(?=\\s*\\p{Lu})|\\p{Lu}(?:\\.\\p{Lu})+\\.?|"
            + "\\p{Lu}[\\p{L}\\p{M}]*(?:['’‘`´\\-][\\p{L}\\p{M}]+)*");
    private static final Pattern JOINER = Pattern.compile("(?:de|da|das|do|dos|del|della|di|du|van|von|der|den|ter"
            + "|al|el|bin|ibn|of|to|at|for|the|in)(?:-(?=\\p{Lu})|(?=\\s))");
    private static final Pattern VERB = Pattern.compile(" (?:also |then |further |again )?(?:is|was|said|met|criticizes|agreed)\\b");
    private static final Pattern PAIR = Pattern.compile("\\p{Lu}\\p{Ll}{5,}-\\p{Lu}\\p{Ll}{5,}");
    private static final Pattern SURNAME_ENDING = Pattern.compile("(?i).{2,}(?:ov|ski|vić)");
    private static final WordEndings ENDINGS = WordEndings.of(true, 2, "ov", "ski", "vić");
    private static final String[] PIECES = {"A", "B", "Ž", "\uD835\uDC00", "a", "b", "ł", "\u0301", "\u0903", ".", " ", "\t", "\n",
        "\u00A0", "\u2028", "'", "’", "‘", "`", "´", "-", "_", "1", "de", "del", "in", "the", "of", "said", "also ", "is", "met", "Ya", "Yu.", "Wm.", "Hy",
        "ǅ", "ov", "OV", "ski", "vić", "VIĆ", "Brezhnev", "Jaruzelski"};

    @Test
    void theScansSayWhatTheExpressionsTheyReplacedSaid() {
        Random random = new Random(1956);
        for (int iteration = 0; iteration < 200_000; iteration++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(10); i >= 0; i--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = b.toString();
            for (int at = 0; at < s.length(); at++) {
                if (TokenScan.isUpper(s.codePointAt(at))) {
                    var m = TOKEN.matcher(s).region(at, s.length());
                    assertThat(m.lookingAt()).isTrue();
                    assertThat(TokenScan.tokenEnd(s, at)).as(s).isEqualTo(at + m.group().strip().length());
                }
                var j = JOINER.matcher(s).region(at, s.length());
                assertThat(TokenScan.joinerEnd(s, at)).as(s).isEqualTo(j.lookingAt() ? j.end() : -1);
                if (VERB.matcher(s).region(at, s.length()).lookingAt()) {
                    assertThat(TokenScan.reportingVerbAt(s, at)).as(s).isTrue();
                }
            }
            assertThat(TokenScan.isHyphenPair(s)).as(s).isEqualTo(PAIR.matcher(s).matches());
            assertThat(ENDINGS.matches(s)).as(s).isEqualTo(SURNAME_ENDING.matcher(s).matches());
        }
        assertThat(TokenScan.isHyphenPair("Brezhnev-Jaruzelski")).isTrue();
        assertThat(TokenScan.reportingVerbAt("Lazar believes", 5)).isTrue();
        assertThat(TokenScan.reportingVerbAt("Lazar believest", 5)).isFalse();
    }
}
