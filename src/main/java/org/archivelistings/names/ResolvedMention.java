package org.archivelistings.names;

/**
 * A person named in a record's title or summary, and who it is.
 *
 * @param field "title" or "summary"
 * @param begin start of the name in that field's text (0-based, inclusive), after any title or office
 * @param end end of the name (exclusive), before any possessive
 * @param surface the text between begin and end ("Kim Il Sung", "A. I. Mikoyan")
 * @param stripped the name without editorial brackets and glosses, as it is parsed
 * @param personId an authority id, or {@code x_} and the name's folded key; null when the name cannot be
 *     told apart from several people (a bare "Kim" with no one named Kim before it)
 * @param canonical the person's display name, a function of {@code personId} alone
 * @param system the romanization system guessed for the spelling
 * @param method authority, key, record, page, default, fuzzy or unknown
 * @param confidence 0 to 1
 * @param inAuthority whether {@code personId} is an authority person
 */
public record ResolvedMention(String field, int begin, int end, String surface, String stripped, String personId,
        String canonical, String system, String method, double confidence, boolean inAuthority) {}
