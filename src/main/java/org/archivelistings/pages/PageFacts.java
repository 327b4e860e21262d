package org.archivelistings.pages;

/**
 * Facts a page states about itself.
 *
 * @param layout the layout recognised from the page's shape (see {@link Layout})
 * @param counterFirst "21" of "21 - 30 of 42", or null when the page shows no counter
 * @param counterLast "30" of "21 - 30 of 42", or null
 * @param counterTotal "42" of "21 - 30 of 42", or null
 * @param pageTitle the page's own title (topic, person or collection pages), or null
 * @param pageDescription the topic's, person's or collection's description (paragraphs separated by a
 *     blank line; a topic page's image alt text is its first paragraph), or null
 */
public record PageFacts(
        Layout layout,
        Integer counterFirst,
        Integer counterLast,
        Integer counterTotal,
        String pageTitle,
        String pageDescription) {}
