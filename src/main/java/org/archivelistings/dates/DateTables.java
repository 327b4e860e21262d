package org.archivelistings.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/** The readable tables behind the normalizer: months.tsv, words.tsv, conventions.properties. */
final class DateTables {
    /** Month form (lower case) → month number. */
    final Map<String, Integer> months = new HashMap<>();
    /** Role (undated, circa, early, ...) → forms, longest first. */
    final Map<String, List<String>> words = new HashMap<>();
    final Properties conventions = new Properties();

    DateTables() {
        for (String line : lines("months.tsv")) {
            String[] f = line.split("\t");
            for (String form : f[1].split("\\|")) {
                months.put(form.toLowerCase(Locale.ROOT), Integer.parseInt(f[0]));
            }
        }
        for (String line : lines("words.tsv")) {
            String[] f = line.split("\t");
            List<String> forms = new ArrayList<>(List.of(f[1].split("\\|")));
            forms.sort(Comparator.comparingInt(String::length).reversed());
            words.put(f[0], forms);
        }
        try (InputStream in = DateTables.class.getResourceAsStream("conventions.properties")) {
            conventions.load(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Regex alternation of every month form, longest first, each with an optional abbreviation dot. */
    String monthAlternation() {
        List<String> forms = new ArrayList<>(months.keySet());
        forms.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < forms.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(java.util.regex.Pattern.quote(forms.get(i)));
        }
        return sb.append(")\\.?").toString();
    }

    String alternation(String role) {
        StringBuilder sb = new StringBuilder("(?:");
        List<String> forms = words.get(role);
        for (int i = 0; i < forms.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(java.util.regex.Pattern.quote(forms.get(i)));
        }
        return sb.append(")").toString();
    }

    int[] span(String key) {
        String[] f = conventions.getProperty(key).split("-");
        return new int[] {Integer.parseInt(f[0].strip()), Integer.parseInt(f[1].strip())};
    }

    Integer month(String form) {
        String f = form.toLowerCase(Locale.ROOT);
        if (f.endsWith(".")) {
            f = f.substring(0, f.length() - 1);
        }
        return months.get(f);
    }

    private static List<String> lines(String resource) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(DateTables.class.getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
