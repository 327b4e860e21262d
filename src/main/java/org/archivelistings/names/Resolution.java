package org.archivelistings.names;

/**
 * Who a name as written refers to.
 *
 * @param surface the name as written
 * @param stripped the name without titles and possessive
 * @param personId the person: an authority id, or {@code x_} and the name's key for a person clustered
 *     from the text; null when the name cannot be told apart from several people
 * @param canonical the person's display name
 * @param system the romanization system guessed for the surface form
 * @param method authority, key, bracket or fuzzy
 * @param confidence 0 to 1
 */
public record Resolution(String surface, String stripped, String personId, String canonical, String system,
        String method, double confidence) {}
