package org.archivelistings.names;

/**
 * A person named in a text.
 *
 * @param begin start of the name as written (0-based, inclusive)
 * @param end end of the name as written (exclusive)
 * @param surface the text as written, titles included ("Premier Kim Il Sung's")
 * @param stripped the name without titles, honorifics and possessive ("Kim Il Sung")
 */
public record PersonMention(int begin, int end, String surface, String stripped) {}
