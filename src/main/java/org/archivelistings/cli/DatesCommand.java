package org.archivelistings.cli;

import java.util.concurrent.Callable;
import org.archivelistings.dates.DatesTool;
import picocli.CommandLine.Command;

/** {@code dates}: the date normalizer as a line tool. */
@Command(name = "dates",
        description = "Normalizes date expressions read from standard input, one a line (optionally TAB and a "
                + "context date YYYY-MM-DD or YYYY); prints one JSON object a line.")
final class DatesCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        return Main.filter(DatesTool::run);
    }
}
