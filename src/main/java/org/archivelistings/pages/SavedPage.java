package org.archivelistings.pages;

import java.io.BufferedReader;

/**
 * One saved page, ready to read.
 *
 * @param sourceFile file name relative to the input folder
 * @param page the page's id inside a multi-page file, or null for a one-page file
 * @param text the page's text, decoded
 */
public record SavedPage(String sourceFile, String page, BufferedReader text) {}
