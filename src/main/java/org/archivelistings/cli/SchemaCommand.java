package org.archivelistings.cli;

import java.util.concurrent.Callable;
import org.archivelistings.output.SchemaDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code schema}: the schema document. */
@Command(name = "schema", description = "Prints the schema document of every output table (docs/schema.md).")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(SchemaDocument.markdown());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
