package org.archivelistings.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class InOrderTest {

    @Test
    void handsResultsBackInTheOrderTasksWereGivenWhateverOrderTheyFinish() throws IOException {
        List<Integer> seen = new ArrayList<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (InOrder<Integer> work = new InOrder<>("test", seen::add)) {
            for (int i = 0; i < 40; i++) {
                int n = i;
                work.submit(() -> {
                    threads.add(Thread.currentThread().getName());
                    sleep(n % 3 == 0 ? 15 : 0); // every third task finishes late
                    return n;
                });
            }
            work.finish();
        }
        assertThat(seen).hasSize(40).isSorted().startsWith(0, 1, 2).endsWith(39);
        assertThat(threads).containsOnly("test");
    }

    @Test
    void batchesTheNonEmptyLinesOfAFileInOrder() throws IOException {
        List<List<String>> batches = new ArrayList<>();
        try (InOrder<List<String>> work = new InOrder<>("test", batches::add);
                BufferedReader in = new BufferedReader(new StringReader("a\nb\n\nc\nd\ne\n\nf\ng\n"))) {
            work.submitLines(in, 3, lines -> List.copyOf(lines));
            work.finish();
        }
        assertThat(batches).containsExactly(List.of("a", "b", "c"), List.of("d", "e", "f"), List.of("g"));
    }

    @Test
    void passesOnAWorkersFailure() {
        assertThatThrownBy(() -> {
            try (InOrder<Integer> work = new InOrder<>("test", n -> {})) {
                work.submit(() -> 1);
                work.submit(() -> {
                    throw new IOException("bucket 7 is unreadable");
                });
                work.finish();
            }
        }).isInstanceOf(IOException.class).hasMessage("bucket 7 is unreadable");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
