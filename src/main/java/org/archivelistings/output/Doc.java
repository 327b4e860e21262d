package org.archivelistings.output;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a table or a column means, for the schema document. The row records carry it so that the code
 * that writes the files stays the single source of the schema (docs/schema.md is generated from it and a
 * test fails when the two disagree).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface Doc {
    String value();
}
