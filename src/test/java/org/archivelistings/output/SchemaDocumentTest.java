package org.archivelistings.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaDocumentTest {
    @Test
    void committedSchemaDocumentMatchesTheRowRecords() throws Exception {
        String committed = Files.readString(Path.of("docs", "schema.md"));
        assertThat(committed)
                .as("docs/schema.md is stale: regenerate it with `java -jar target/archive-listings.jar schema > docs/schema.md`")
                .isEqualTo(SchemaDocument.markdown());
    }

    @Test
    void documentsEveryColumnOfEveryTable() {
        for (Table table : Table.values()) {
            assertThat(table.rowType().getAnnotation(Doc.class)).as(table + " has no @Doc").isNotNull();
            for (String[] column : SchemaDocument.columns(table.rowType())) {
                assertThat(column[2]).as(table + "." + column[0] + " has no meaning").isNotBlank();
            }
        }
    }
}
