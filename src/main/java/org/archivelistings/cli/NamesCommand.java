package org.archivelistings.cli;

import java.util.concurrent.Callable;
import org.archivelistings.names.NamesTool;
import picocli.CommandLine.Command;

/** {@code names}: the name resolver as a line tool. */
@Command(name = "names",
        description = "Resolves personal names read from standard input, one a line, clustering unknown ones "
                + "across the whole input; prints one JSON object a line.")
final class NamesCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        return Main.filter(NamesTool::run);
    }
}
