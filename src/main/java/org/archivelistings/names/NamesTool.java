package org.archivelistings.names; public final class NamesTool { public static void run(java.io.BufferedReader in, java.io.Writer out) {} }
